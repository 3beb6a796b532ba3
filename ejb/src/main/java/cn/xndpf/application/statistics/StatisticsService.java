package cn.xndpf.application.statistics;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.Division;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.division.DivisionRepository;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.statistics.Dimension;
import cn.xndpf.domain.statistics.Figure;
import cn.xndpf.domain.statistics.FigureRepository;
import cn.xndpf.domain.statistics.Indicator;
import cn.xndpf.domain.statistics.IndicatorCatalogue;
import cn.xndpf.domain.statistics.IndicatorTarget;
import cn.xndpf.domain.statistics.PeriodType;
import cn.xndpf.domain.statistics.Publication;
import cn.xndpf.domain.statistics.StatisticsPeriod;
import cn.xndpf.domain.statistics.StatisticsProgram;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The published statistics (统计数据) for the dashboard, the reports and the partner export, all read from the
 * same stored figures. Staff see the areas of their jurisdiction only: a district its own district and its
 * townships, the city everything; figures exist down to township level.
 */
@Stateless
@DeclareRoles({Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS, Roles.CITY_STAFF, Roles.ADMIN})
@RolesAllowed({Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS, Roles.CITY_STAFF, Roles.ADMIN})
public class StatisticsService {

    public static final String AREA = "division";

    @Inject
    private IndicatorCatalogue catalogue;

    @Inject
    private FigureRepository figures;

    @Inject
    private DivisionRepository divisions;

    @Inject
    private DimensionLabels labels;

    @Inject
    private CurrentStaff currentStaff;

    @Inject
    private AuditTrail audit;

    @jakarta.ejb.EJB
    private cn.xndpf.application.security.PartnerDirectory partners;

    /** The catalogue: programs and their active indicators with units, kinds and definitions. */
    @PermitAll
    public List<ProgramCatalogue> catalogue() {
        Map<String, List<IndicatorView>> byProgram = new java.util.HashMap<>();
        for (Indicator i : catalogue.indicators()) {
            byProgram.computeIfAbsent(i.programCode(), k -> new ArrayList<>()).add(IndicatorView.of(i));
        }
        List<ProgramCatalogue> result = new ArrayList<>();
        for (StatisticsProgram p : catalogue.programs()) {
            result.add(new ProgramCatalogue(p.code(), p.chineseName(), p.englishName(),
                    List.copyOf(byProgram.getOrDefault(p.code(), List.of()))));
        }
        return result;
    }

    /** The area the caller looks at first: their jurisdiction. */
    public Division home() {
        StaffUser me = currentStaff.require();
        return divisions.find(me.jurisdiction()).orElseThrow(() ->
                new InvalidValueException(AREA, "division.unknown", me.jurisdiction().value()));
    }

    public Division area(String code) {
        DivisionCode c = visible(code);
        return divisions.find(c).orElseThrow(() -> new InvalidValueException(AREA, "division.unknown", code));
    }

    /** The areas one level down that have figures: a city's counties, a county's townships. */
    public List<Division> subAreas(String code) {
        DivisionCode c = visible(code);
        DivisionLevel level = c.level();
        if (level != DivisionLevel.CITY && level != DivisionLevel.COUNTY && level != DivisionLevel.PROVINCE) {
            return List.of();
        }
        return divisions.children(c);
    }

    /** The published periods of a kind for an area's city, newest first. */
    public List<Publication> published(PeriodType type, String area, int max) {
        DivisionCode c = visible(area);
        return figures.publications(type, cityOf(c), max);
    }

    /** Every indicator's figure for an area and period, with the targets set for that area. */
    public PeriodSummary summary(StatisticsPeriod period, String area) {
        return summaryOf(period, visible(area));
    }

    /**
     * The summary a partner receives (the provincial platform): an area's published figures. Partners are
     * authenticated by the web layer; the scope is checked there and here again. They see aggregates only,
     * never a person. Each export is audited under the partner.
     */
    @PermitAll
    public PeriodSummary exported(StatisticsPeriod period, String area, String partnerCode) {
        partners.requireScope(partnerCode, cn.xndpf.domain.security.Partner.SCOPE_STATISTICS);
        PeriodSummary s = summaryOf(period, DivisionCode.of(area));
        audit.record(partnerCode, AuditAction.EXPORT, "StatisticsExport", period.toString(), s.divisionCode(),
                "合作方获取统计数据 " + s.divisionName() + " " + period.label(Locale.SIMPLIFIED_CHINESE), null, null);
        return s;
    }

    /** An indicator's figure in each area one level down (counties side by side, or a county's townships). */
    public List<AreaValue> bySubArea(StatisticsPeriod period, String area, String indicatorCode) {
        DivisionCode c = visible(area);
        Indicator indicator = indicator(indicatorCode);
        List<Figure> rows = figures.figures(period, cityOf(c));
        List<AreaValue> out = new ArrayList<>();
        for (Division d : subAreas(area)) {
            AreaFigures a = areaFigures(rows, d.code());
            out.add(new AreaValue(d.code().value(), d.name(), figure(indicator, a, Dimension.TOTAL,
                    Dimension.TOTAL_VALUE, target(period, indicator.code(), d.code()))));
        }
        return out;
    }

    /** An indicator's figure by each value of one breakdown, in an area. */
    public List<BreakdownValue> breakdown(StatisticsPeriod period, String area, String indicatorCode,
                                         Dimension dimension, Locale locale) {
        DivisionCode c = visible(area);
        Indicator indicator = indicator(indicatorCode);
        AreaFigures a = areaFigures(figures.figures(period, cityOf(c)), c);
        List<String> values = new ArrayList<>(labels.values(dimension));
        for (String v : a.values(indicatorCode, dimension)) {
            if (!values.contains(v)) {
                values.add(v);
            }
        }
        List<BreakdownValue> out = new ArrayList<>();
        for (String v : values) {
            if (a.get(indicatorCode, dimension, v).isPresent()) {
                out.add(new BreakdownValue(v, labels.label(dimension, v, locale), figure(indicator, a, dimension, v, null)));
            }
        }
        return out;
    }

    /** An indicator over the last {@code count} published periods of a kind, oldest first. */
    public List<TrendPoint> trend(PeriodType type, String area, String indicatorCode, int count) {
        DivisionCode c = visible(area);
        Indicator indicator = indicator(indicatorCode);
        List<StatisticsPeriod> periods = figures.publications(type, cityOf(c), Math.max(1, count)).stream()
                .map(Publication::period).sorted().toList();
        List<Figure> rows = figures.series(indicatorCode, Dimension.TOTAL, periods, cityOf(c));
        if (c.level() == DivisionLevel.TOWNSHIP) {
            rows = figures.series(indicatorCode, Dimension.TOWNSHIP, periods, cityOf(c));
        }
        List<TrendPoint> out = new ArrayList<>();
        for (StatisticsPeriod p : periods) {
            List<Figure> ofPeriod = rows.stream().filter(f -> f.period().equals(p)).toList();
            AreaFigures a = areaFigures(ofPeriod, c);
            out.add(new TrendPoint(p, figure(indicator, a, Dimension.TOTAL, Dimension.TOTAL_VALUE,
                    target(p, indicatorCode, c))));
        }
        return out;
    }

    /** The data of the standard tables (Excel and PDF reports) for an area and period. */
    public ReportData reportData(StatisticsPeriod period, String area, Locale locale) {
        DivisionCode c = visible(area);
        PeriodSummary summary = summaryOf(period, c);
        List<Figure> rows = figures.figures(period, cityOf(c));
        List<Indicator> indicators = catalogue.indicators();
        List<ReportData.Area> subs = new ArrayList<>();
        Map<String, List<FigureView>> bySub = new java.util.LinkedHashMap<>();
        List<AreaFigures> subFigures = new ArrayList<>();
        for (Division d : subAreas(area)) {
            subs.add(new ReportData.Area(d.code().value(), d.name()));
            subFigures.add(areaFigures(rows, d.code()));
        }
        for (Indicator i : indicators) {
            List<FigureView> list = new ArrayList<>();
            for (int k = 0; k < subs.size(); k++) {
                list.add(figure(i, subFigures.get(k), Dimension.TOTAL, Dimension.TOTAL_VALUE,
                        target(period, i.code(), DivisionCode.of(subs.get(k).code()))));
            }
            bySub.put(i.code(), list);
        }
        AreaFigures a = areaFigures(rows, c);
        Map<Dimension, ReportData.Table> tables = new java.util.LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            if (d == Dimension.TOTAL) {
                continue;
            }
            List<Indicator> having = indicators.stream().filter(i -> i.dimensions().contains(d)).toList();
            List<String> values = new ArrayList<>(labels.values(d));
            for (Indicator i : having) {
                for (String v : a.values(i.code(), d)) {
                    if (!values.contains(v)) {
                        values.add(v);
                    }
                }
            }
            if (d == Dimension.TOWNSHIP) {
                values.sort(null);
            }
            if (having.isEmpty() || values.isEmpty()) {
                continue;
            }
            Map<String, List<FigureView>> byIndicator = new java.util.LinkedHashMap<>();
            for (Indicator i : having) {
                List<FigureView> list = new ArrayList<>();
                for (String v : values) {
                    list.add(figure(i, a, d, v, null));
                }
                byIndicator.put(i.code(), list);
            }
            tables.put(d, new ReportData.Table(values, values.stream().map(v -> labels.label(d, v, locale)).toList(),
                    byIndicator));
        }
        return new ReportData(summary, subs, bySub, tables);
    }

    private PeriodSummary summaryOf(StatisticsPeriod period, DivisionCode area) {
        DivisionCode city = cityOf(area);
        Publication pub = figures.publication(period, city).orElseThrow(() ->
                new NotFoundException("period", "statistics.notPublished", period.label(Locale.SIMPLIFIED_CHINESE)));
        AreaFigures a = areaFigures(figures.figures(period, city), area);
        Map<String, IndicatorTarget> targets = catalogue.targets(period).stream()
                .filter(t -> t.divisionCode().equals(area.value()))
                .collect(Collectors.toMap(IndicatorTarget::indicatorCode, Function.identity(), (x, y) -> x));
        List<PeriodSummary.ProgramFigures> programs = new ArrayList<>();
        for (ProgramCatalogue program : catalogue()) {
            List<FigureView> list = new ArrayList<>();
            for (IndicatorView i : program.indicators()) {
                Optional<AreaFigures.Sum> s = a.total(i.code());
                IndicatorTarget t = targets.get(i.code());
                list.add(new FigureView(i, s.map(AreaFigures.Sum::value).orElse(null),
                        s.map(AreaFigures.Sum::numerator).orElse(null), s.map(AreaFigures.Sum::denominator).orElse(null),
                        t == null ? null : t.value(), t == null ? null : t.source()));
            }
            programs.add(new PeriodSummary.ProgramFigures(program.code(), program.chineseName(),
                    program.englishName(), list));
        }
        String name = divisions.find(area).map(Division::name).orElse(area.value());
        return new PeriodSummary(period, area.value(), name, pub.asOf(), pub.publishedAt(), programs);
    }

    private AreaFigures areaFigures(List<Figure> cityRows, DivisionCode area) {
        Set<String> rates = catalogue.indicators().stream().filter(Indicator::isRate).map(Indicator::code)
                .collect(Collectors.toSet());
        return switch (area.level()) {
            case PROVINCE, CITY -> AreaFigures.of(cityRows, null, rates);
            case COUNTY -> AreaFigures.of(cityRows.stream().filter(f -> f.divisionCode().equals(area.value())).toList(),
                    null, rates);
            case TOWNSHIP -> AreaFigures.of(cityRows.stream()
                    .filter(f -> f.divisionCode().equals(area.county().value())).toList(), area.value(), rates);
            case COMMUNITY -> throw new InvalidValueException(AREA, "statistics.noFiguresBelowTownship");
        };
    }

    private FigureView figure(Indicator indicator, AreaFigures a, Dimension d, String value, IndicatorTarget target) {
        Optional<AreaFigures.Sum> s = a.get(indicator.code(), d, value);
        BigDecimal v = s.map(AreaFigures.Sum::value).orElse(null);
        return new FigureView(IndicatorView.of(indicator), v, s.map(AreaFigures.Sum::numerator).orElse(null),
                s.map(AreaFigures.Sum::denominator).orElse(null), target == null ? null : target.value(),
                target == null ? null : target.source());
    }

    private IndicatorTarget target(StatisticsPeriod period, String indicatorCode, DivisionCode division) {
        return catalogue.targets(period).stream().filter(t -> t.indicatorCode().equals(indicatorCode)
                && t.divisionCode().equals(division.value())).findFirst().orElse(null);
    }

    private Indicator indicator(String code) {
        return catalogue.indicator(code).filter(Indicator::isActive).orElseThrow(() ->
                new InvalidValueException("indicator", "statistics.unknownIndicator", code));
    }

    private DivisionCode visible(String code) {
        DivisionCode c = DivisionCode.of(code);
        if (!currentStaff.require().jurisdiction().contains(c)) {
            throw new AccessDeniedException(AREA);
        }
        return c;
    }

    /** The city whose publication holds an area's figures (the city itself for a city). */
    static DivisionCode cityOf(DivisionCode area) {
        if (area.level() == DivisionLevel.PROVINCE) {
            throw new InvalidValueException(AREA, "statistics.notCity", area.value());
        }
        return DivisionCode.of(area.value().substring(0, 4) + "00");
    }
}
