package cn.xndpf.web.rehabilitation;

import cn.xndpf.application.rehabilitation.ChildAidApplication;
import cn.xndpf.application.rehabilitation.ChildAidService;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.rehabilitation.ChildAidKind;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.web.shared.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 残疾儿童康复救助申请: the township or community takes an application for a child; once the ID number is
 * filled in the page says what the yearly cap leaves the child; submitting shows every problem next to its
 * field, or opens the new case on the kernel's case page.
 */
@Named("childAidApply")
@ViewScoped
public class ChildAidApplyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            IdNumber.FIELD, "aid:idNumber",
            "kind", "aid:kind",
            "amount", "aid:amount",
            "appliedOn", "aid:appliedOn");

    @EJB
    private ChildAidService aid;

    @Inject
    private FacesMessages messages;

    private String idNumber;
    private ChildAidKind kind;
    private BigDecimal amount;
    private LocalDate appliedOn = PlatformClock.today();
    private BigDecimal remaining;

    /** Ajax on changing the ID number: what the cap leaves the child this year. */
    public void evaluate() {
        remaining = null;
        if (idNumber == null || idNumber.isBlank()) {
            return;
        }
        try {
            remaining = aid.remaining(idNumber, (appliedOn == null ? PlatformClock.today() : appliedOn).getYear());
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public String submit() {
        ChildAidApplication form = new ChildAidApplication(idNumber, kind, amount, appliedOn);
        try {
            List<InvalidValueException> problems = aid.problems(form);
            if (!problems.isEmpty()) {
                problems.forEach(p -> messages.show(p, FIELDS));
                return null;
            }
            long caseId = aid.apply(form);
            return "/app/subsidy/case.xhtml?faces-redirect=true&id=" + caseId;
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
        return null;
    }

    public ChildAidKind[] getKinds() {
        return ChildAidKind.values();
    }

    public LocalDate getToday() {
        return PlatformClock.today();
    }

    public BigDecimal getRemaining() {
        return remaining;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public ChildAidKind getKind() {
        return kind;
    }

    public void setKind(ChildAidKind kind) {
        this.kind = kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public void setAppliedOn(LocalDate appliedOn) {
        this.appliedOn = appliedOn;
    }
}
