package cn.xndpf.web.subsidy;

import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.subsidy.SubsidyApplication;
import cn.xndpf.application.subsidy.SubsidyService;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.RegistryEntry;
import cn.xndpf.domain.person.RegistryQuery;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.subsidy.EligibilityResult;
import cn.xndpf.domain.subsidy.SubsidyType;
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
 * 两项补贴申请: the township takes an application. As soon as the ID number and the subsidy are filled in,
 * the page says whose number it is and whether they qualify, with every reason if not; submitting shows
 * every problem next to its field, or opens the new case.
 */
@Named("subsidyApply")
@ViewScoped
public class SubsidyApplyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Service field name → component id on this page. */
    private static final Map<String, String> FIELDS = Map.of(
            IdNumber.FIELD, "apply:idNumber",
            "type", "apply:type",
            "bankName", "apply:bankName",
            "bankAccount", "apply:bankAccount",
            "appliedOn", "apply:appliedOn");

    @EJB
    private SubsidyService subsidies;

    @EJB
    private RegistryService registry;

    @Inject
    private FacesMessages messages;

    @Inject
    private LocaleBean localeBean;

    private String idNumber;
    private SubsidyType type;
    private String bankName;
    private String bankAccount;
    private LocalDate appliedOn = PlatformClock.today();

    private RegistryEntry applicant;
    private EligibilityResult verdict;

    /** Ajax on changing the ID number or the subsidy: who it is and whether they qualify. */
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
            if (type != null) {
                verdict = subsidies.check(id.value(), type);
            }
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public String submit() {
        SubsidyApplication form = new SubsidyApplication(idNumber, type, bankName, bankAccount, appliedOn);
        try {
            List<InvalidValueException> problems = subsidies.problems(form);
            if (!problems.isEmpty()) {
                problems.forEach(p -> messages.show(p, FIELDS));
                return null;
            }
            long caseId = subsidies.apply(form);
            return "/app/subsidy/case.xhtml?faces-redirect=true&id=" + caseId;
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
        return null;
    }

    /** The reasons the applicant does not qualify, in the user's language. */
    public List<String> getReasons() {
        return verdict == null ? List.of() : verdict.messages(localeBean.getLocale());
    }

    public SubsidyType[] getTypes() {
        return SubsidyType.values();
    }

    public LocalDate getToday() {
        return PlatformClock.today();
    }

    public RegistryEntry getApplicant() {
        return applicant;
    }

    public EligibilityResult getVerdict() {
        return verdict;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public SubsidyType getType() {
        return type;
    }

    public void setType(SubsidyType type) {
        this.type = type;
    }

    public String getBankName() {
        return bankName;
    }

    public void setBankName(String bankName) {
        this.bankName = bankName;
    }

    public String getBankAccount() {
        return bankAccount;
    }

    public void setBankAccount(String bankAccount) {
        this.bankAccount = bankAccount;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public void setAppliedOn(LocalDate appliedOn) {
        this.appliedOn = appliedOn;
    }
}
