package cn.xndpf.batch.statistics;

import cn.xndpf.batch.BatchCaller;
import cn.xndpf.application.statistics.StatisticsEngine;
import cn.xndpf.domain.statistics.FigureValue;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/** Computes one indicator's figures (total and breakdowns) for every county of the run's city and period. */
@Named("indicatorFigureProcessor")
@Dependent
public class IndicatorFigureProcessor implements ItemProcessor {

    @EJB
    private StatisticsEngine engine;

    /** Each call to the steps bean is made as the batch runtime (its only admitted caller). */
    @Inject
    private BatchCaller batch;

    @Inject
    private JobContext jobContext;

    /**
     * TESTS ONLY: wait this many milliseconds after each indicator computed, so that a test can kill the
     * server while the run is under way (the crash test), from the server's system property
     * {@code dpf.test.statisticsItemDelayMillis} (see the job XML); never set by the platform.
     */
    @Inject
    @BatchProperty(name = "itemDelayMillis")
    private String itemDelayMillis;

    @Override
    public Object processItem(Object item) {
        IndicatorItem i = (IndicatorItem) item;
        JobSettings s = JobSettings.of(jobContext);
        Map<String, List<FigureValue>> values = batch.call(() -> engine.compute(i.indicatorCode(), s.root(), s.period(),
                s.asOf()));
        if (itemDelayMillis != null && !itemDelayMillis.isBlank()) {
            try {
                Thread.sleep(Long.parseLong(itemDelayMillis.trim()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while slowed down for a test", e);
            }
        }
        return new ComputedFigures(i, values);
    }
}
