package cn.xndpf.web.education;

import cn.xndpf.application.education.GrantPaymentService;
import cn.xndpf.application.education.GrantPaymentView;
import cn.xndpf.domain.education.SchoolYear;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.web.shared.FacesMessages;
import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * 助学金发放: district and city staff see a school year's approved grants of their jurisdiction (the unpaid
 * ones, or all with their payments), choose an unpaid one and record its payment: day, amount (the case's,
 * offered), reference. The service checks the case's version as listed, so a grant paid meanwhile is refused.
 */
@Named("grantPayments")
@ViewScoped
public class GrantPaymentsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(
            "schoolYear", "filter:schoolYear",
            "paidOn", "pay:paidOn",
            "amount", "pay:amount",
            "reference", "pay:reference");

    @EJB
    private GrantPaymentService payments;

    @Inject
    private FacesMessages messages;

    @Inject
    @ScreenBundle("cn.xndpf.web.education.messages")
    private ScreenTexts texts;

    private String schoolYear = SchoolYear.containing(PlatformClock.today()).label();
    private boolean unpaidOnly = true;
    private List<GrantPaymentView> rows = List.of();
    private GrantPaymentView selected;
    private String paidOn;
    private BigDecimal amount;
    private String reference;

    @PostConstruct
    void init() {
        show();
    }

    /** Lists the school year's approved grants. */
    public void show() {
        selected = null;
        try {
            rows = payments.approvedGrants(schoolYear == null ? "" : schoolYear.trim(), unpaidOnly);
        } catch (InvalidValueException e) {
            rows = List.of();
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    /** Chooses an unpaid grant to pay, offering today and its amount. */
    public void choose(long caseId) {
        selected = rows.stream().filter(r -> r.caseId() == caseId && !r.paid()).findFirst().orElse(null);
        paidOn = PlatformClock.today().toString();
        amount = selected == null ? null : selected.amount();
        reference = null;
    }

    /** Records the chosen grant's payment. */
    public void pay() {
        if (selected == null) {
            return;
        }
        LocalDate day;
        try {
            day = paidOn == null || paidOn.isBlank() ? null : LocalDate.parse(paidOn.trim());
        } catch (DateTimeParseException e) {
            messages.show(new InvalidValueException("paidOn", "education.paidOnRequired"), FIELDS);
            return;
        }
        try {
            GrantPaymentView paid = payments.pay(selected.caseId(), selected.caseVersion(), day, amount, reference);
            show();
            texts.info("payment.recorded", paid.caseNumber(), paid.paidAmount().toPlainString());
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public void setSchoolYear(String schoolYear) {
        this.schoolYear = schoolYear;
    }

    public boolean isUnpaidOnly() {
        return unpaidOnly;
    }

    public void setUnpaidOnly(boolean unpaidOnly) {
        this.unpaidOnly = unpaidOnly;
    }

    public List<GrantPaymentView> getRows() {
        return rows;
    }

    public GrantPaymentView getSelected() {
        return selected;
    }

    public String getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(String paidOn) {
        this.paidOn = paidOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
