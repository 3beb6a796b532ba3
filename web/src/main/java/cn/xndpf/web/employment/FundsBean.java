package cn.xndpf.web.employment;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;

import cn.xndpf.application.employment.FundView;
import cn.xndpf.application.employment.SecurityFundService;
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
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 保障金征收情况: a year's funds of the jurisdiction's employers, due, collected and outstanding per employer and per
 * division; the year computed for all employers by the batch job.
 */
@Named("funds")
@ViewScoped
public class FundsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("year", "funds:year", "divisionCode", "funds:year");

    /** One division's totals. */
    public record DivisionTotal(String divisionCode, int employers, BigDecimal due, BigDecimal collected,
                                BigDecimal outstanding) implements Serializable {
    }

    @EJB
    private SecurityFundService service;

    @Inject
    private FacesMessages messages;

    private int year = PlatformClock.today().getYear() - 1;
    private List<FundView> rows = List.of();
    private List<DivisionTotal> totals = List.of();

    @PostConstruct
    void init() {
        show();
    }

    /** The year's computation of every employer of the jurisdiction, line by line (Excel). */
    public StreamedContent getReport() {
        byte[] content;
        try {
            content = service.report(year);
        } catch (EJBAccessException e) {
            messages.show(e);
            return null;
        }
        return DefaultStreamedContent.builder().name("security-fund-" + year + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .contentLength((long) content.length).stream(() -> new ByteArrayInputStream(content)).build();
    }

    public void show() {
        try {
            rows = service.funds(year);
        } catch (EJBAccessException e) {
            messages.show(e);
            return;
        }
        Map<String, DivisionTotal> byDivision = new TreeMap<>();
        for (FundView f : rows) {
            String county = f.divisionCode().substring(0, 6);
            DivisionTotal t = byDivision.getOrDefault(county,
                    new DivisionTotal(county, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
            byDivision.put(county, new DivisionTotal(county, t.employers() + 1, t.due().add(f.due()),
                    t.collected().add(f.collected() == null ? BigDecimal.ZERO : f.collected()),
                    t.outstanding().add(f.outstanding())));
        }
        totals = List.copyOf(byDivision.values());
    }

    /** Starts the year's computation for every employer of the jurisdiction. */
    public void start() {
        try {
            long id = service.start(year, null);
            messages.globalInfo("employment.jobStarted", id);
        } catch (InvalidValueException e) {
            messages.show(e, FIELDS);
        } catch (EJBAccessException e) {
            messages.show(e);
        }
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<FundView> getRows() {
        return rows;
    }

    public List<DivisionTotal> getTotals() {
        return totals;
    }
}
