package cn.xndpf.batch.statistics;

import cn.xndpf.application.statistics.StatisticsEngine;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Reads the catalogue's indicators, in catalogue order, for the partition's county. The checkpoint is the
 * code of the last indicator stored, so a restart continues after it even if the catalogue gained or lost
 * rows in the meantime (an unknown checkpoint starts over; staging replaces, so nothing is counted twice).
 */
@Named("indicatorReader")
@Dependent
public class IndicatorReader extends AbstractItemReader {

    @EJB
    private StatisticsEngine engine;

    @Inject
    @BatchProperty(name = CountyPartitionMapper.COUNTY)
    private String county;

    private List<String> codes;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        codes = engine.indicatorCodes();
        next = checkpoint == null ? 0 : codes.indexOf((String) checkpoint) + 1;
    }

    @Override
    public Object readItem() {
        if (next >= codes.size()) {
            return null;
        }
        return new IndicatorItem(codes.get(next++), county);
    }

    @Override
    public Serializable checkpointInfo() {
        return next == 0 ? null : codes.get(next - 1);
    }
}
