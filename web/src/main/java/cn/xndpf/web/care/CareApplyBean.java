package cn.xndpf.web.care;

import cn.xndpf.application.care.CareApplication;
import cn.xndpf.application.care.CareService;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.domain.care.CareEligibility;
import cn.xndpf.domain.care.CareKind;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.RegistryEntry;
import cn.xndpf.domain.person.RegistryQuery;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.web.shared.FacesMessages;
import cn.xndpf.web.shared.LocaleBean;
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
 * 托养服务申请: the township takes an application for care. Once the ID number is filled in the page says
 * whose number it is and whether they qualify, with every reason if not; submitting shows every problem
 * next to its field, or opens the new case on the kernel's case page.
 */
@Named("careApply")
@ViewScoped
public class CareApplyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            IdNumber.FIELD, "apply:idNumber",
            "kind", "apply:kind",
            "appliedOn", "apply:appliedOn");

    @EJB
    private CareService care;

    @EJB
    private RegistryService registry;

    @Inject
    private FacesMessages messages;

    @Inject
    private LocaleBean localeBean;

    private String idNumber;
    private CareKind kind;
    private LocalDate appliedOn = PlatformClock.today();

    private RegistryEntry applicant;
    private CareEligibility verdict;

    /** Ajax on changing the ID number: who it is and whether they qualify. */
    public void evaluate() {
        applicant = null;
        verdict = null;
        if (idNumber == null || idNumber.isBlank()) {
            return;
        }
        try {
            IdNumber id = IdNumber.of(idNumber);
            List<RegistryEntry> found = registry.search(
                    new RegistryQuery(null, id.value(), null, null, null, null, null, true), 0, 1).rows();
            applicant = found.isEmpty() ? null : found.get(0);
            verdict = care.check(id.value());
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public String submit() {
        CareApplication form = new CareApplication(idNumber, kind, appliedOn);
        try {
            List<InvalidValueException> problems = care.problems(form);
            if (!problems.isEmpty()) {
                problems.forEach(p -> messages.show(p, FIELDS));
                return null;
            }
            long caseId = care.apply(form);
            return "/app/subsidy/case.xhtml?faces-redirect=true&id=" + caseId;
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
        return null;
    }

    public List<String> getReasons() {
        return verdict == null ? List.of() : verdict.messages(localeBean.getLocale());
    }

    public CareKind[] getKinds() {
        return CareKind.values();
    }

    public LocalDate getToday() {
        return PlatformClock.today();
    }

    public RegistryEntry getApplicant() {
        return applicant;
    }

    public CareEligibility getVerdict() {
        return verdict;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public CareKind getKind() {
        return kind;
    }

    public void setKind(CareKind kind) {
        this.kind = kind;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public void setAppliedOn(LocalDate appliedOn) {
        this.appliedOn = appliedOn;
    }
}
