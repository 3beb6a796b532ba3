package cn.xndpf.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The jobs this module defines ({@code META-INF/batch-jobs/*.xml}); checked and logged at startup so a
 * packaging mistake shows when the application is deployed, not when an administrator starts a job.
 * <p>
 * It is also this module's session bean: Payara refuses to deploy an EJB module that contains none, and
 * the batch artifacts themselves are CDI beans.
 */
@Singleton
@Startup
@PermitAll
public class BatchJobCatalog {

    /** Job names (file names of the job XML documents). */
    public static final List<String> JOBS = List.of("statistics-month", "statistics-quarter", "statistics-year",
            "statistics-five-year", "subsidy-payment-roll", "subsidy-annual-recheck", "employment-security-fund",
            "subsidy-application-import");

    private static final Logger LOG = Logger.getLogger(BatchJobCatalog.class.getName());

    private final List<String> available = new ArrayList<>();

    @PostConstruct
    void check() {
        ClassLoader loader = BatchJobCatalog.class.getClassLoader();
        for (String job : JOBS) {
            if (loader.getResource("META-INF/batch-jobs/" + job + ".xml") != null) {
                available.add(job);
            } else {
                LOG.severe(() -> "Batch job " + job + " has no META-INF/batch-jobs/" + job + ".xml in dpf-batch");
            }
        }
        LOG.info(() -> "Batch jobs available: " + available);
    }

    public List<String> available() {
        return List.copyOf(available);
    }
}
