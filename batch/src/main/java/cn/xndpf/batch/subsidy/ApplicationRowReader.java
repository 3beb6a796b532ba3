package cn.xndpf.batch.subsidy;

import cn.xndpf.application.subsidy.SubsidyImportService;
import cn.xndpf.application.subsidy.SubsidyImportSteps;
import cn.xndpf.batch.BatchCaller;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Iterator;

/**
 * Reads the data rows of the run's stored workbook (streamed, as parsed forms) after the checkpoint, which is
 * the spreadsheet row number of the last row read.
 */
@Named("applicationRowReader")
@Dependent
public class ApplicationRowReader extends AbstractItemReader {

    @EJB
    private SubsidyImportSteps steps;

    /** Each call to the steps bean is made as the batch runtime (its only admitted caller). */
    @Inject
    private BatchCaller batch;

    @Inject
    private JobContext jobContext;

    private Iterator<SubsidyImportService.ParsedRow> rows;
    private Integer lastRead;

    @Override
    public void open(Serializable checkpoint) {
        lastRead = (Integer) checkpoint;
        int after = lastRead == null ? 0 : lastRead;
        rows = batch.call(() -> steps.rowsAfter(ApplicationImportJobListener.runId(jobContext), after)).iterator();
    }

    @Override
    public Object readItem() {
        if (!rows.hasNext()) {
            return null;
        }
        SubsidyImportService.ParsedRow row = rows.next();
        lastRead = row.number();
        return row;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead;
    }
}
