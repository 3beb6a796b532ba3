package cn.xndpf.web.statistics;

import cn.xndpf.web.shared.ScreenTimes;
import cn.xndpf.web.shared.ScreenBundle;
import cn.xndpf.web.shared.ScreenTexts;
import cn.xndpf.application.statistics.AreaValue;
import cn.xndpf.application.statistics.BreakdownValue;
import cn.xndpf.application.statistics.FigureView;
import cn.xndpf.application.statistics.PeriodSummary;
import cn.xndpf.application.statistics.Report;
import cn.xndpf.application.statistics.StatisticsReports;
import cn.xndpf.application.statistics.StatisticsService;
import cn.xndpf.application.statistics.TrendPoint;
import cn.xndpf.domain.division.Division;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.statistics.Dimension;
import cn.xndpf.domain.statistics.PeriodType;
import cn.xndpf.domain.statistics.Publication;
import cn.xndpf.domain.statistics.StatisticsPeriod;
import cn.xndpf.web.shared.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 统计看板 ({@code /app/statistics/dashboard.xhtml}): a published period's key figures per program with target
 * and progress, every indicator, a trend, the areas one level down side by side (with drill-down from the city
 * to a district and on to its townships), a breakdown, and the Excel and PDF reports. The address carries area,
 * kind of period and period start, so a view can be bookmarked or linked to.
 */
@Named("dashboard")
@ViewScoped
public class DashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int TREND_PERIODS = 12;

    @EJB
    private StatisticsService statistics;

    @EJB
    private StatisticsReports reports;

    @Inject
    @ScreenBundle("cn.xndpf.web.statistics.messages")
    private ScreenTexts texts;

    @Inject
    private FacesMessages facesMessages;

    private String area;
    private String type;
    private String start;
    private PeriodType periodType = PeriodType.MONTH;
    private List<StatisticsPeriod> periods = List.of();
    private StatisticsPeriod period;
    private PeriodSummary summary;
    private String chartIndicator;
    private Dimension dimension = Dimension.CATEGORY;
    private List<AreaLink> trail = List.of();
    private List<AreaValue> subAreas = List.of();
    private List<TrendPoint> trend = List.of();
    private List<BreakdownValue> breakdown = List.of();
    private boolean loaded;

    /** An area on the way from the user's jurisdiction down to the one shown. */
    public record AreaLink(String code, String name) implements Serializable {
    }

    /** The view action: reads the address parameters once and loads the figures. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            Division home = statistics.home();
            if (area == null || area.isBlank()) {
                area = home.code().value();
            }
            if (home.code().level() == DivisionLevel.COMMUNITY) {
                throw new InvalidValueException(StatisticsService.AREA, "statistics.noFiguresBelowTownship");
            }
            if (type != null && !type.isBlank()) {
                periodType = PeriodType.valueOf(type.trim());
            }
            LocalDate wanted = start == null || start.isBlank() ? null : LocalDate.parse(start.trim());
            trail = trail(home.code(), DivisionCode.of(area));
            loadPeriods(wanted);
        } catch (InvalidValueException e) {
            texts.error(e);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            texts.error("dash.noPeriods", typeName(periodType));
        } catch (EJBAccessException e) {
            facesMessages.show(e);
        }
    }

    private List<AreaLink> trail(DivisionCode home, DivisionCode target) {
        List<AreaLink> links = new ArrayList<>();
        String t = target.value();
        for (String code : List.of(t.substring(0, 4) + "00", t.length() >= 6 ? t.substring(0, 6) : t,
                t.length() >= 9 ? t.substring(0, 9) : t)) {
            DivisionCode c = DivisionCode.of(code);
            if (home.contains(c) && links.stream().noneMatch(l -> l.code().equals(code)) && code.length() <= t.length()) {
                links.add(new AreaLink(code, statistics.area(code).name()));
            }
        }
        return links;
    }

    private void loadPeriods(LocalDate wanted) {
        periods = statistics.published(periodType, area, 60).stream().map(Publication::period).toList();
        period = periods.stream().filter(p -> p.start().equals(wanted)).findFirst()
                .orElse(periods.isEmpty() ? null : periods.get(0));
        refresh();
    }

    /** The kind of period changed: its newest published period is shown. */
    public void changeType() {
        try {
            loadPeriods(null);
        } catch (InvalidValueException e) {
            texts.error(e);
        }
    }

    public void refresh() {
        summary = null;
        subAreas = List.of();
        trend = List.of();
        breakdown = List.of();
        if (period == null) {
            return;
        }
        try {
            summary = statistics.summary(period, area);
            if (chartIndicator == null || summary.figure(chartIndicator).isEmpty()) {
                chartIndicator = summary.programs().stream().flatMap(p -> p.figures().stream())
                        .filter(f -> f.indicator().keyFigure()).map(f -> f.indicator().code()).findFirst().orElse(null);
            }
            charts();
        } catch (InvalidValueException e) {
            texts.error(e);
        }
    }

    public void charts() {
        if (summary == null || chartIndicator == null) {
            return;
        }
        subAreas = statistics.bySubArea(period, area, chartIndicator);
        trend = statistics.trend(periodType, area, chartIndicator, TREND_PERIODS);
        FigureView f = summary.figure(chartIndicator).orElse(null);
        if (f != null && !f.indicator().dimensions().contains(dimension)) {
            dimension = f.indicator().dimensions().isEmpty() ? null : f.indicator().dimensions().get(0);
        }
        breakdown = dimension == null ? List.of()
                : statistics.breakdown(period, area, chartIndicator, dimension, texts.locale());
    }

    public StreamedContent getExcel() {
        return download(() -> reports.workbook(period, area, texts.locale()));
    }

    public StreamedContent getPdf() {
        return download(() -> reports.summaryPdf(period, area, texts.locale()));
    }

    /** The period's review (发展综述) as a Word document. */
    public StreamedContent getReviewWord() {
        return download(() -> reports.review(period, area, texts.locale(), true));
    }

    public StreamedContent getReviewPdf() {
        return download(() -> reports.review(period, area, texts.locale(), false));
    }

    private StreamedContent download(java.util.function.Supplier<Report> report) {
        if (period == null) {
            return null;
        }
        try {
            Report r = report.get();
            return DefaultStreamedContent.builder().name(r.fileName()).contentType(r.contentType())
                    .contentLength((long) r.content().length)
                    .stream(() -> new ByteArrayInputStream(r.content())).build();
        } catch (InvalidValueException e) {
            texts.error(e);
            return null;
        }
    }

    /** Chart.js configuration of the trend (a line over the published periods). */
    public String getTrendChart() {
        List<String> labels = trend.stream().map(t -> t.period().label(texts.locale())).toList();
        List<BigDecimal> values = trend.stream().map(t -> shown(t.figure())).toList();
        return chart("line", labels, values, chartName());
    }

    /** Chart.js configuration of the areas one level down side by side. */
    public String getAreaChart() {
        return chart("bar", subAreas.stream().map(AreaValue::divisionName).toList(),
                subAreas.stream().map(a -> shown(a.figure())).toList(), chartName());
    }

    public String getBreakdownChart() {
        return chart("bar", breakdown.stream().map(BreakdownValue::label).toList(),
                breakdown.stream().map(b -> shown(b.figure())).toList(), chartName());
    }

    private String chartName() {
        return summary == null || chartIndicator == null ? "" : summary.figure(chartIndicator)
                .map(f -> f.indicator().name(texts.locale()) + " (" + f.indicator().unitName(texts.locale()) + ")")
                .orElse("");
    }

    private static String chart(String kind, List<String> labels, List<BigDecimal> values, String name) {
        JsonArrayBuilder l = Json.createArrayBuilder();
        labels.forEach(l::add);
        JsonArrayBuilder v = Json.createArrayBuilder();
        values.forEach(x -> {
            if (x == null) {
                v.addNull();
            } else {
                v.add(x);
            }
        });
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", name).add("data", v)
                .add("backgroundColor", "#2f6fb3").add("borderColor", "#2f6fb3");
        return Json.createObjectBuilder().add("type", kind)
                .add("data", Json.createObjectBuilder().add("labels", l).add("datasets", Json.createArrayBuilder().add(dataset)))
                .add("options", Json.createObjectBuilder()
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", true)))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }

    /** The value as shown: counts as integers, money in 万元, rates in %; an uncounted count is 0. */
    public BigDecimal shown(FigureView f) {
        if (f == null) {
            return null;
        }
        if (f.value() == null) {
            return f.indicator().isRate() ? null : f.indicator().unit().display(BigDecimal.ZERO);
        }
        return f.shown();
    }

    public String text(FigureView f) {
        BigDecimal v = shown(f);
        return v == null ? texts.text("dash.noData") : v.toPlainString();
    }

    public List<FigureView> keyFigures(PeriodSummary.ProgramFigures p) {
        return p.figures().stream().filter(f -> f.indicator().keyFigure()).toList();
    }

    public int progressPercent(FigureView f) {
        BigDecimal p = f.progress();
        return p == null ? 0 : Math.min(100, p.intValue());
    }

    public String asOfText() {
        return summary == null ? "" : texts.text("dash.asOf", summary.asOf().toString(), ScreenTimes.minute(summary.publishedAt()));
    }

    public String typeName(PeriodType t) {
        return IndicatorLabels.english(texts.locale()) ? t.englishName() : t.chineseName();
    }

    public String dimensionName(Dimension d) {
        return IndicatorLabels.english(texts.locale()) ? d.englishName() : d.chineseName();
    }

    public String periodLabel(StatisticsPeriod p) {
        return p == null ? "" : p.label(texts.locale());
    }

    public boolean isCanDrill() {
        return DivisionCode.of(area).level() == DivisionLevel.CITY || DivisionCode.of(area).level() == DivisionLevel.COUNTY;
    }

    public String noPeriodsText() {
        return texts.text("dash.noPeriods", typeName(periodType));
    }

    public Locale getLocale() {
        return texts.locale();
    }

    public List<Dimension> getDimensions() {
        if (summary == null || chartIndicator == null) {
            return List.of();
        }
        return summary.figure(chartIndicator).map(f -> f.indicator().dimensions()).orElse(List.of());
    }

    /** The indicators the charts can show. */
    public List<cn.xndpf.application.statistics.IndicatorView> getChartChoices() {
        return summary == null ? List.of() : summary.programs().stream().flatMap(p -> p.figures().stream())
                .map(FigureView::indicator).toList();
    }

    public PeriodType[] getPeriodTypes() {
        return PeriodType.values();
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public PeriodType getPeriodType() {
        return periodType;
    }

    public void setPeriodType(PeriodType periodType) {
        this.periodType = periodType;
    }

    public List<StatisticsPeriod> getPeriods() {
        return periods;
    }

    /** The chosen period as its start date (the select's value). */
    public String getPeriodStart() {
        return period == null ? null : period.start().toString();
    }

    public void setPeriodStart(String value) {
        this.period = value == null || value.isBlank() ? null : periods.stream()
                .filter(p -> p.start().toString().equals(value)).findFirst().orElse(period);
    }

    public StatisticsPeriod getPeriod() {
        return period;
    }

    public PeriodSummary getSummary() {
        return summary;
    }

    public String getChartIndicator() {
        return chartIndicator;
    }

    public void setChartIndicator(String chartIndicator) {
        this.chartIndicator = chartIndicator;
    }

    public Dimension getDimension() {
        return dimension;
    }

    public void setDimension(Dimension dimension) {
        this.dimension = dimension;
    }

    public List<AreaLink> getTrail() {
        return trail;
    }

    public List<AreaValue> getSubAreas() {
        return subAreas;
    }

    public List<TrendPoint> getTrend() {
        return trend;
    }

    public List<BreakdownValue> getBreakdown() {
        return breakdown;
    }
}
