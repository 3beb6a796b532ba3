package cn.xndpf.batch.statistics;

import cn.xndpf.batch.BatchCaller;
import cn.xndpf.application.statistics.StatisticsEngine;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Stages each item's figures (one indicator, every county) under the job instance, replacing what an
 * earlier attempt staged for the same indicator, in the chunk's transaction together with its checkpoint:
 * a crash loses at most the chunk in progress, and a restart never adds a figure twice. Nothing is visible
 * to users until the publish step.
 */
@Named("stagedFigureWriter")
@Dependent
public class StagedFigureWriter extends AbstractItemWriter {

    @EJB
    private StatisticsEngine engine;

    /** Each call to the steps bean is made as the batch runtime (its only admitted caller). */
    @Inject
    private BatchCaller batch;

    @Inject
    private JobContext jobContext;

    @Override
    public void writeItems(List<Object> items) {
        JobSettings s = JobSettings.of(jobContext);
        for (Object o : items) {
            ComputedFigures f = (ComputedFigures) o;
            batch.run(() -> engine.stage(jobContext.getInstanceId(), s.period(), f.item().indicatorCode(),
                    f.valuesByCounty()));
        }
    }
}
