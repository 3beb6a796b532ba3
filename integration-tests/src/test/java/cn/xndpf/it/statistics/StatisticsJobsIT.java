package cn.xndpf.it.statistics;

import cn.xndpf.application.statistics.FigureView;
import cn.xndpf.application.statistics.PeriodSummary;
import cn.xndpf.application.statistics.Report;
import cn.xndpf.application.statistics.StatisticsJobs;
import cn.xndpf.application.statistics.StatisticsReports;
import cn.xndpf.application.statistics.StatisticsService;
import cn.xndpf.application.subsidy.SubsidyApplication;
import cn.xndpf.application.subsidy.SubsidyService;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.statistics.PeriodType;
import cn.xndpf.domain.statistics.StatisticsPeriod;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.domain.workflow.ReviewDecision;
import cn.xndpf.expected.ExpectedFigures;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import jakarta.annotation.Resource;
import cn.xndpf.application.statistics.JobRun;
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
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statistics jobs in the real application on generated data (the demo registry, generated subsidy
 * cases and payments, and an application taken through the real workflow): every catalogued indicator's
 * stored figures equal the test's own count over the same tables, for each kind of period; a re-run
 * replaces; a run's item is an indicator computed for every county at once; a failed run leaves the
 * published figures alone and its restart continues with the first indicator it had not staged; reports and
 * jurisdiction.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatisticsJobsIT {

    private static final String CITY = "630100";
    private static boolean generated;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(StatisticsJobsIT.class, GeneratedCases.class, Jobs.class);
    }

    @Resource(lookup = "jdbc/dpf")
    DataSource ds;

    @EJB
    StatisticsJobs jobs;

    @EJB
    StatisticsService statistics;

    @EJB
    StatisticsReports reports;

    @EJB
    SubsidyService subsidies;

    @EJB
    CaseWorkflowService workflow;

    private static long appliedCase;

    private void generate() throws Exception {
        if (generated) {
            return;
        }
        LocalDate today = PlatformClock.today();
        new GeneratedCases(20_260_101L).write(ds, 150, LocalDate.of(today.getYear() - 1, 1, 1).minusMonths(3), today);
        povertyRecords(today);
        // social security (社会保障)
        socialSecurityRecords(today);
        // employment services (就业服务)
        employmentServiceRecords(today);
        // accessibility (无障碍)
        accessibilityRecords(today);
        generated = true;
    }

    /*
     * poverty (脱贫解困): two households of Xining, one lifted last year, monitored and its risk removed, the other
     * (in 大通县's pilot, V53's 1700) lifted today and helped by a neighbour last June and this month, so the
     * poverty indicators are not all zero in the year, the five years and the month.
     */
    private void povertyRecords(LocalDate today) throws SQLException {
        LocalDate lastYear = LocalDate.of(today.getYear() - 1, 1, 1);
        LocalDate thisMonth = today.withDayOfMonth(1);
        execute("INSERT INTO household (id, household_no, division_code, address, urban, version) VALUES"
                + " (-4000101, 'PVIT1', '630102', '测试地址', 1, 0)");
        execute("INSERT INTO household (id, household_no, division_code, address, urban, version) VALUES"
                + " (-4000102, 'PVIT2', '630121', '测试地址', 0, 0)");
        String status = "INSERT INTO poverty_status (id, household_id, seq, status, poor_kind, effective_on,"
                + " division_code, recorded_by, recorded_on) VALUES ";
        execute(status + "(-4000111, -4000101, 1, 'POOR', 'REGISTERED', " + day(lastYear) + ", '630102', 'it', " + day(lastYear) + ")");
        execute(status + "(-4000112, -4000101, 2, 'LIFTED', NULL, " + day(lastYear.plusMonths(2)) + ", '630102', 'it', "
                + day(lastYear.plusMonths(2)) + ")");
        execute(status + "(-4000113, -4000102, 1, 'POOR', 'LOW_INCOME', " + day(lastYear) + ", '630121', 'it', " + day(lastYear) + ")");
        execute(status + "(-4000114, -4000102, 2, 'LIFTED', NULL, " + day(today) + ", '630121', 'it', " + day(today) + ")");
        execute("INSERT INTO poverty_monitoring (id, household_id, division_code, started_on, risk_removed_on, recorded_by,"
                + " version) VALUES (-4000121, -4000101, '630102', " + day(lastYear.plusMonths(4)) + ", "
                + day(lastYear.plusMonths(7)) + ", 'it', 1)");
        execute("INSERT INTO poverty_monitoring_risk (monitoring_id, risk_kind) VALUES (-4000121, 'ILLNESS')");
        String payment = "INSERT INTO mutual_aid_payment (id, pilot_id, household_id, helper_id_number, helper_name,"
                + " pay_month, amount, division_code, paid_on, recorded_by) VALUES ";
        execute(payment + "(-4000131, 1700, -4000102, '630121197001019990', '测试邻居', " + day(lastYear.plusMonths(5))
                + ", 200.00, '630121', " + day(lastYear.plusMonths(5).plusDays(20)) + ", 'it')");
        execute(payment + "(-4000132, 1700, -4000102, '630121197001019990', '测试邻居', " + day(thisMonth)
                + ", 200.00, '630121', " + day(today) + ", 'it')");
    }

    /*
     * social security (社会保障): the pension lists of two and three years ago (years SocialSecurityIT cannot compile,
     * so its lists stay its own) for the first three demo holders of Xining (not people other tests made and may
     * remove), answered insured, not insured and not at all; and a 特困 household for the first demo holder of level
     * 1-2 with a household, so the inclusion rate, the participation and the shares are not all zero.
     */
    private void socialSecurityRecords(LocalDate today) throws SQLException {
        List<Object[]> holders = new ArrayList<>();
        Long tekunHousehold = null;
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("SELECT p.id, p.division_code,"
                + " c.cert_level, p.household_id, c.issued_on FROM person p JOIN certificate c ON c.person_id = p.id"
                + " AND c.current_cert = 1 AND c.status = 'VALID' WHERE p.division_code LIKE '6301%' AND p.id > 0"
                + " AND p.death_date IS NULL ORDER BY p.id"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                if (holders.size() < 3) {
                    holders.add(new Object[]{r.getLong(1), r.getString(2), r.getInt(3)});
                }
                // holding the certificate by the end of last year, so the year counts the household too
                if (tekunHousehold == null && r.getInt(3) <= 2 && r.getObject(4) != null
                        && r.getDate(5).toLocalDate().getYear() < today.getYear()) {
                    tekunHousehold = r.getLong(4);
                }
            }
        }
        assertEquals(3, holders.size(), "generated holders in Xining");
        execute("INSERT INTO household_assistance (id, household_id, status, valid_from, source) VALUES (-4000201, "
                + tekunHousehold + ", 'TEKUN', " + day(today.minusYears(2)) + ", 'it')");
        for (int year = today.getYear() - 3; year <= today.getYear() - 2; year++) {
            for (int i = 0; i < holders.size(); i++) {
                Object[] h = holders.get(i);
                int level = (Integer) h[2];
                execute("INSERT INTO pension_list_line (list_year, person_id, division_code, cert_level, government_share,"
                        + " compiled_on, compiled_by) VALUES (" + year + ", " + h[0] + ", '" + h[1] + "', " + level + ", "
                        + (level <= 2 ? "100.00" : "50.00") + ", " + day(LocalDate.of(year, 1, 5)) + ", 'it')");
                if (i < 2) {
                    execute("INSERT INTO pension_answer (list_year, person_id, pension_insured, medical_insured,"
                            + " medical_assistance, reported_by, reported_at) VALUES (" + year + ", " + h[0] + ", "
                            + (i == 0 ? 1 : 0) + ", 1, NULL, 'partner:it', TIMESTAMP '" + year + "-03-01 10:00:00')");
                }
            }
        }
    }

    /*
     * employment services (就业服务), for the first three demo holders of Xining (their divisions): two courses, one
     * that ended last March (two attendances) and one from last December that ended on this month's first day (one);
     * a fair last June and one today; a placement of last April and one of this month (both ended, so no service
     * check on the demo people is touched); a sheltered institution qualified since last January with a worker still
     * there and one who left last July, another qualified for last year only with a worker who left with it; a
     * subsidy of last March and one of this month; a base recognised last May and one today. So every service
     * indicator has figures in the month, the year and the five years, and the period-end ones differ between them.
     */
    private void employmentServiceRecords(LocalDate today) throws SQLException {
        List<String[]> holders = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("SELECT p.id, p.division_code"
                + " FROM person p JOIN certificate c ON c.person_id = p.id AND c.current_cert = 1 AND c.status = 'VALID'"
                + " WHERE p.division_code LIKE '6301%' AND p.id > 0 AND p.death_date IS NULL ORDER BY p.id");
             ResultSet r = s.executeQuery()) {
            while (r.next() && holders.size() < 3) {
                holders.add(new String[]{r.getString(1), r.getString(2)});
            }
        }
        assertEquals(3, holders.size(), "generated holders in Xining");
        LocalDate lastYear = LocalDate.of(today.getYear() - 1, 1, 1);
        LocalDate thisMonth = today.withDayOfMonth(1);
        String a = "'" + holders.get(0)[1] + "'";
        String b = "'" + holders.get(1)[1] + "'";
        String course = "INSERT INTO training_course (id, name, trade, organiser, division_code, starts_on, ends_on,"
                + " total_cost, version) VALUES ";
        execute(course + "(-4000301, '统计测试培训班', '面点师', '测试残联', " + a + ", " + day(lastYear.plusMonths(2)) + ", "
                + day(lastYear.plusMonths(2).plusDays(19)) + ", 12000.00, 0)");
        execute(course + "(-4000302, '统计测试跨年培训班', '盲人按摩', '测试残联', " + b + ", " + day(lastYear.plusMonths(11))
                + ", " + day(thisMonth) + ", 8000.50, 0)");
        String attendance = "INSERT INTO training_attendance (id, course_id, person_id, enrolled_on, completed_on, version)"
                + " VALUES ";
        execute(attendance + "(-4000311, -4000301, " + holders.get(0)[0] + ", " + day(lastYear.plusMonths(2)) + ", "
                + day(lastYear.plusMonths(2).plusDays(19)) + ", 0)");
        execute(attendance + "(-4000312, -4000301, " + holders.get(1)[0] + ", " + day(lastYear.plusMonths(2)) + ", NULL, 0)");
        execute(attendance + "(-4000313, -4000302, " + holders.get(2)[0] + ", " + day(lastYear.plusMonths(11)) + ", NULL, 0)");
        String fair = "INSERT INTO job_fair (id, held_on, place, division_code, organiser, jobs_offered, other_seekers,"
                + " version) VALUES ";
        execute(fair + "(-4000321, " + day(lastYear.plusMonths(5).plusDays(9)) + ", '测试人才市场', " + a + ", '测试残联', 40, 60, 0)");
        execute(fair + "(-4000322, " + day(today) + ", '测试人才市场', " + b + ", '测试残联', 20, 30, 0)");
        String placement = "INSERT INTO employment_placement (id, person_id, kind, division_code, started_on, ended_on,"
                + " open_key, version) VALUES ";
        execute(placement + "(-4000331, " + holders.get(0)[0] + ", 'SELF_EMPLOYED', " + a + ", "
                + day(lastYear.plusMonths(3)) + ", " + day(lastYear.plusMonths(9)) + ", NULL, 0)");
        execute(placement + "(-4000332, " + holders.get(1)[0] + ", 'ONLINE', " + b + ", " + day(thisMonth) + ", "
                + day(today) + ", NULL, 0)");
        String institution = "INSERT INTO institution (id, name, kind, qualification, capacity, division_code, valid_from,"
                + " valid_to, version) VALUES ";
        execute(institution + "(-4000341, '统计测试辅助性就业机构甲', 'SHELTERED_EMPLOYMENT', '测残就字1号', 20, " + a + ", "
                + day(lastYear) + ", NULL, 0)");
        execute(institution + "(-4000342, '统计测试辅助性就业机构乙', 'SHELTERED_EMPLOYMENT', '测残就字2号', 20, " + b + ", "
                + day(lastYear) + ", " + day(lastYear.plusYears(1).minusDays(1)) + ", 0)");
        execute("INSERT INTO institution_service (institution_id, service_kind) VALUES (-4000341, 'SHELTERED_WORK')");
        execute("INSERT INTO institution_service (institution_id, service_kind) VALUES (-4000342, 'SHELTERED_WORK')");
        String enrolment = "INSERT INTO institution_enrolment (id, person_id, institution_id, service_kind, valid_from,"
                + " valid_to) VALUES ";
        execute(enrolment + "(-4000351, " + holders.get(0)[0] + ", -4000341, 'SHELTERED_WORK', " + day(lastYear.plusMonths(1))
                + ", NULL)");
        execute(enrolment + "(-4000352, " + holders.get(1)[0] + ", -4000342, 'SHELTERED_WORK', " + day(lastYear.plusMonths(1))
                + ", " + day(lastYear.plusYears(1).minusDays(1)) + ")");
        execute(enrolment + "(-4000353, " + holders.get(2)[0] + ", -4000341, 'SHELTERED_WORK', " + day(lastYear.plusMonths(1))
                + ", " + day(lastYear.plusMonths(7).minusDays(1)) + ")");
        String subsidy = "INSERT INTO sheltered_subsidy (id, institution_id, subsidy_month, division_code, rate,"
                + " worker_count, amount, paid_by, paid_at) VALUES ";
        execute(subsidy + "(-4000361, -4000341, " + day(lastYear.plusMonths(2)) + ", " + a + ", 300.00, 2, 600.00, 'it',"
                + " TIMESTAMP '" + lastYear.plusMonths(3) + " 10:00:00')");
        execute(subsidy + "(-4000362, -4000341, " + day(thisMonth) + ", " + a + ", 300.00, 1, 300.00, 'it',"
                + " TIMESTAMP '" + today + " 10:00:00')");
        String base = "INSERT INTO employment_base (id, name, kind_code, division_code, recognised_on, disabled_employed,"
                + " version) VALUES ";
        execute(base + "(-4000371, '统计测试掐丝基地', 'HERITAGE_QIASI', " + a + ", " + day(lastYear.plusMonths(4).plusDays(4))
                + ", 12, 0)");
        execute(base + "(-4000372, '统计测试创业孵化基地', 'ENTREPRENEURSHIP', " + b + ", " + day(today) + ", 5, 0)");
    }

    /** accessibility (无障碍): the generated inventory entry (footbridge lifts of 城东区). */
    private static final long FACILITY = -4000301;

    /*
     * accessibility (无障碍): footbridge lifts of 城东区 counted three times, 3 in January and 4 in July of last year,
     * and 5 today: last year (and its last complete quarter or earlier) takes the July count, in force on its last
     * day; this month the count of today. A count revised after a period's end leaves the period's figure.
     */
    private void accessibilityRecords(LocalDate today) throws SQLException {
        LocalDate lastYear = LocalDate.of(today.getYear() - 1, 1, 1);
        execute("INSERT INTO accessible_facility (id, division_code, kind, name, recorded_by, version) VALUES ("
                + FACILITY + ", '630102', 'FOOTBRIDGE_LIFT', '统计测试天桥', 'it', 2)");
        String count = "INSERT INTO accessible_facility_count (id, facility_id, quantity, counted_on, recorded_by,"
                + " version) VALUES ";
        execute(count + "(-4000311, " + FACILITY + ", 3, " + day(lastYear.plusDays(9)) + ", 'it', 0)");
        execute(count + "(-4000312, " + FACILITY + ", 4, " + day(lastYear.plusMonths(6)) + ", 'it', 0)");
        execute(count + "(-4000313, " + FACILITY + ", 5, " + day(today) + ", 'it', 0)");
    }

    private static String day(LocalDate d) {
        return "DATE '" + d + "'";
    }

    /*
     * One living-subsidy application today, taken through the real workflow: each level by its own user,
     * one request (test method) each, as the caller of a request cannot change within it.
     */

    @Test
    @Order(1)
    void aDistrictTakesAnApplication() throws Exception {
        generate();
        String idNumber;
        long household;
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("SELECT p.id_number,"
                + " p.household_id FROM person p JOIN certificate c ON c.person_id = p.id AND c.status = 'VALID'"
                + " WHERE p.division_code LIKE '630102001%' AND p.death_date IS NULL AND p.household_id IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM program_case pc WHERE pc.person_id = p.id)"
                + " AND NOT EXISTS (SELECT 1 FROM overlapping_benefit b WHERE b.person_id = p.id) ORDER BY p.id");
             ResultSet r = s.executeQuery()) {
            assertTrue(r.next(), "a demo person in 东关街道 without cases");
            idNumber = r.getString(1);
            household = r.getLong(2);
        }
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO household_assistance"
                + " (id, household_id, status, valid_from, source) VALUES (-4000001, ?, 'DIBAO', ?, 'it')")) {
            s.setLong(1, household);
            s.setDate(2, Date.valueOf(PlatformClock.today().minusYears(1)));
            s.executeUpdate();
        }
        StaffLogin.as("chengdong", "district123");
        appliedCase = subsidies.apply(new SubsidyApplication(idNumber, SubsidyType.LIVING, "青海银行",
                "6230000000000001234", null));
    }

    @Test
    @Order(2)
    void theTownshipReviewsItFirst() {
        StaffLogin.as("clerk-dongguan", "clerk123");
        workflow.review(appliedCase, workflow.open(appliedCase).version(), ReviewDecision.APPROVE, null);
    }

    @Test
    @Order(3)
    void theDistrictReviewsIt() {
        StaffLogin.as("chengdong", "district123");
        workflow.review(appliedCase, workflow.open(appliedCase).version(), ReviewDecision.APPROVE, null);
    }

    @Test
    @Order(4)
    void civilAffairsApprovesIt() {
        StaffLogin.as("civil-chengdong", "civil123");
        workflow.review(appliedCase, workflow.open(appliedCase).version(), ReviewDecision.APPROVE, null);
    }

    @Test
    @Order(5)
    void everyCataloguedIndicatorEqualsTheTestsOwnCountForEachKindOfPeriod() throws Exception {
        generate();
        LocalDate today = PlatformClock.today();
        StaffLogin.as("admin", "admin123");
        List<StatisticsPeriod> periods = List.of(
                StatisticsPeriod.containing(PeriodType.MONTH, today),
                StatisticsPeriod.lastCompleteBefore(PeriodType.QUARTER, today),
                StatisticsPeriod.of(PeriodType.YEAR, LocalDate.of(today.getYear() - 1, 1, 1)),
                StatisticsPeriod.of(PeriodType.FIVE_YEAR, LocalDate.of(today.getYear() - 4, 1, 1)));
        for (StatisticsPeriod p : periods) {
            JobRun e = Jobs.await(jobs, jobs.start(p.type(), p.start(), CITY));
            assertEquals("COMPLETED", e.status(), p + ": " + e.exitStatus());
            assertEquals(e.itemsTotal(), e.itemsDone());
            // the shape that makes a period cheap: one item (and one chunk) per indicator, every county in it
            int indicators = e.itemsTotal() / counties().size();
            assertEquals(indicators, Jobs.read(e, "compute"), p + ": an item is an indicator, not indicator x county");
            assertTrue(Jobs.commits(e, "compute") <= indicators + 1, p + ": a commit per indicator at most, not "
                    + Jobs.commits(e, "compute"));
            Map<String, String> expected = expected(p, p.asOf(today));
            assertEquals(expected, stored(p), p.toString());
            assertTrue(nonZero(expected, "REG_HOLDERS|"), "demo certificate holders counted");
            if (p.type() == PeriodType.YEAR || p.type() == PeriodType.FIVE_YEAR) {
                for (String code : List.of("SUB_PAID|", "SUB_LIVING_APPLICATIONS|", "SUB_NURSING_APPROVALS|",
                        "SUB_RECIPIENTS|", "SUB_LIVING_ELIGIBLE|", "REG_NEW_CERTIFICATES|",
                        // poverty (脱贫解困)
                        "POVERTY_LIFTED|", "POVERTY_MONITORED|", "POVERTY_RISK_REMOVED|", "POVERTY_MUTUAL_AID_AMOUNT|",
                        // social security (社会保障)
                        "SOCIAL_INCLUSION_RATE|",
                        // employment services (就业服务)
                        "EMP_TRAINING_PERSON_TIMES|", "EMP_TRAINING_COST|", "EMP_JOB_FAIRS|", "EMP_PLACEMENTS|",
                        "EMP_SHELTERED_INSTITUTIONS|", "EMP_SHELTERED_WORKERS|", "EMP_SHELTERED_SUBSIDY|",
                        "EMP_BASES_NEW|")) {
                    assertTrue(nonZero(expected, code), p + ": generated data reaches " + code);
                }
            }
            // social security (社会保障): the lists of two and three years ago are the five years'
            if (p.type() == PeriodType.FIVE_YEAR) {
                for (String code : List.of("SOCIAL_PENSION_RATE|", "SOCIAL_MEDICAL_RATE|")) {
                    assertTrue(nonZero(expected, code), p + ": generated data reaches " + code);
                }
                assertTrue(nonZero(expected, "SOCIAL_PENSION_PAID_FULL|") || nonZero(expected, "SOCIAL_PENSION_SUBSIDY|"),
                        p + ": generated data reaches the pension shares");
            }
        }
        // the application taken through the real workflow today is this month's
        PeriodSummary month = statistics.summary(periods.get(0), "630102");
        assertTrue(month.figure("SUB_LIVING_APPROVALS").orElseThrow().value().signum() > 0);
        // accessibility (无障碍): the generated entry adds the count in force on each period's last day, last year
        // its July count though it was revised today, this month today's
        StatisticsPeriod year = periods.get(2);
        assertEquals(inForceBesidesTheGenerated(year.end()).add(new BigDecimal("4")).setScale(2),
                storedTotal(year, "ACC_FOOTBRIDGE_LIFTS", "630102").setScale(2), "last year keeps the count of July");
        assertEquals(inForceBesidesTheGenerated(today).add(new BigDecimal("5")).setScale(2),
                storedTotal(periods.get(0), "ACC_FOOTBRIDGE_LIFTS", "630102").setScale(2), "this month today's count");
        // poverty (脱贫解困): today's lift and this month's mutual aid are this month's
        PeriodSummary datong = statistics.summary(periods.get(0), "630121");
        assertTrue(datong.figure("POVERTY_LIFTED").orElseThrow().value().signum() > 0);
        assertTrue(datong.figure("POVERTY_MUTUAL_AID_AMOUNT").orElseThrow().value().signum() > 0);
        // employment services (就业服务): the course that ended on this month's first day, today's fair, this
        // month's placement, subsidy and base are this month's; the worker still there is counted at its end
        PeriodSummary xining = statistics.summary(periods.get(0), CITY);
        for (String code : List.of("EMP_TRAINING_PERSON_TIMES", "EMP_TRAINING_COST", "EMP_JOB_FAIRS", "EMP_PLACEMENTS",
                "EMP_SHELTERED_INSTITUTIONS", "EMP_SHELTERED_WORKERS", "EMP_SHELTERED_SUBSIDY", "EMP_BASES_NEW")) {
            assertTrue(xining.figure(code).orElseThrow().value().signum() > 0, "this month's " + code);
        }
    }

    @Test
    @Order(6)
    void aFailedRunPublishesNothingAndItsRestartContinuesWithTheIndicatorsNotStaged() throws Exception {
        generate();
        StaffLogin.as("admin", "admin123");
        StatisticsPeriod year = StatisticsPeriod.of(PeriodType.YEAR, LocalDate.of(PlatformClock.today().getYear() - 1, 1, 1));
        Map<String, String> before = stored(year);
        assertTrue(!before.isEmpty(), "the year was published by the first test");
        int counties = counties().size();
        // a catalogue row naming a calculator nobody registered: every county fails at it, half-way through
        execute("INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator,"
                + " numerator_def_zh, numerator_def_en, dimensions, key_figure, display_order, active) VALUES"
                + " ('IT_BROKEN', 'REGISTRY', '测试', 'test', '人', 'COUNT', 'IN_PERIOD', 'no.such.calculator',"
                + " '测试', 'test', 'SEX', 0, 35, 1)");
        long failedId;
        try {
            JobRun failed = Jobs.await(jobs, jobs.start(PeriodType.YEAR, year.start(), CITY));
            failedId = failed.executionId();
            assertEquals("FAILED", failed.status());
            assertEquals(3 * counties, failed.itemsDone(), "three indicators of every county were staged");
            Map<String, Integer> staged = stagedCounties(failed.instanceId());
            assertEquals(3, staged.size(), "the three indicators before the broken one, nothing of it: " + staged);
            assertTrue(staged.values().stream().allMatch(n -> n == counties), "each with every county: " + staged);
            int indicators = failed.itemsTotal() / counties;
            assertEquals(before, stored(year), "a failed run changes no published figure");
            InvalidValueException running = assertThrows(InvalidValueException.class, () -> jobs.restart(-1));
            assertEquals("batch.executionNotFound", running.key());
            // what the failed run computed is marked in its staging area: a restart that continues from it
            // publishes the mark, one that computed everything again would not
            execute("UPDATE stat_figure_stage SET figure_value = figure_value + 1000 WHERE indicator_code = 'REG_HOLDERS'"
                    + " AND division_code = '630102' AND dimension = 'TOTAL'");
            // the catalogue is put right and the run restarted
            execute("UPDATE stat_indicator SET calculator = 'registry.holders' WHERE code = 'IT_BROKEN'");
            JobRun restarted = Jobs.await(jobs, jobs.restart(failedId));
            assertEquals("COMPLETED", restarted.status(), restarted.exitStatus());
            assertEquals(restarted.instanceId(), failed.instanceId(), "the same job instance continues");
            assertEquals(indicators - 3, Jobs.read(restarted, "compute"),
                    "the restart reads only the indicators the failed run had not staged");
            Map<String, String> after = stored(year);
            assertTrue(after.keySet().stream().anyMatch(k -> k.startsWith("IT_BROKEN|")), "the repaired item is computed");
            after.keySet().removeIf(k -> k.startsWith("IT_BROKEN|"));
            String marked = "REG_HOLDERS|630102|TOTAL|-";
            assertEquals(new BigDecimal(before.get(marked)).add(BigDecimal.valueOf(1000)).setScale(2).toPlainString(),
                    after.get(marked), "the restart continued from what the failed run had stored");
            after.put(marked, before.get(marked));
            assertEquals(before, after, "otherwise the same figures, none twice");
        } finally {
            execute("DELETE FROM stat_figure WHERE indicator_code = 'IT_BROKEN'");
            execute("DELETE FROM stat_figure_stage WHERE indicator_code = 'IT_BROKEN'");
            execute("DELETE FROM stat_indicator WHERE code = 'IT_BROKEN'");
        }
        // a re-run replaces the period's figures: the correct ones again, none added
        JobRun again = Jobs.await(jobs, jobs.start(PeriodType.YEAR, year.start(), CITY));
        assertEquals("COMPLETED", again.status());
        assertEquals(before, stored(year));
        long failedRun = failedId;
        assertTrue(jobs.recent(50).stream().anyMatch(r -> r.executionId() == failedRun && "FAILED".equals(r.status())),
                "the failed execution stays listed beside its restart");
    }

    @Test
    @Order(7)
    void aDistrictSeesItsOwnFiguresOnly() throws Exception {
        StatisticsPeriod year = StatisticsPeriod.of(PeriodType.YEAR, LocalDate.of(PlatformClock.today().getYear() - 1, 1, 1));
        StaffLogin.as("chengdong", "district123");
        PeriodSummary own = statistics.summary(year, "630102");
        assertEquals(storedTotal(year, "REG_HOLDERS", "630102"), own.figure("REG_HOLDERS").orElseThrow().value());
        assertThrows(AccessDeniedException.class, () -> statistics.summary(year, "630103"));
        assertThrows(AccessDeniedException.class, () -> statistics.summary(year, CITY));
        assertThrows(EJBAccessException.class, () -> jobs.start(PeriodType.YEAR, year.start(), CITY));
    }

    @Test
    @Order(8)
    void theCityIsTheSumOfItsCountiesAndItsReportsShowTheStoredFigures() throws Exception {
        StatisticsPeriod year = StatisticsPeriod.of(PeriodType.YEAR, LocalDate.of(PlatformClock.today().getYear() - 1, 1, 1));
        StaffLogin.as("city", "city123");
        PeriodSummary city = statistics.summary(year, CITY);
        BigDecimal sum = BigDecimal.ZERO;
        for (String county : counties()) {
            sum = sum.add(storedTotal(year, "SUB_PAID", county));
        }
        FigureView paid = city.figure("SUB_PAID").orElseThrow();
        assertEquals(sum, paid.value(), "the city is the sum of its counties");
        assertEquals(sum.divide(BigDecimal.valueOf(10_000), 2, java.math.RoundingMode.HALF_UP), paid.shown());
        Report xlsx = reports.workbook(year, CITY, Locale.SIMPLIFIED_CHINESE);
        assertTrue(xlsx.content().length > 1000);
        assertArrayEquals(new byte[]{'P', 'K'}, java.util.Arrays.copyOf(xlsx.content(), 2));
        Report pdf = reports.summaryPdf(year, CITY, Locale.SIMPLIFIED_CHINESE);
        assertTrue(new String(pdf.content(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf.content()))
                .getTextFromPage(1);
        assertTrue(text.contains(paid.shown().toPlainString() + "万元"), text);
    }

    @Test
    @Order(9)
    void withoutAStaffLoginNothingIsShownOrStarted() {
        StatisticsPeriod year = StatisticsPeriod.of(PeriodType.YEAR, LocalDate.of(PlatformClock.today().getYear() - 1, 1, 1));
        assertThrows(EJBAccessException.class, () -> jobs.recent(5));
        assertThrows(EJBAccessException.class, () -> statistics.summary(year, CITY));
        assertThrows(EJBAccessException.class, () -> reports.workbook(year, CITY, Locale.ENGLISH));
    }

    // ---- helpers

    private Map<String, String> expected(StatisticsPeriod p, LocalDate asOf) throws SQLException {
        return new ExpectedFigures(ds, p.start(), asOf).everyIndicator(counties());
    }

    private Map<String, String> stored(StatisticsPeriod p) throws SQLException {
        return ExpectedFigures.published(ds, p.type().name(), p.start(), "6301");
    }

    /** Indicator code -> the number of counties a job instance has staged it for. */
    private Map<String, Integer> stagedCounties(long jobInstanceId) throws SQLException {
        Map<String, Integer> out = new TreeMap<>();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("SELECT indicator_code,"
                + " COUNT(DISTINCT division_code) FROM stat_figure_stage WHERE job_instance_id = ?"
                + " GROUP BY indicator_code")) {
            s.setLong(1, jobInstanceId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getInt(2));
                }
            }
        }
        return out;
    }

    private BigDecimal storedTotal(StatisticsPeriod p, String indicator, String county) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("SELECT figure_value FROM"
                + " stat_figure WHERE period_type = ? AND period_start = ? AND indicator_code = ? AND division_code = ?"
                + " AND dimension = 'TOTAL'")) {
            s.setString(1, p.type().name());
            s.setDate(2, Date.valueOf(p.start()));
            s.setString(3, indicator);
            s.setString(4, county);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getBigDecimal(1) : BigDecimal.ZERO.setScale(2);
            }
        }
    }

    /** 城东区's footbridge lifts on {@code day} but for the generated entry: each entry's latest count by then. */
    private BigDecimal inForceBesidesTheGenerated(LocalDate day) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("SELECT c.facility_id,"
                + " c.quantity, c.counted_on FROM accessible_facility_count c JOIN accessible_facility f"
                + " ON f.id = c.facility_id WHERE f.division_code LIKE '630102%' AND f.kind = 'FOOTBRIDGE_LIFT'"
                + " AND f.id <> ? AND c.counted_on <= ?")) {
            s.setLong(1, FACILITY);
            s.setDate(2, Date.valueOf(day));
            Map<Long, Object[]> latest = new TreeMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Object[] row = {r.getInt(2), r.getDate(3).toLocalDate()};
                    latest.merge(r.getLong(1), row, (a, b) -> ((LocalDate) a[1]).isAfter((LocalDate) b[1]) ? a : b);
                }
            }
            return BigDecimal.valueOf(latest.values().stream().mapToInt(x -> (Integer) x[0]).sum());
        }
    }

    private static boolean nonZero(Map<String, String> figures, String prefix) {
        return figures.entrySet().stream().anyMatch(e -> e.getKey().startsWith(prefix) && e.getKey().contains("|TOTAL|")
                && new BigDecimal(e.getValue()).signum() > 0);
    }

    private List<String> counties() throws SQLException {
        return ExpectedFigures.counties(ds, CITY);
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }
}
