package cn.xndpf.batch.employment;

import cn.xndpf.application.employment.SecurityFundService;
import cn.xndpf.application.employment.SecurityFundSteps;
import cn.xndpf.batch.BatchCaller;
import cn.xndpf.domain.division.DivisionCode;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Iterator;

/**
 * Reads the employers of the division in id order; the checkpoint is the last id read, so a restart goes on after
 * the last stored chunk.
 */
@Named("securityFundEmployerReader")
@Dependent
public class EmployerReader extends AbstractItemReader {

    @EJB
    private SecurityFundSteps steps;

    @Inject
    private BatchCaller batch;

    @Inject
    @BatchProperty(name = SecurityFundService.DIVISION)
    private String division;

    private Iterator<Long> ids;
    private long lastId;
    private int index;

    @Override
    public void open(Serializable checkpoint) {
        if (division == null || division.isBlank()) {
            throw new IllegalArgumentException("Job parameter " + SecurityFundService.DIVISION + " is required");
        }
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
        ids = batch.call(() -> steps.employers(DivisionCode.of(division.trim()), lastId)).iterator();
    }

    @Override
    public Object readItem() {
        if (!ids.hasNext()) {
            return null;
        }
        lastId = ids.next();
        return new long[] {index++, lastId};
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
