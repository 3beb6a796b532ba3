package cn.xndpf.web.poverty;

import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
import cn.xndpf.application.poverty.MutualAidPilotView;
import cn.xndpf.application.poverty.MutualAidRateView;
import cn.xndpf.application.poverty.MutualAidService;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.web.shared.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 邻里互助试点: city staff open a pilot for a division with its first monthly amount and date a new amount of a
 * pilot; everyone who sees the pilots sees each one's amounts over time. The service decides who may and what
 * is valid; a refusal is shown in the page's language and changes nothing.
 */
@Named("mutualAidPilots")
@ViewScoped
public class MutualAidPilotsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("divisionCode", "pilots:division"),
            Map.entry("name", "pilots:name"),
            Map.entry("validFrom", "pilots:validFrom"),
            Map.entry("validTo", "pilots:validTo"),
            Map.entry("pilotId", "pilots:ratePilot"),
            Map.entry("rateFrom", "pilots:rateFrom"),
            Map.entry("monthlyAmount", "pilots:monthlyAmount"));

    @EJB
    private MutualAidService service;

    @Inject
    private FacesMessages messages;

    @Inject
    @ScreenBundle("cn.xndpf.web.poverty.messages")
    private ScreenTexts texts;

    private String divisionCode;
    private String name;
    private LocalDate validFrom;
    private LocalDate validTo;
    private BigDecimal monthlyAmount;

    private Long ratePilotId;
    private LocalDate rateFrom;
    private BigDecimal rateAmount;

    private List<MutualAidPilotView> pilots;
    private Map<Long, List<MutualAidRateView>> rates;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        pilots = service.pilots();
        rates = new LinkedHashMap<>();
        for (MutualAidPilotView p : pilots) {
            rates.put(p.id(), service.rates(p.id()));
        }
    }

    /** 设立试点 (city staff). */
    public void open() {
        try {
            MutualAidPilotView p = service.openPilot(divisionCode, name, validFrom, validTo, monthlyAmount);
            texts.info("pilots.opened", p.name(), p.validFrom().toString(), monthlyAmount.toPlainString());
            divisionCode = null;
            name = null;
            validFrom = null;
            validTo = null;
            monthlyAmount = null;
            reload();
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    /** 调整补贴标准: a new monthly amount of a pilot from a day (city staff). */
    public void rate() {
        try {
            if (ratePilotId == null) {
                throw new InvalidValueException("pilotId", "mutualAid.pilotRequired");
            }
            MutualAidPilotView p = service.rate(ratePilotId, rateFrom, rateAmount);
            texts.info("pilots.rated", p.name(), rateFrom.toString(), rateAmount.toPlainString());
            rateFrom = null;
            rateAmount = null;
            reload();
        } catch (InvalidValueException e) {
            // the amount's own field on this form, not the opening form's
            messages.show(e, "monthlyAmount".equals(e.field()) ? Map.of("monthlyAmount", "pilots:rateAmount") : FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public List<MutualAidPilotView> getPilots() {
        return pilots;
    }

    /** The pilot's amounts over time, oldest first. */
    public List<MutualAidRateView> ratesOf(long pilotId) {
        return rates.getOrDefault(pilotId, List.of());
    }

    public String getDivisionCode() {
        return divisionCode;
    }

    public void setDivisionCode(String divisionCode) {
        this.divisionCode = divisionCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public BigDecimal getMonthlyAmount() {
        return monthlyAmount;
    }

    public void setMonthlyAmount(BigDecimal monthlyAmount) {
        this.monthlyAmount = monthlyAmount;
    }

    public Long getRatePilotId() {
        return ratePilotId;
    }

    public void setRatePilotId(Long ratePilotId) {
        this.ratePilotId = ratePilotId;
    }

    public LocalDate getRateFrom() {
        return rateFrom;
    }

    public void setRateFrom(LocalDate rateFrom) {
        this.rateFrom = rateFrom;
    }

    public BigDecimal getRateAmount() {
        return rateAmount;
    }

    public void setRateAmount(BigDecimal rateAmount) {
        this.rateAmount = rateAmount;
    }
}
