package cn.xndpf.batch.subsidy;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Hands the exception that failed a chunk of rows to the job listener, which stores the run's failure reason. */
@Named("applicationImportChunkListener")
@Dependent
public class ApplicationImportChunkListener extends AbstractChunkListener {

    @Inject
    private JobContext jobContext;

    @Override
    public void onError(Exception failure) {
        ApplicationImportJobListener.failed(jobContext, failure);
    }
}
