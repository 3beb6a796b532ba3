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
import java.util.List;
import java.util.Set;

/**
 * What the statistics jobs do, step by step (统计计算): compute one indicator for one county-level division
 * and period, stage the figures under the job instance, and publish a complete period in one transaction.
 * Called by the batch artifacts under the batch runtime's own identity ({@link Roles#BATCH}), and nobody
 * else may compute, stage, publish or discard; {@link StatisticsJobs} (administrators, city staff) reads the
 * partitions and the progress of a run, and drops the staged figures of a run a new one abandons. (To be named {@code StatisticsSteps} by the conventions.)
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

    /** Codes of the active indicators, in catalogue order: the items of each partition. */
    public List<String> indicatorCodes() {
        return catalogue.indicators().stream().map(Indicator::code).toList();
    }

    /** The county-level divisions under a root (a city), in code order: the partitions of a run. */
    @RolesAllowed({Roles.BATCH, Roles.ADMIN, Roles.CITY_STAFF})
    public List<String> counties(DivisionCode root) {
        return divisions.children(root).stream().filter(d -> d.level() == DivisionLevel.COUNTY)
                .map(Division::code).map(DivisionCode::value).sorted().toList();
    }

    /** The figures of one indicator in one county: its total and the breakdowns the catalogue lists. */
    public List<FigureValue> compute(String indicatorCode, DivisionCode county, StatisticsPeriod period,
                                     LocalDate asOf) {
        Indicator indicator = catalogue.indicator(indicatorCode)
                .orElseThrow(() -> new InvalidValueException("indicator", "statistics.unknownIndicator", indicatorCode));
        CalculationScope scope = new CalculationScope(county, period.start(), asOf, catalogue.ageBands());
        Set<Dimension> dims = indicator.dimensions();
        List<Cell> numerator = cells(indicator, indicator.calculator(), indicator.calculatorArgument(), dims, scope);
        if (!indicator.isRate()) {
            return Breakdown.of(numerator, dims);
        }
        List<Cell> denominator = cells(indicator, indicator.denominatorCalculator(), indicator.denominatorArgument(),
                dims, scope);
        return Breakdown.rate(numerator, denominator, dims);
    }

    private List<Cell> cells(Indicator indicator, String key, String argument, Set<Dimension> dims,
                             CalculationScope scope) {
        IndicatorCalculator calculator = calculators.forKey(key).orElseThrow(() ->
                new InvalidValueException("calculator", "statistics.unknownCalculator", indicator.code(), key));
        Set<Dimension> missing = EnumSet.noneOf(Dimension.class);
        missing.addAll(dims);
        missing.removeAll(calculator.dimensions(key));
        if (!missing.isEmpty()) {
            throw new InvalidValueException("dimensions", "statistics.unknownDimension",
                    indicator.code() + ": " + missing);
        }
        return calculator.cells(key, argument, scope);
    }

    public void stage(long jobInstanceId, StatisticsPeriod period, String indicatorCode, DivisionCode county,
                      List<FigureValue> values) {
        figures.stage(jobInstanceId, period, indicatorCode, county.value(), values);
    }

    /** The indicators a job instance has staged for one county: what a restart need not compute again. */
    public Set<String> stagedIndicators(long jobInstanceId, DivisionCode county) {
        String suffix = "|" + county.value();
        return figures.stagedItems(jobInstanceId).stream().filter(i -> i.endsWith(suffix))
                .map(i -> i.substring(0, i.length() - suffix.length())).collect(java.util.stream.Collectors.toSet());
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
