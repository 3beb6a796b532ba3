package cn.xndpf.batch.statistics;

import cn.xndpf.batch.BatchCaller;
import cn.xndpf.application.statistics.StatisticsEngine;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Reads the catalogue's indicators, in catalogue order, leaving out those the job instance has already
 * staged for every county of the city: the staged figures, committed with each chunk, are what a restart
 * continues from, whatever the batch runtime kept. The checkpoint (the last indicator code) is kept as
 * well; staging replaces, so nothing is ever counted twice.
 */
@Named("indicatorReader")
@Dependent
public class IndicatorReader extends AbstractItemReader {

    @EJB
    private StatisticsEngine engine;

    /** Each call to the steps bean is made as the batch runtime (its only admitted caller). */
    @Inject
    private BatchCaller batch;

    private List<String> codes;
    private int next;

    @Inject
    private JobContext jobContext;

    @Override
    public void open(Serializable checkpoint) {
        Set<String> staged = batch.call(() -> engine.stagedIndicators(jobContext.getInstanceId(),
                JobSettings.of(jobContext).root()));
        List<String> all = batch.call(() -> engine.indicatorCodes());
        int from = checkpoint == null ? 0 : all.indexOf((String) checkpoint) + 1;
        codes = all.subList(from, all.size()).stream().filter(c -> !staged.contains(c)).toList();
        next = 0;
    }

    @Override
    public Object readItem() {
        if (next >= codes.size()) {
            return null;
        }
        return new IndicatorItem(codes.get(next++));
    }

    @Override
    public Serializable checkpointInfo() {
        return next == 0 ? null : codes.get(next - 1);
    }
}
