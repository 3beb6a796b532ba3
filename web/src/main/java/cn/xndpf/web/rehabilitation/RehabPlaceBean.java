package cn.xndpf.web.rehabilitation;

import cn.xndpf.application.rehabilitation.RehabilitationService;
import cn.xndpf.application.workflow.CaseView;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.web.institution.InstitutionPlaceBean;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;

/**
 * 康复服务安置: an approved rehabilitation case placed with a designated rehabilitation institution in force
 * from a day; the service enrols the person there, naming the case.
 */
@Named("rehabPlace")
@ViewScoped
public class RehabPlaceBean extends InstitutionPlaceBean {

    private static final long serialVersionUID = 1L;

    @EJB
    private RehabilitationService rehabilitation;

    @Override
    protected List<CaseView> awaitingPlacement() {
        return rehabilitation.awaitingPlacement();
    }

    @Override
    protected InstitutionKind institutionKind() {
        return InstitutionKind.REHABILITATION;
    }

    @Override
    protected void placeCase(long caseId, int expectedVersion, long institutionId, LocalDate from) {
        rehabilitation.place(caseId, expectedVersion, institutionId, from);
    }
}
