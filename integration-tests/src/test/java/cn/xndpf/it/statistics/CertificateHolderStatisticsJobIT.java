package cn.xndpf.it.statistics;

import cn.xndpf.application.statistics.StatisticsJobs;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.it.Deployments;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The batch job {@code certificate-holder-statistics} in the real application: its stored figures equal a
 * direct count over the registry, a re-run replaces instead of adding, and a failed run restarts from its
 * checkpoint.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificateHolderStatisticsJobIT {

    private static final String JOB = "certificate-holder-statistics";
    private static final List<String> COUNTIES =
            List.of("630102", "630103", "630104", "630105", "630106", "630121", "630123");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CertificateHolderStatisticsJobIT.class);
    }

    @Resource(lookup = "jdbc/dpf")
    DataSource dataSource;

    @EJB
    StatisticsJobs statisticsJobs;

    @Test
    @Order(1)
    void storedFiguresEqualTheRegistryAndAReRunDoesNotDouble() throws Exception {
        LocalDate today = PlatformClock.today();
        JobOperator operator = BatchRuntime.getJobOperator();

        JobExecution first = await(operator, operator.start(JOB, params(today, null)));
        assertEquals(BatchStatus.COMPLETED, first.getBatchStatus(), first.getExitStatus());
        Map<String, Long> expected = registryCounts(today);
        assertTrue(expected.values().stream().mapToLong(Long::longValue).sum() > 0, "demo data has holders");
        assertEquals(expected, storedTotals(today));
        int rows = storedRows(today);

        JobExecution second = await(operator, operator.start(JOB, params(today, null)));
        assertEquals(BatchStatus.COMPLETED, second.getBatchStatus(), second.getExitStatus());
        assertEquals(expected, storedTotals(today), "a re-run replaces the figures, it never adds to them");
        assertEquals(rows, storedRows(today));

        assertTrue(operator.getJobNames().contains(JOB), "the batch runtime knows the job: " + operator.getJobNames());
    }

    @Test
    @Order(2)
    void aFailedRunRestartsFromItsCheckpointAndCompletes() throws Exception {
        LocalDate day = PlatformClock.today().minusDays(30);
        deleteStored(day);
        JobOperator operator = BatchRuntime.getJobOperator();

        JobExecution failed = await(operator, operator.start(JOB, params(day, 3)));
        assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
        assertEquals(3, storedTotals(day).size(), "three divisions stored before the injected failure");
        assertEquals(COUNTIES.subList(0, 3), new ArrayList<>(storedTotals(day).keySet()));

        // what StatisticsJobs.restart does: the original date, without the fault injection
        JobExecution restarted = await(operator, operator.restart(failed.getExecutionId(), params(day, null)));
        assertEquals(BatchStatus.COMPLETED, restarted.getBatchStatus(), restarted.getExitStatus());
        assertEquals(operator.getJobInstance(failed.getExecutionId()).getInstanceId(),
                operator.getJobInstance(restarted.getExecutionId()).getInstanceId());
        assertEquals(registryCounts(day), storedTotals(day));
        // the restart read only the four divisions after the checkpoint
        long read = operator.getStepExecutions(restarted.getExecutionId()).stream()
                .flatMap(s -> java.util.Arrays.stream(s.getMetrics()))
                .filter(m -> m.getType() == jakarta.batch.runtime.Metric.MetricType.READ_COUNT)
                .mapToLong(jakarta.batch.runtime.Metric::getValue).sum();
        assertEquals(4, read);
    }

    @Test
    @Order(3)
    void statisticsJobsIsForAdministratorsAndCityStaffOnly() {
        // this test runs without a caller identity
        assertThrows(EJBAccessException.class, () -> statisticsJobs.recent(5));
        assertThrows(EJBAccessException.class, () -> statisticsJobs.start(PlatformClock.today()));
    }

    private static Properties params(LocalDate day, Integer failAfter) {
        Properties p = new Properties();
        p.setProperty("statDate", day.toString());
        if (failAfter != null) {
            p.setProperty("failAfterDivisions", failAfter.toString());
        }
        return p;
    }

    private static JobExecution await(JobOperator operator, long executionId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (true) {
            JobExecution e = operator.getJobExecution(executionId);
            BatchStatus s = e.getBatchStatus();
            if (s == BatchStatus.COMPLETED || s == BatchStatus.FAILED || s == BatchStatus.STOPPED
                    || s == BatchStatus.ABANDONED) {
                return e;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("execution " + executionId + " still " + s);
            }
            Thread.sleep(250);
        }
    }

    /** Holders of a certificate valid on the day, per county, straight from the registry tables. */
    private Map<String, Long> registryCounts(LocalDate day) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM certificate c"
                     + " JOIN person p ON p.id = c.person_id"
                     + " WHERE c.division_code LIKE ? AND c.issued_on <= ?"
                     + " AND (c.status = 'VALID' OR c.cancelled_on > ?)")) {
            for (String county : COUNTIES) {
                s.setString(1, county + "%");
                s.setDate(2, Date.valueOf(day));
                s.setDate(3, Date.valueOf(day));
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        counts.put(county, r.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    /** Stored holders per county (counties with figures only), in code order. */
    private Map<String, Long> storedTotals(LocalDate day) throws SQLException {
        Map<String, Long> totals = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT division_code, SUM(holders)"
                     + " FROM stat_certificate_holders WHERE stat_date = ? GROUP BY division_code ORDER BY division_code")) {
            s.setDate(1, Date.valueOf(day));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    totals.put(r.getString(1), r.getLong(2));
                }
            }
        }
        return totals;
    }

    private int storedRows(LocalDate day) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM stat_certificate_holders WHERE stat_date = ?")) {
            s.setDate(1, Date.valueOf(day));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private void deleteStored(LocalDate day) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM stat_certificate_holders WHERE stat_date = ?")) {
            s.setDate(1, Date.valueOf(day));
            s.executeUpdate();
        }
    }
}
