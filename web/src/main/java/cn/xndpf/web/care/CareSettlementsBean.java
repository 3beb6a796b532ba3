package cn.xndpf.web.care;

import cn.xndpf.application.care.CareSettlementService;
import cn.xndpf.application.care.CareSettlementView;
import cn.xndpf.application.institution.InstitutionService;
import cn.xndpf.application.institution.InstitutionView;
import cn.xndpf.domain.institution.InstitutionKind;
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
 * 阳光家园补助结算: district and city staff choose a month that is over, see the settlements of their care
 * institutions, settle an institution (settling a settled month shows the settlement made before), and open
 * one settlement's lines: each person, the days or visits recorded, the rate and the amount.
 */
@Named("careSettlements")
@ViewScoped
public class CareSettlementsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "month", "settle:month",
            "institutionId", "settle:institution");

    @EJB
    private CareSettlementService settlements;

    @EJB
    private InstitutionService institutions;

    @Inject
    private FacesMessages messages;

    private String month = YearMonth.from(PlatformClock.today()).minusMonths(1).toString();
    private Long institutionId;
    private List<InstitutionView> careInstitutions = List.of();
    private List<CareSettlementView> rows = List.of();
    private CareSettlementView selected;

    @PostConstruct
    void init() {
        try {
            careInstitutions = institutions.institutions().stream()
                    .filter(i -> i.kind() == InstitutionKind.CARE).toList();
        } catch (EJBAccessException e) {
            messages.show(e);
        }
        show();
    }

    /** Lists the month's settlements. */
    public void show() {
        selected = null;
        YearMonth m = parsedMonth();
        if (m == null) {
            return;
        }
        try {
            rows = settlements.settlements(m);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    /** Settles the chosen institution's month (or shows the settlement made before). */
    public void settle() {
        YearMonth m = parsedMonth();
        if (m == null) {
            return;
        }
        if (institutionId == null) {
            messages.show(new InvalidValueException("institutionId", "institution.notFound"), FIELDS);
            return;
        }
        try {
            CareSettlementView s = settlements.settle(institutionId, m);
            rows = settlements.settlements(m);
            selected = s;
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public void open(long settlementId) {
        selected = rows.stream().filter(r -> r.id() == settlementId).findFirst().orElse(null);
    }

    private YearMonth parsedMonth() {
        try {
            return YearMonth.parse(month == null ? "" : month.trim());
        } catch (DateTimeParseException e) {
            messages.show(new InvalidValueException("month", "serviceRecord.monthFormat"), FIELDS);
            return null;
        }
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public List<InstitutionView> getCareInstitutions() {
        return careInstitutions;
    }

    public List<CareSettlementView> getRows() {
        return rows;
    }

    public CareSettlementView getSelected() {
        return selected;
    }
}
