package cn.xndpf.web.rehabilitation;

import cn.xndpf.application.rehabilitation.RehabilitationApplication;
import cn.xndpf.application.rehabilitation.RehabilitationService;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.rehabilitation.RehabilitationRules;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.web.shared.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 基本康复服务申请: staff apply, for a certificate holder, for the basic service a recent needs assessment found
 * needed; every problem is shown next to its field, or the new case opens on the kernel's case page.
 */
@Named("rehabApply")
@ViewScoped
public class RehabApplyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            IdNumber.FIELD, "apply:idNumber",
            "service", "apply:service",
            "appliedOn", "apply:appliedOn");

    @EJB
    private RehabilitationService rehabilitation;

    @Inject
    private FacesMessages messages;

    private String idNumber;
    private ServiceKind service;
    private LocalDate appliedOn = PlatformClock.today();

    public String submit() {
        RehabilitationApplication form = new RehabilitationApplication(idNumber, service, appliedOn);
        try {
            List<InvalidValueException> problems = rehabilitation.problems(form);
            if (!problems.isEmpty()) {
                problems.forEach(p -> messages.show(p, FIELDS));
                return null;
            }
            long caseId = rehabilitation.apply(form);
            return "/app/subsidy/case.xhtml?faces-redirect=true&id=" + caseId;
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
        return null;
    }

    public ServiceKind[] getServices() {
        return RehabilitationRules.BASIC_SERVICES.stream().sorted().toArray(ServiceKind[]::new);
    }

    public LocalDate getToday() {
        return PlatformClock.today();
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public ServiceKind getService() {
        return service;
    }

    public void setService(ServiceKind service) {
        this.service = service;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public void setAppliedOn(LocalDate appliedOn) {
        this.appliedOn = appliedOn;
    }
}
