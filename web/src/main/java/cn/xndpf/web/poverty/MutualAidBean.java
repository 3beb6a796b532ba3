package cn.xndpf.web.poverty;

import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
import cn.xndpf.application.poverty.MutualAidPaymentForm;
import cn.xndpf.application.poverty.MutualAidPaymentView;
import cn.xndpf.application.poverty.MutualAidPilotView;
import cn.xndpf.application.poverty.MutualAidService;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.web.shared.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * 邻里互助: the pilots of the jurisdiction with their monthly amount now, a month paid to a neighbour for helping a
 * household, and this year's months paid. The service decides what is allowed and the amount.
 */
@Named("mutualAid")
@ViewScoped
public class MutualAidBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "pilotId", "mutualAid:pilot",
            "householdNumber", "mutualAid:householdNumber",
            "helperIdNumber", "mutualAid:helperIdNumber",
            "idNumber", "mutualAid:helperIdNumber",
            "helperName", "mutualAid:helperName",
            "month", "mutualAid:month");

    @EJB
    private MutualAidService service;

    @Inject
    private FacesMessages messages;

    @Inject
    @ScreenBundle("cn.xndpf.web.poverty.messages")
    private ScreenTexts texts;

    private Long pilotId;
    private String householdNumber;
    private String helperIdNumber;
    private String helperName;
    private String month = YearMonth.from(PlatformClock.today()).toString();

    private List<MutualAidPilotView> pilots;
    private List<MutualAidPaymentView> payments;

    @PostConstruct
    void init() {
        pilots = service.pilots();
        reload();
    }

    private void reload() {
        YearMonth now = YearMonth.from(PlatformClock.today());
        payments = service.payments(now.withMonth(1), now);
    }

    public void pay() {
        try {
            YearMonth m;
            try {
                m = month == null || month.isBlank() ? null : YearMonth.parse(month.trim());
            } catch (DateTimeParseException e) {
                throw new InvalidValueException("month", "mutualAid.monthRequired");
            }
            MutualAidPaymentView paid = service.pay(new MutualAidPaymentForm(pilotId, householdNumber, helperIdNumber,
                    helperName, m));
            texts.info("mutualAid.paid", paid.householdNumber(), paid.month().toString(), paid.amount().toPlainString());
            reload();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public List<MutualAidPilotView> getPilots() {
        return pilots;
    }

    public List<MutualAidPaymentView> getPayments() {
        return payments;
    }

    public Long getPilotId() {
        return pilotId;
    }

    public void setPilotId(Long pilotId) {
        this.pilotId = pilotId;
    }

    public String getHouseholdNumber() {
        return householdNumber;
    }

    public void setHouseholdNumber(String householdNumber) {
        this.householdNumber = householdNumber;
    }

    public String getHelperIdNumber() {
        return helperIdNumber;
    }

    public void setHelperIdNumber(String helperIdNumber) {
        this.helperIdNumber = helperIdNumber;
    }

    public String getHelperName() {
        return helperName;
    }

    public void setHelperName(String helperName) {
        this.helperName = helperName;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
