package cn.xndpf.application.statistics;

import cn.xndpf.domain.division.Division;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.division.DivisionRepository;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.statistics.Breakdown;
import cn.xndpf.domain.statistics.Cell;
import cn.xndpf.domain.statistics.Dimension;
import cn.xndpf.domain.statistics.FigureRepository;
import cn.xndpf.domain.statistics.FigureValue;
import cn.xndpf.domain.statistics.Indicator;
import cn.xndpf.domain.statistics.IndicatorCatalogue;
import cn.xndpf.domain.statistics.StatisticsPeriod;
import cn.xndpf.application.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the statistics jobs do, step by step (统计计算): compute one indicator for every county-level division
 * of a city and a period (one grouped calculation), stage its figures under the job instance, and publish a
 * complete period in one transaction.
 * Called by the batch artifacts under the batch runtime's own identity ({@link Roles#BATCH}), and nobody
 * else may compute, stage, publish or discard; {@link StatisticsJobs} (administrators, city staff) reads the
 * counties and the progress of a run, and drops the staged figures of a run a new one abandons. (To be named {@code StatisticsSteps} by the conventions.)
 */
@Stateless
@DeclareRoles({Roles.BATCH, Roles.ADMIN, Roles.CITY_STAFF})
@RolesAllowed(Roles.BATCH)
public class StatisticsEngine {

    @Inject
    private IndicatorCatalogue catalogue;

    @Inject
    private IndicatorCalculators calculators;

    @Inject
    private FigureRepository figures;

    @Inject
    private DivisionRepository divisions;

    /** Codes of the active indicators, in catalogue order: the items of a run. */
    public List<String> indicatorCodes() {
        return catalogue.indicators().stream().map(Indicator::code).toList();
    }

    /** The county-level divisions under a root (a city), in code order: the areas every item is computed for. */
    @RolesAllowed({Roles.BATCH, Roles.ADMIN, Roles.CITY_STAFF})
    public List<String> counties(DivisionCode root) {
        return divisions.children(root).stream().filter(d -> d.level() == DivisionLevel.COUNTY)
                .map(Division::code).map(DivisionCode::value).sorted().toList();
    }

    /**
     * The figures of one indicator in every county of a city, by county code: each county's total and the
     * breakdowns the catalogue lists, from one grouped calculation over the city (the figures are those a
     * calculation county by county gives; the city's own figure is the sum of its counties, formed by the
     * reports).
     */
    public Map<String, List<FigureValue>> compute(String indicatorCode, DivisionCode root, StatisticsPeriod period,
                                                  LocalDate asOf) {
        Indicator indicator = catalogue.indicator(indicatorCode)
                .orElseThrow(() -> new InvalidValueException("indicator", "statistics.unknownIndicator", indicatorCode));
        List<DivisionCode> counties = counties(root).stream().map(DivisionCode::of).toList();
        CalculationScope city = new CalculationScope(root, period.start(), asOf, catalogue.ageBands());
        Set<Dimension> dims = indicator.dimensions();
        Map<String, List<Cell>> numerator = cells(indicator, indicator.calculator(), indicator.calculatorArgument(),
                dims, city, counties);
        Map<String, List<Cell>> denominator = indicator.isRate() ? cells(indicator, indicator.denominatorCalculator(),
                indicator.denominatorArgument(), dims, city, counties) : Map.of();
        Map<String, List<FigureValue>> figuresByCounty = new LinkedHashMap<>();
        for (DivisionCode county : counties) {
            List<Cell> n = numerator.getOrDefault(county.value(), List.of());
            figuresByCounty.put(county.value(), indicator.isRate()
                    ? Breakdown.rate(n, denominator.getOrDefault(county.value(), List.of()), dims)
                    : Breakdown.of(n, dims));
        }
        return figuresByCounty;
    }

    private Map<String, List<Cell>> cells(Indicator indicator, String key, String argument, Set<Dimension> dims,
                                          CalculationScope city, List<DivisionCode> counties) {
        IndicatorCalculator calculator = calculators.forKey(key).orElseThrow(() ->
                new InvalidValueException("calculator", "statistics.unknownCalculator", indicator.code(), key));
        Set<Dimension> missing = EnumSet.noneOf(Dimension.class);
        missing.addAll(dims);
        missing.removeAll(calculator.dimensions(key));
        if (!missing.isEmpty()) {
            throw new InvalidValueException("dimensions", "statistics.unknownDimension",
                    indicator.code() + ": " + missing);
        }
        return calculator.cellsByCounty(key, argument, city, counties);
    }

    /** Stages one indicator's figures of every county, replacing what an earlier attempt staged for it. */
    public void stage(long jobInstanceId, StatisticsPeriod period, String indicatorCode,
                      Map<String, List<FigureValue>> valuesByCounty) {
        figures.stage(jobInstanceId, period, indicatorCode, valuesByCounty);
    }

    /**
     * The indicators a job instance has staged for every county of the root: what a restart need not
     * compute again (an indicator's counties are staged together, in one chunk).
     */
    public Set<String> stagedIndicators(long jobInstanceId, DivisionCode root) {
        List<String> counties = counties(root);
        Map<String, Long> stagedCounties = figures.stagedItems(jobInstanceId).stream()
                .map(i -> i.split("\\|", 2))
                .filter(i -> counties.contains(i[1]))
                .collect(Collectors.groupingBy(i -> i[0], Collectors.counting()));
        return stagedCounties.entrySet().stream().filter(e -> e.getValue() == counties.size())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** Items (indicator x county) a job instance has staged so far. */
    @RolesAllowed({Roles.BATCH, Roles.ADMIN, Roles.CITY_STAFF})
    public int stagedItems(long jobInstanceId) {
        return figures.stagedItems(jobInstanceId).size();
    }

    /**
     * Publishes what a job instance staged as the period's figures under {@code root}, replacing the previous
     * ones, in one transaction; refused, changing nothing, unless every indicator of every county is staged.
     *
     * @return the number of figures published
     */
    public int publish(long jobInstanceId, long jobExecutionId, StatisticsPeriod period, DivisionCode root,
                       LocalDate asOf) {
        Set<String> staged = figures.stagedItems(jobInstanceId);
        List<String> counties = counties(root);
        List<String> indicators = indicatorCodes();
        int expected = counties.size() * indicators.size();
        int done = 0;
        for (String i : indicators) {
            for (String c : counties) {
                if (staged.contains(i + "|" + c)) {
                    done++;
                }
            }
        }
        if (done < expected) {
            throw new InvalidValueException("figures", "statistics.incomplete", expected, done);
        }
        return figures.publish(jobInstanceId, period, root, asOf, jobExecutionId);
    }

    @RolesAllowed({Roles.BATCH, Roles.ADMIN, Roles.CITY_STAFF})
    public void discard(long jobInstanceId) {
        figures.discardStage(jobInstanceId);
    }
}
