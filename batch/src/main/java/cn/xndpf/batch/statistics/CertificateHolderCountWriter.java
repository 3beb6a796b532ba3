package cn.xndpf.batch.statistics;

import cn.xndpf.application.statistics.CertificateHolderStatistics;
import cn.xndpf.domain.division.DivisionCode;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.logging.Logger;

/**
 * Stores each division's figures by replacing what was stored for that division and date, inside the
 * chunk's transaction: a re-run or a restart never counts a division twice.
 */
@Named("certificateHolderCountWriter")
@Dependent
public class CertificateHolderCountWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(CertificateHolderCountWriter.class.getName());

    @EJB
    private CertificateHolderStatistics statistics;

    @Inject
    private JobContext jobContext;

    @Override
    public void writeItems(List<Object> items) {
        for (Object o : items) {
            CountyResult r = (CountyResult) o;
            long holders = statistics.replace(DivisionCode.of(r.county().code()), r.day(), r.counts());
            LOG.info(() -> String.format("持证残疾人统计 %s %s %s: %d holders", r.day(), r.county().code(),
                    r.county().name(), holders));
            if (jobContext.getTransientUserData() instanceof JobTotals totals) {
                totals.add(holders);
            }
        }
    }
}
