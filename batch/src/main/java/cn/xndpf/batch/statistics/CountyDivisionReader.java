package cn.xndpf.batch.statistics;

import cn.xndpf.application.division.DivisionService;
import cn.xndpf.domain.division.Division;
import cn.xndpf.domain.division.DivisionCode;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the county-level divisions of the city in code order. The checkpoint is the index of the next
 * division, so a restart continues where the failed run stopped.
 */
@Named("countyDivisionReader")
@Dependent
public class CountyDivisionReader extends AbstractItemReader {

    @EJB
    private DivisionService divisions;

    private List<Division> counties;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        counties = divisions.children(DivisionCode.of(StatisticsJobParameters.CITY)).stream()
                .sorted(Comparator.comparing(d -> d.code().value()))
                .toList();
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        if (next >= counties.size()) {
            return null;
        }
        Division d = counties.get(next);
        CountyItem item = new CountyItem(next, d.code().value(), d.name());
        next++;
        return item;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
