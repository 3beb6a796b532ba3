package cn.xndpf.it.subsidy;

import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.statistics.StatisticsEngine;
import cn.xndpf.application.statistics.StatisticsJobs;
import cn.xndpf.application.subsidy.AnnualRecheck;
import cn.xndpf.application.subsidy.PaymentRollRunner;
import cn.xndpf.application.subsidy.SubsidyService;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.statistics.PeriodType;
import cn.xndpf.domain.statistics.StatisticsPeriod;
import cn.xndpf.domain.subsidy.PaymentRollKey;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The beans that do the batch jobs' steps admit the batch runtime's own identity only: a signed-in member of
 * staff, whatever the role, who calls them directly is refused by the container and nothing changes. (That
 * the jobs still run under that identity is what PaymentRollIT, AnnualRecheckIT and StatisticsJobsIT show.)
 * And the re-check of one case ({@link SubsidyService#recheck}) answers only the roles that run re-checks,
 * within their jurisdiction.
 */
@ExtendWith(ArquillianExtension.class)
class BatchIdentityIT {

    /** Every staff role a demo login has, the city-wide ones first. */
    private static final Map<String, String> STAFF = Map.of("admin", "admin123", "city", "city123",
            "chengdong", "district123", "civil-chengdong", "civil123", "clerk-dongguan", "clerk123",
            "worker-dongguan", "worker123");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(BatchIdentityIT.class, SubsidyFixtures.class, SubsidyFixtures.Holder.class);
    }

    @EJB
    private PaymentRollRunner rollSteps;

    @EJB
    private AnnualRecheck recheckSteps;

    @EJB
    private StatisticsEngine statisticsSteps;

    @EJB
    private StatisticsJobs statisticsJobs;

    @EJB
    private RegistryService registry;

    @EJB
    private SubsidyService subsidies;

    @EJB
    private CaseWorkflowService workflow;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    private final LocalDate today = PlatformClock.today();

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Rows of every table a batch step writes. */
    private List<Long> batchTables() throws SQLException {
        return List.of(count("SELECT COUNT(*) FROM payment_roll"), count("SELECT COUNT(*) FROM payment_line"),
                count("SELECT COUNT(*) FROM subsidy_recheck_finding"), count("SELECT COUNT(*) FROM stat_figure"),
                count("SELECT COUNT(*) FROM stat_figure_stage"));
    }

    @Test
    void noStaffRoleMayDoThePaymentRollsSteps() throws SQLException {
        List<Long> before = batchTables();
        for (Map.Entry<String, String> user : STAFF.entrySet()) {
            StaffLogin.as(user.getKey(), user.getValue());
            assertThrows(EJBAccessException.class, () -> rollSteps.begin(PaymentRollKey.of("2001-04", "630102"),
                    user.getKey(), 1L, 1L), user.getKey());
            assertThrows(EJBAccessException.class, () -> rollSteps.casesToRoll(1L), user.getKey());
            assertThrows(EJBAccessException.class, () -> rollSteps.complete(1L), user.getKey());
        }
        assertEquals(before, batchTables(), "no roll opened, no line written");
    }

    @Test
    void noStaffRoleMayDoTheRechecksSteps() throws SQLException {
        List<Long> before = batchTables();
        for (Map.Entry<String, String> user : STAFF.entrySet()) {
            StaffLogin.as(user.getKey(), user.getValue());
            assertThrows(EJBAccessException.class, () -> recheckSteps.clearOpenFindings(DivisionCode.of("630102"),
                    today), user.getKey());
            assertThrows(EJBAccessException.class, () -> recheckSteps.casesToRecheck(DivisionCode.of("630102"), 0L),
                    user.getKey());
            assertThrows(EJBAccessException.class, () -> recheckSteps.record(today, 1L, List.of()), user.getKey());
        }
        assertEquals(before, batchTables(), "no finding removed or written");
    }

    @Test
    void noStaffRoleMayComputeStageOrPublishStatisticsNorStartTheScheduledRuns() throws SQLException {
        List<Long> before = batchTables();
        StatisticsPeriod period = StatisticsPeriod.of(PeriodType.MONTH, LocalDate.of(2001, 4, 1));
        for (Map.Entry<String, String> user : STAFF.entrySet()) {
            StaffLogin.as(user.getKey(), user.getValue());
            assertThrows(EJBAccessException.class, () -> statisticsSteps.indicatorCodes(), user.getKey());
            assertThrows(EJBAccessException.class, () -> statisticsSteps.stage(1L, period, "X",
                    Map.of("630102", List.of())), user.getKey());
            assertThrows(EJBAccessException.class, () -> statisticsSteps.publish(1L, 1L, period,
                    DivisionCode.of("630100"), period.start()), user.getKey());
            assertThrows(EJBAccessException.class, () -> statisticsJobs.startScheduled(PeriodType.MONTH),
                    user.getKey());
            // the demo history's runs (DemoStatisticsHistory) are the batch identity's too
            assertThrows(EJBAccessException.class, () -> statisticsJobs.startForEveryCity(period), user.getKey());
            assertThrows(EJBAccessException.class, () -> statisticsJobs.unpublishedSince(period.start()),
                    user.getKey());
            assertThrows(EJBAccessException.class, () -> statisticsJobs.isRunning(1L), user.getKey());
        }
        assertEquals(before, batchTables(), "no figure staged or published");
        // what the statistics jobs screen reads for administrators and city staff stays open to them
        StaffLogin.as("city", "city123");
        assertFalse(statisticsSteps.counties(DivisionCode.of("630100")).isEmpty());
    }

    @Test
    void aCaseIsRecheckedOnlyByRecheckingStaffWithinTheirJurisdiction() {
        SubsidyFixtures fixtures = new SubsidyFixtures(registry, subsidies, workflow);
        SubsidyFixtures.Holder h = fixtures.holder(SubsidyFixtures.COMMUNITY_RECHECK, DisabilityCategory.PHYSICAL,
                DisabilityLevel.ONE, null);
        long caseId = fixtures.activeCase(h, SubsidyType.NURSING, today.minusMonths(1));

        StaffLogin.as("chengdong", "district123");
        assertTrue(subsidies.recheck(caseId, today).eligible(), "the district the case belongs to");
        StaffLogin.as("city", "city123");
        assertTrue(subsidies.recheck(caseId, today).eligible(), "the city over it");

        StaffLogin.as("chengzhong", "district123");
        NotFoundException missing = assertThrows(NotFoundException.class, () -> subsidies.recheck(-1L, today));
        NotFoundException elsewhere = assertThrows(NotFoundException.class, () -> subsidies.recheck(caseId, today));
        assertEquals(missing.key(), elsewhere.key(), "another district learns no more than of a missing case");
        assertEquals(missing.field(), elsewhere.field());

        for (String user : List.of("admin", "civil-chengdong", "clerk-dongguan", "worker-dongguan")) {
            StaffLogin.as(user, STAFF.get(user));
            assertThrows(EJBAccessException.class, () -> subsidies.recheck(caseId, today), user);
        }
    }
}
