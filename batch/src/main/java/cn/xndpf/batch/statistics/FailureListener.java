package cn.xndpf.batch.statistics;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes a failure readable where operators look: the server log names the county and the error of a failed
 * chunk, and a failed step's error becomes the job's exit status, which the statistics jobs screen shows.
 */
@Named("statisticsFailureListener")
@Dependent
public class FailureListener extends AbstractChunkListener implements StepListener {

    private static final Logger LOG = Logger.getLogger(FailureListener.class.getName());

    @Inject
    private JobContext jobContext;

    @Inject
    private StepContext stepContext;

    @Override
    public void onError(Exception ex) {
        LOG.log(Level.SEVERE, "Statistics job " + jobContext.getJobName() + " execution " + jobContext.getExecutionId()
                + " step " + stepContext.getStepName() + " failed: " + ex.getMessage(), ex);
    }

    @Override
    public void beforeStep() {
        // nothing to prepare
    }

    @Override
    public void afterStep() {
        Exception e = stepContext.getException();
        if (e != null) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            jobContext.setExitStatus("FAILED: " + (message.length() > 200 ? message.substring(0, 200) : message));
        }
    }
}
