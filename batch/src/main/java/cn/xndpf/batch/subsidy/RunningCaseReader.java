package cn.xndpf.batch.subsidy;

import cn.xndpf.application.subsidy.AnnualRecheck;
import cn.xndpf.application.subsidy.SubsidyRecheckService;
import cn.xndpf.domain.division.DivisionCode;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the running (active and suspended) subsidy cases of the division in id order, a page at a time.
 * The checkpoint is the id of the last case read, so a restart goes on after the last stored chunk even if
 * cases were added or ended in the meantime.
 */
@Named("runningSubsidyCaseReader")
@Dependent
public class RunningCaseReader extends AbstractItemReader {

    private static final int PAGE = 200;

    @EJB
    private AnnualRecheck recheck;

    @Inject
    @BatchProperty(name = SubsidyRecheckService.DIVISION)
    private String divisionParameter;

    private DivisionCode division;
    private final Deque<Long> page = new ArrayDeque<>();
    private long lastId;
    private int index;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        division = RecheckJobParameters.division(divisionParameter);
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(recheck.casesToRecheck(division, lastId, PAGE));
            exhausted = page.size() < PAGE;
        }
        Long next = page.poll();
        if (next == null) {
            return null;
        }
        lastId = next;
        return new RecheckItem(index++, next);
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
