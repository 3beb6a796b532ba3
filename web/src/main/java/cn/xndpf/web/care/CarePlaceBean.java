package cn.xndpf.web.care;

import cn.xndpf.application.care.CareCaseDetails;
import cn.xndpf.application.care.CareService;
import cn.xndpf.application.institution.InstitutionView;
import cn.xndpf.application.workflow.CaseView;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.web.institution.InstitutionPlaceBean;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;

/**
 * 托养安置: an approved care case placed with a care institution in force that offers the case's kind of care
 * (boarding, day or home care); the page shows that kind with the case.
 */
@Named("carePlace")
@ViewScoped
public class CarePlaceBean extends InstitutionPlaceBean {

    private static final long serialVersionUID = 1L;

    @EJB
    private CareService care;

    private CareCaseDetails details;

    @Override
    protected List<CaseView> awaitingPlacement() {
        return care.awaitingPlacement();
    }

    @Override
    protected InstitutionKind institutionKind() {
        return InstitutionKind.CARE;
    }

    @Override
    protected void chosen(long caseId) {
        details = care.details(caseId);
    }

    @Override
    protected boolean suits(InstitutionView institution) {
        return institution.services().contains(details.kind().service());
    }

    @Override
    protected void placeCase(long caseId, int expectedVersion, long institutionId, LocalDate from) {
        care.place(caseId, expectedVersion, institutionId, from);
    }

    public CareCaseDetails getDetails() {
        return details;
    }
}
