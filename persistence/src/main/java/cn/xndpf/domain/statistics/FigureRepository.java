package cn.xndpf.domain.statistics;

import cn.xndpf.domain.division.DivisionCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The statistics' figures: staged per job instance while a run computes them, published a whole period at a
 * time, read by every report.
 */
public interface FigureRepository {

    /**
     * Replaces what a job instance staged for one indicator with its figures of every county, by county code
     * (a retried chunk never adds twice).
     */
    void stage(long jobInstanceId, StatisticsPeriod period, String indicatorCode,
               Map<String, List<FigureValue>> valuesByCounty);

    /** "indicator|county" of every item a job instance has staged, for progress and the completeness check. */
    Set<String> stagedItems(long jobInstanceId);

    /**
     * Replaces the period's published figures under {@code root} with what the job instance staged, records
     * the publication and drops the staged rows; all in the caller's transaction.
     *
     * @return the number of figures published
     */
    int publish(long jobInstanceId, StatisticsPeriod period, DivisionCode root, LocalDate asOf, long jobExecutionId);

    /** Drops what a job instance staged (an abandoned run). */
    void discardStage(long jobInstanceId);

    /** The published figures of a period for every county-level division under {@code root}. */
    List<Figure> figures(StatisticsPeriod period, DivisionCode root);

    /** The published figures of one indicator and breakdown over several periods, for trends. */
    List<Figure> series(String indicatorCode, Dimension dimension, List<StatisticsPeriod> periods, DivisionCode root);

    Optional<Publication> publication(StatisticsPeriod period, DivisionCode root);

    /** The most recent publications of a period type under a root, newest period first. */
    List<Publication> publications(PeriodType type, DivisionCode root, int max);
}
