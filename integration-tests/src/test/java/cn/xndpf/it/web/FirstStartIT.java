package cn.xndpf.it.web;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first start of a demo domain (issue 12's "Done when"): a domain of its own, provisioned on an EMPTY
 * data directory with the demo's history switched on, as the run command makes it (with fewer people, to
 * keep the suite short). Once the background statistics runs have published: the published figures equal direct
 * SQL over the demo's records (the five years, the years and the last month, which the history publishes
 * first; the other months and quarters are still being computed meanwhile), no month is paid twice, the first roll a user starts pays the current
 * month and not months the history already paid; each demo role's home page shows that role's work with
 * history; the dashboard opens on the five-year period 2021-2025 and its review downloads as Word with
 * figures in its text.
 * <p>
 * It provisions domain {@value #DOMAIN} next to the IT domain (port base + 200, its own H2 directory) and
 * stops it at the end, so the other tests' domain is never loaded with five years of jobs. It runs in a
 * failsafe execution of its own (profile {@code first-start-test}), after the others.
 */
@ExtendWith(StaffBrowserExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstStartIT {

    private static final String DOMAIN = "dpf-first-start";
    private static final int PEOPLE = 400;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Duration HISTORY_TIMEOUT = Duration.ofMinutes(25);

    private static final String SERVER_DIR = System.getProperty("dpf.it.serverDir", "target");
    private static final int PORT_BASE = Integer.parseInt(System.getProperty("dpf.it.portbase", "18000")) + 200;
    private static final Path DATA = Paths.get(SERVER_DIR, "first-start-data").toAbsolutePath();

    private static String previousBaseUrl;
    private static LocalDate today;

    @BeforeAll
    static void startOnAnEmptyDataDirectory() throws Exception {
        long started = System.nanoTime();
        script("provision");
        script("deploy", System.getProperty("dpf.ear"));
        previousBaseUrl = System.getProperty("dpf.it.baseUrl");
        System.setProperty("dpf.it.baseUrl", "http://localhost:" + (PORT_BASE + 80) + "/dpf/");
        today = LocalDate.now(ZONE);
        long deployed = System.nanoTime();
        // The five years, the years and the last month come first (the review, the dashboard's years, the
        // home page's key figures); the test goes on while the other months and quarters are computed.
        // The last complete quarter follows them (the history goes back from the most recent period's end).
        LocalDate lastMonth = today.withDayOfMonth(1).minusMonths(1);
        String first = "SELECT COUNT(*) FROM stat_publication WHERE root_division = '630100' AND ("
                + "(period_type = 'FIVE_YEAR' AND period_start = DATE '2021-01-01')"
                + " OR (period_type = 'YEAR' AND period_start BETWEEN DATE '2021-01-01' AND DATE '2025-01-01')"
                + " OR (period_type = 'MONTH' AND period_start = DATE '" + lastMonth + "')"
                + " OR (period_type = 'QUARTER' AND period_start = DATE '" + lastQuarter() + "'))";
        long deadline = System.currentTimeMillis() + HISTORY_TIMEOUT.toMillis();
        int published = 0;
        while (System.currentTimeMillis() < deadline) {
            published = count(first);
            if (published >= 8) {
                break;
            }
            Thread.sleep(5_000);
        }
        assertEquals(8, published, "the five years 2021-2025, each year, the last month and quarter published"
                + (published < 0 ? " (database: " + lastError + ")" : ""));
        System.out.printf("FirstStartIT: provisioned and deployed in %.0f s; the five years, the years, the "
                        + "last month and quarter published %.0f s after deployment%n", (deployed - started) / 1e9,
                (System.nanoTime() - deployed) / 1e9);
    }

    @AfterAll
    static void stopTheDomain() throws Exception {
        if (previousBaseUrl == null) {
            System.clearProperty("dpf.it.baseUrl");
        } else {
            System.setProperty("dpf.it.baseUrl", previousBaseUrl);
        }
        script("stop");
    }

    @Test
    @Order(1)
    void publishedFiguresAreWhatTheRecordsSay() throws Exception {
        try (Connection c = db()) {
            // a roll in every month from the first case's (early 2021) up to the month before today, none later
            YearMonth last = YearMonth.from(today).minusMonths(1);
            LocalDate firstRoll;
            try (PreparedStatement s = c.prepareStatement("SELECT MIN(roll_month) FROM payment_roll");
                 ResultSet r = s.executeQuery()) {
                r.next();
                firstRoll = r.getDate(1).toLocalDate();
            }
            assertTrue(firstRoll.isBefore(LocalDate.of(2021, 4, 1)), "history from 2021: " + firstRoll);
            YearMonth from = YearMonth.from(firstRoll);
            assertEquals((int) (last.getYear() * 12L + last.getMonthValue() - (from.getYear() * 12L
                    + from.getMonthValue())) + 1, count(c, "SELECT COUNT(DISTINCT roll_month) FROM payment_roll"));
            assertEquals(0, count(c, "SELECT COUNT(*) FROM payment_roll WHERE roll_month >= ?",
                    Date.valueOf(today.withDayOfMonth(1))));
            // no month of a case paid twice, every failed line re-issued by a later roll and paid
            assertEquals(0, count(c, "SELECT COUNT(*) FROM (SELECT case_id, paid_month FROM payment_line"
                    + " WHERE status = 'PAID' GROUP BY case_id, paid_month HAVING COUNT(*) > 1) d"));
            assertTrue(count(c, "SELECT COUNT(*) FROM payment_line WHERE status = 'FAILED'") > 0,
                    "some bank failures in the history");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM payment_line f WHERE f.status = 'FAILED' AND NOT EXISTS"
                    + " (SELECT 1 FROM payment_line r JOIN payment_roll rr ON rr.id = r.roll_id"
                    + " JOIN payment_roll fr ON fr.id = f.roll_id WHERE r.case_id = f.case_id"
                    + " AND r.paid_month = f.paid_month AND r.attempt = f.attempt + 1 AND r.status = 'PAID'"
                    + " AND rr.roll_month > fr.roll_month)"));
            // the two subsidies paid in each year of the five-year period, and the five years together
            for (int year = 2021; year <= 2025; year++) {
                for (String[] ind : new String[][]{{"SUB_LIVING_PAID", "LIVING"}, {"SUB_NURSING_PAID", "NURSING"}}) {
                    BigDecimal records = sum(c, "SELECT SUM(l.amount) FROM payment_line l JOIN payment_roll r"
                                    + " ON r.id = l.roll_id WHERE l.status = 'PAID' AND l.subsidy_type = ?"
                                    + " AND r.roll_month >= ? AND r.roll_month <= ?", ind[1],
                            Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 1)));
                    assertTrue(records.signum() > 0, ind[0] + " " + year);
                    assertEquals(0, records.compareTo(figure(c, "YEAR", LocalDate.of(year, 1, 1), ind[0])),
                            ind[0] + " " + year + ": published = SUM of the paid lines of its rolls");
                }
            }
            BigDecimal fiveYears = sum(c, "SELECT SUM(l.amount) FROM payment_line l JOIN payment_roll r"
                    + " ON r.id = l.roll_id WHERE l.status = 'PAID' AND r.roll_month >= ? AND r.roll_month <= ?",
                    Date.valueOf(LocalDate.of(2021, 1, 1)), Date.valueOf(LocalDate.of(2025, 12, 1)));
            assertEquals(0, fiveYears.compareTo(figure(c, "FIVE_YEAR", LocalDate.of(2021, 1, 1), "SUB_PAID")));
            // certificate holders at the end of a year and of a month
            for (LocalDate end : List.of(LocalDate.of(2023, 12, 31), YearMonth.from(today).minusMonths(1).atEndOfMonth())) {
                int holders = count(c, "SELECT COUNT(*) FROM certificate WHERE issued_on <= ?"
                        + " AND (status = 'VALID' OR cancelled_on > ?)", Date.valueOf(end), Date.valueOf(end));
                String type = end.getYear() == 2023 ? "YEAR" : "MONTH";
                LocalDate start = type.equals("YEAR") ? LocalDate.of(2023, 1, 1) : end.withDayOfMonth(1);
                assertEquals(holders, figure(c, type, start, "REG_HOLDERS").intValueExact(),
                        "holders at " + end);
            }
            assertTrue(count(c, "SELECT COUNT(*) FROM person") >= PEOPLE);

            // another indicator group over a month and a quarter: households with a holder at the period's
            // end, and certificates issued within it, as SQL over the registry's records counts them
            for (String[] period : new String[][]{{"MONTH", lastMonth().toString(), YearMonth.from(lastMonth()).atEndOfMonth().toString()},
                    {"QUARTER", lastQuarter().toString(), lastQuarter().plusMonths(3).minusDays(1).toString()}}) {
                LocalDate start = LocalDate.parse(period[1]);
                LocalDate end = LocalDate.parse(period[2]);
                int households = count(c, "SELECT COUNT(*) FROM household h WHERE EXISTS (SELECT 1 FROM person p"
                        + " JOIN certificate ct ON ct.person_id = p.id WHERE p.household_id = h.id AND ct.issued_on <= ?"
                        + " AND (ct.status = 'VALID' OR ct.cancelled_on > ?))", Date.valueOf(end), Date.valueOf(end));
                assertTrue(households > 0);
                assertEquals(households, figure(c, period[0], start, "REG_HOLDER_HOUSEHOLDS").intValueExact(),
                        "households with a holder at " + end);
                int issued = count(c, "SELECT COUNT(*) FROM certificate WHERE issued_on >= ? AND issued_on <= ?",
                        Date.valueOf(start), Date.valueOf(end));
                assertEquals(issued, figure(c, period[0], start, "REG_NEW_CERTIFICATES").intValueExact(),
                        "certificates issued " + start + ".." + end);
            }
        }
    }

    /**
     * The annual re-checks (年度核查) of 2021-2025 are in the history as the job and staff left them: on each
     * year's check date (1 December) every running case whose holder had died by then has a finding with that
     * reason, and nothing else does; each such finding was resolved by ending the case after the check date, and
     * no month after the death was paid.
     */
    @Test
    @Order(1)
    void pastAnnualRechecksFoundTheDeathsAndTheirCasesWereNotPaidAfterTheEnd() throws Exception {
        try (Connection c = db()) {
            int deaths = 0;
            for (int year = 2021; year <= 2025; year++) {
                Date check = Date.valueOf(LocalDate.of(year, 12, 1));
                java.sql.Timestamp dayAfter = java.sql.Timestamp.valueOf(LocalDate.of(year, 12, 2).atStartOfDay());
                // the cases the job examined that day whose holder had died: approved by then, not yet ended
                int running = count(c, "SELECT COUNT(*) FROM program_case pc JOIN subsidy_case sc ON sc.case_id = pc.id"
                        + " JOIN person p ON p.id = pc.person_id WHERE p.death_date <= ?"
                        + " AND EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = pc.id AND e.event_type = 'ACTIVATED'"
                        + " AND e.occurred_at < ?) AND NOT EXISTS (SELECT 1 FROM case_event e"
                        + " WHERE e.case_id = pc.id AND e.event_type = 'TERMINATED' AND e.occurred_at < ?)",
                        check, dayAfter, dayAfter);
                int found = count(c, "SELECT COUNT(*) FROM subsidy_recheck_finding WHERE check_date = ?"
                        + " AND reasons LIKE '%eligibility.deceased%'", check);
                assertEquals(running, found, "the re-check of " + year + " found every death among the running cases");
                deaths += found;
            }
            assertTrue(deaths > 0, "some deaths were found by a re-check");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM subsidy_recheck_finding WHERE check_date NOT IN"
                    + " (DATE '2021-12-01', DATE '2022-12-01', DATE '2023-12-01', DATE '2024-12-01', DATE '2025-12-01')"));
            // each was resolved by ending its case after the check date; no payment after the benefit's end
            assertEquals(deaths, count(c, "SELECT COUNT(*) FROM subsidy_recheck_finding f JOIN program_case pc"
                    + " ON pc.id = f.case_id WHERE f.reasons LIKE '%eligibility.deceased%' AND f.status = 'RESOLVED'"
                    + " AND f.resolution = 'TERMINATED' AND pc.state = 'TERMINATED' AND pc.benefit_until <= f.check_date"
                    + " AND EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = pc.id AND e.event_type = 'TERMINATED'"
                    + " AND TRUNC(e.occurred_at) > f.check_date AND e.actor = f.resolved_by)"));
            assertEquals(0, count(c, "SELECT COUNT(*) FROM subsidy_recheck_finding f JOIN program_case pc"
                    + " ON pc.id = f.case_id JOIN payment_line l ON l.case_id = pc.id WHERE l.status = 'PAID'"
                    + " AND l.paid_month > pc.benefit_until"));
            assertEquals(0, count(c, "SELECT COUNT(*) FROM subsidy_recheck_finding WHERE status = 'OPEN'"
                    + " AND reasons LIKE '%eligibility.deceased%'"), "no death left open");
            assertEquals(1, count(c, "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'DemoData'"
                    + " AND entity_id = 'recheck-history'"));
        }
    }

    /**
     * The care program's history (托养): cases in every state, placed people served day by day, and each
     * county's care institution settled every month; the published care figures of each year and of the
     * five years equal SQL over those settlements, and the people in care at the last month's end equal SQL
     * over the enrolments.
     */
    @Test
    @Order(1)
    void careHistoryIsInTheRecordsAndItsPublishedFiguresAreWhatTheSettlementsSay() throws Exception {
        try (Connection c = db()) {
            for (String state : List.of("SUBMITTED", "FIRST_REVIEWED", "RETURNED", "REJECTED", "APPROVED", "ACTIVE",
                    "SUSPENDED", "TERMINATED")) {
                assertTrue(count(c, "SELECT COUNT(*) FROM program_case WHERE program_code = 'CARE' AND state = ?",
                        state) > 0, "a demo care case " + state);
            }
            assertEquals(7, count(c, "SELECT COUNT(DISTINCT division_code) FROM institution WHERE kind = 'CARE'"));
            assertEquals(7, count(c, "SELECT COUNT(DISTINCT division_code) FROM institution WHERE kind = 'REHABILITATION'"));
            assertEquals(7, count(c, "SELECT COUNT(DISTINCT division_code) FROM institution WHERE kind = 'SPECIAL_SCHOOL'"));
            // every placed case enrolled its person naming the case; records only within an enrolment
            assertEquals(0, count(c, "SELECT COUNT(*) FROM program_case pc WHERE pc.program_code = 'CARE'"
                    + " AND pc.benefit_from IS NOT NULL AND NOT EXISTS (SELECT 1 FROM institution_enrolment e"
                    + " WHERE e.case_id = pc.id)"));
            assertEquals(0, count(c, "SELECT COUNT(*) FROM service_record r WHERE NOT EXISTS (SELECT 1 FROM"
                    + " institution_enrolment e WHERE e.person_id = r.person_id AND e.institution_id = r.institution_id"
                    + " AND e.service_kind = r.service_kind AND e.valid_from <= r.service_date"
                    + " AND (e.valid_to IS NULL OR e.valid_to >= r.service_date))"));
            assertEquals(0, count(c, "SELECT COUNT(*) FROM care_settlement WHERE settlement_month >= ?",
                    Date.valueOf(today.withDayOfMonth(1))), "no settlement of a month not over");
            BigDecimal fiveYears = BigDecimal.ZERO;
            for (int year = 2021; year <= 2025; year++) {
                Date from = Date.valueOf(LocalDate.of(year, 1, 1));
                Date to = Date.valueOf(LocalDate.of(year, 12, 1));
                BigDecimal paid = sum(c, "SELECT SUM(l.amount) FROM care_settlement_line l JOIN care_settlement s"
                        + " ON s.id = l.settlement_id WHERE s.settlement_month >= ? AND s.settlement_month <= ?", from, to);
                assertTrue(paid.signum() > 0, "care settled in " + year);
                assertEquals(0, paid.compareTo(figure(c, "YEAR", from.toLocalDate(), "CARE_SUBSIDY_PAID")),
                        "CARE_SUBSIDY_PAID " + year + ": published = SUM of the year's settlements");
                int served = count(c, "SELECT COUNT(DISTINCT l.person_id) FROM care_settlement_line l JOIN"
                        + " care_settlement s ON s.id = l.settlement_id WHERE l.units > 0 AND s.settlement_month >= ?"
                        + " AND s.settlement_month <= ?", from, to);
                assertEquals(served, figure(c, "YEAR", from.toLocalDate(), "CARE_PERSON_TIMES").intValueExact(),
                        "CARE_PERSON_TIMES " + year + ": people with days settled in the year");
                fiveYears = fiveYears.add(paid);
            }
            assertEquals(0, fiveYears.compareTo(figure(c, "FIVE_YEAR", LocalDate.of(2021, 1, 1), "CARE_SUBSIDY_PAID")));
            LocalDate end = YearMonth.from(today).minusMonths(1).atEndOfMonth();
            int inCare = count(c, "SELECT COUNT(DISTINCT person_id) FROM institution_enrolment WHERE service_kind IN"
                    + " ('BOARDING_CARE', 'DAY_CARE', 'HOME_CARE') AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)",
                    Date.valueOf(end), Date.valueOf(end));
            assertTrue(inCare > 0);
            assertEquals(inCare, figure(c, "MONTH", end.withDayOfMonth(1), "CARE_IN_CARE").intValueExact(),
                    "people in care at " + end);
            assertEquals(1, count(c, "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'DemoData'"
                    + " AND entity_id = 'care-history'"));
        }
    }

    /**
     * The education history (教育): grants approved each year at their stage's amount, fee reliefs of each term,
     * one plan per child of the compulsory band with its yearly versions, the bureau's enrolment reports; the
     * published grant amounts and students and the reliefs of each year equal SQL over those records.
     */
    @Test
    @Order(1)
    void educationHistoryIsInTheRecordsAndItsPublishedFiguresAreWhatTheySay() throws Exception {
        try (Connection c = db()) {
            assertTrue(count(c, "SELECT COUNT(*) FROM program_case WHERE program_code = 'EDUCATION_GRANT'"
                    + " AND state = 'APPROVED'") > 0, "approved grants");
            assertTrue(count(c, "SELECT COUNT(*) FROM education_plan WHERE version_no > 1") > 0, "plans reviewed");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM education_plan p WHERE p.valid_to IS NULL AND EXISTS"
                    + " (SELECT 1 FROM education_plan q WHERE q.person_id = p.person_id AND q.version_no > p.version_no)"),
                    "only a child's latest version is in force");
            assertTrue(count(c, "SELECT COUNT(*) FROM education_enrolment_report") > 0, "enrolment reports");
            int granted = 0;
            for (int year = 2021; year <= 2025; year++) {
                java.sql.Timestamp from = java.sql.Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toInstant());
                java.sql.Timestamp to = java.sql.Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(ZONE).toInstant());
                String approvedInYear = " FROM program_case pc JOIN education_grant_case g ON g.case_id = pc.id"
                        + " WHERE pc.program_code = 'EDUCATION_GRANT' AND EXISTS (SELECT 1 FROM case_event e"
                        + " WHERE e.case_id = pc.id AND e.event_type = 'REVIEWED' AND e.state_to = 'APPROVED'"
                        + " AND e.occurred_at >= ? AND e.occurred_at < ?)";
                BigDecimal amount = sum(c, "SELECT SUM(g.grant_amount)" + approvedInYear, from, to);
                assertEquals(0, amount.compareTo(figure(c, "YEAR", LocalDate.of(year, 1, 1), "EDU_GRANT_AMOUNT")),
                        "EDU_GRANT_AMOUNT " + year + ": published = SUM of the grants approved in the year");
                int students = count(c, "SELECT COUNT(DISTINCT g.student_id_number)" + approvedInYear, from, to);
                assertEquals(students, figure(c, "YEAR", LocalDate.of(year, 1, 1), "EDU_GRANT_STUDENTS").intValueExact());
                granted += students;
                int reliefs = count(c, "SELECT COUNT(*) FROM education_fee_relief WHERE (term = 1 AND school_year = ?)"
                        + " OR (term = 2 AND school_year = ?)", year, year - 1);
                assertTrue(reliefs > 0, "fee reliefs in " + year);
                assertEquals(reliefs, figure(c, "YEAR", LocalDate.of(year, 1, 1), "EDU_FEE_RELIEFS").intValueExact(),
                        "EDU_FEE_RELIEFS " + year + ": reliefs of the terms opening in the year");
            }
            assertTrue(granted > 0, "grants approved in 2021-2025");
            assertEquals(1, count(c, "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'DemoData'"
                    + " AND entity_id = 'education-history'"));
        }
    }

    /** The city's staff find a demo student's record with the grants, plan versions and reliefs of past years. */
    @Test
    @Order(2)
    void theStudentRecordShowsTheDemosHistoryToTheCity() throws Exception {
        String student;
        try (Connection c = db(); PreparedStatement s = c.prepareStatement("SELECT p.id_number FROM person p"
                + " WHERE EXISTS (SELECT 1 FROM education_plan q WHERE q.person_id = p.id AND q.version_no > 1)"
                + " AND EXISTS (SELECT 1 FROM education_fee_relief r WHERE r.person_id = p.id) ORDER BY p.id");
             ResultSet r = s.executeQuery()) {
            assertTrue(r.next(), "a child with a reviewed plan and reliefs");
            student = r.getString(1);
        }
        StaffBrowser b = StaffBrowser.shared();
        b.login("city", "city123");
        b.wait.until(ExpectedConditions.urlContains("/app/home.xhtml"));
        b.open("app/education/student.xhtml");
        b.visible(By.id("find:idNumber")).sendKeys(student);
        b.driver.findElement(By.id("find:findButton")).click();
        b.visible(By.id("plans"));
        assertTrue(b.driver.findElements(By.cssSelector("#plans tbody tr")).size() > 1,
                "the plan's versions: " + b.driver.findElement(By.id("plans")).getText());
        assertFalse(b.driver.findElements(By.cssSelector("#reliefs tbody tr")).isEmpty(), "the fee reliefs");
    }

    /**
     * The rehabilitation history (康复): needs assessed every year, basic-service cases resting on an assessment
     * that found the service needed, placed with the county's designated institution and served within the
     * enrolment their case made; children's aid within the yearly cap; the device service points stocked (what the
     * device history took out and brought back: see the device test).
     */
    @Test
    @Order(1)
    void rehabilitationHistoryIsInTheRecords() throws Exception {
        try (Connection c = db()) {
            assertEquals(count(c, "SELECT COUNT(DISTINCT EXTRACT(YEAR FROM assessed_on)) FROM rehabilitation_assessment"),
                    today.getYear() - 2020, "assessments in every year since 2021");
            assertTrue(count(c, "SELECT COUNT(*) FROM program_case WHERE program_code = 'REHABILITATION'"
                    + " AND state IN ('ACTIVE', 'TERMINATED')") > 0, "placed basic-service cases");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM rehabilitation_case rc JOIN rehabilitation_assessment a"
                    + " ON a.id = rc.assessment_id JOIN program_case pc ON pc.id = rc.case_id WHERE a.needs_service = 0"
                    + " OR a.service_kind <> rc.service_kind OR a.person_id <> pc.person_id OR a.assessed_on > pc.applied_on"),
                    "each case rests on its person's assessment of that need");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM rehabilitation_case rc JOIN program_case pc ON pc.id = rc.case_id"
                    + " WHERE pc.benefit_from IS NOT NULL AND NOT EXISTS (SELECT 1 FROM institution_enrolment e"
                    + " JOIN institution i ON i.id = e.institution_id WHERE e.case_id = pc.id AND i.kind = 'REHABILITATION')"),
                    "each placed case enrolled its person with a designated institution");
            assertTrue(count(c, "SELECT COUNT(*) FROM service_record WHERE service_kind IN"
                    + " ('REHABILITATION_TRAINING', 'DEVICE_FITTING')") > 0, "sessions recorded");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM (SELECT pc.person_id, cr.aid_year FROM child_rehabilitation_case cr"
                    + " JOIN program_case pc ON pc.id = cr.case_id WHERE pc.state <> 'REJECTED' GROUP BY pc.person_id,"
                    + " cr.aid_year HAVING SUM(cr.amount) > 20000) t"), "no child's aid of a year above the cap");
            assertEquals(35, count(c, "SELECT COUNT(*) FROM device_stock s JOIN institution i ON i.id = s.institution_id"
                    + " WHERE i.kind = 'REHABILITATION' AND s.on_hand >= 0"), "seven service points, five devices each");
            assertEquals(1, count(c, "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'DemoData'"
                    + " AND entity_id = 'rehabilitation-history'"));
        }
    }

    /**
     * The assistive-device history (辅助器具): cases in all seven counties, applied for, assessed, refused, given,
     * lent, fitted and returned; the devices issued that the period jobs publish for each year and the five years
     * equal SQL over the device cases; each service point's stock is its first stock (DemoInstitutions) less
     * the items issued and lent plus those returned; and a district's device desk shows the demo's cases.
     */
    @Test
    @Order(2)
    void deviceHistoryIsInTheRecordsItsPublishedFiguresAndTheStockAreWhatTheCasesSay() throws Exception {
        try (Connection c = db()) {
            assertEquals(7, count(c, "SELECT COUNT(DISTINCT SUBSTR(division_code, 1, 6)) FROM program_case"
                    + " WHERE program_code = 'ASSISTIVE_DEVICE'"), "device cases in the seven counties");
            for (String state : List.of("SUBMITTED", "FIRST_REVIEWED", "APPROVED", "ACTIVE", "TERMINATED", "REJECTED")) {
                assertTrue(count(c, "SELECT COUNT(*) FROM program_case WHERE program_code = 'ASSISTIVE_DEVICE'"
                        + " AND state = ?", state) > 0, "a demo device case " + state);
            }
            assertTrue(count(c, "SELECT COUNT(*) FROM device_case WHERE fitted_on IS NOT NULL") > 0, "fitted");
            assertTrue(count(c, "SELECT COUNT(*) FROM device_case dc JOIN assistive_device d ON d.id = dc.device_id"
                    + " WHERE d.supply_kind = 'LENT' AND dc.issued_on IS NOT NULL AND dc.returned_on IS NULL") > 0,
                    "lent and out");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM device_case dc JOIN program_case pc ON pc.id = dc.case_id"
                    + " WHERE (dc.returned_on IS NOT NULL) <> (pc.state = 'TERMINATED')"
                    + " OR (dc.issued_on IS NOT NULL) <> (pc.state IN ('ACTIVE', 'TERMINATED'))"),
                    "issued exactly when started, returned exactly when ended");
            int total = 0;
            for (int year = 2021; year <= 2025; year++) {
                int issued = count(c, "SELECT COUNT(*) FROM device_case WHERE issued_on >= ? AND issued_on <= ?",
                        Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)));
                total += issued;
                assertEquals(issued, figure(c, "YEAR", LocalDate.of(year, 1, 1), "REHAB_DEVICES_ISSUED").intValueExact(),
                        "REHAB_DEVICES_ISSUED " + year + ": published = the device cases issued in the year");
            }
            assertTrue(total > 0, "devices issued over the five years");
            assertEquals(total, figure(c, "FIVE_YEAR", LocalDate.of(2021, 1, 1), "REHAB_DEVICES_ISSUED").intValueExact(),
                    "REHAB_DEVICES_ISSUED 2021-2025");
            Map<String, Integer> first = Map.of("WC-01", 12, "CR-01", 20, "HA-01", 15, "NB-01", 6, "WK-01", 10);
            try (PreparedStatement s = c.prepareStatement("SELECT s.device_code, s.on_hand,"
                    + " (SELECT COUNT(*) FROM device_case dc JOIN assistive_device d ON d.id = dc.device_id"
                    + "  WHERE dc.institution_id = s.institution_id AND d.code = s.device_code AND dc.issued_on IS NOT NULL),"
                    + " (SELECT COUNT(*) FROM device_case dc JOIN assistive_device d ON d.id = dc.device_id"
                    + "  WHERE dc.institution_id = s.institution_id AND d.code = s.device_code AND dc.returned_on IS NOT NULL)"
                    + " FROM device_stock s JOIN institution i ON i.id = s.institution_id WHERE i.kind = 'REHABILITATION'");
                 ResultSet r = s.executeQuery()) {
                int lines = 0;
                while (r.next()) {
                    lines++;
                    assertEquals(first.get(r.getString(1)) - r.getInt(3) + r.getInt(4), r.getInt(2),
                            r.getString(1) + ": on hand = first stock - issued or lent + returned");
                }
                assertEquals(35, lines);
            }
            assertEquals(1, count(c, "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'DemoData'"
                    + " AND entity_id = 'device-history'"));
        }
        StaffBrowser b = StaffBrowser.shared();
        b.login("chengdong", "district123");
        b.wait.until(ExpectedConditions.urlContains("/app/home.xhtml"));
        b.open("app/rehabilitation/device-desk.xhtml");
        b.visible(By.id("stock"));
        assertFalse(b.driver.findElements(By.cssSelector("#waiting tr.waiting-case, #lentItems tr.lent-case")).isEmpty(),
                "the district's device desk lists demo cases waiting for their item or lent out");
    }

    /**
     * The employment history (就业): employers in all seven counties, declarations of 2021-2025 declared, verified
     * with recognised, not recognised and double-declared employees, the recognised ones demo people holding a
     * certificate valid on the year's last day; funds only where verified and no double declaration waits, most
     * reported collected; the published quota placements, funds due and collected of each year and of the five
     * years equal SQL over those records; district staff see the demo's funds of last year on the funds screen.
     */
    @Test
    @Order(2)
    void employmentHistoryIsInTheRecordsAndItsPublishedFiguresAreWhatTheySay() throws Exception {
        try (Connection c = db()) {
            assertEquals(7, count(c, "SELECT COUNT(DISTINCT SUBSTR(division_code, 1, 6)) FROM employer"),
                    "employers in the seven counties");
            for (String outcome : List.of("PENDING", "RECOGNISED", "NOT_RECOGNISED", "DUPLICATE")) {
                assertTrue(count(c, "SELECT COUNT(*) FROM declared_employee WHERE outcome = ?", outcome) > 0,
                        "a declared employee " + outcome);
            }
            assertEquals(0, count(c, "SELECT COUNT(*) FROM declared_employee de WHERE de.outcome = 'RECOGNISED'"
                    + " AND NOT EXISTS (SELECT 1 FROM person p JOIN certificate ct ON ct.person_id = p.id"
                    + " WHERE p.id_number = de.id_number AND EXTRACT(YEAR FROM ct.issued_on) <= de.declared_year"
                    + " AND (ct.status = 'VALID' OR EXTRACT(YEAR FROM ct.cancelled_on) > de.declared_year))"),
                    "recognised employees are demo people holding a certificate valid on the year's last day");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM security_fund f JOIN employment_declaration d"
                    + " ON d.id = f.declaration_id WHERE d.verified_at IS NULL OR EXISTS (SELECT 1 FROM declared_employee"
                    + " de WHERE de.declaration_id = d.id AND de.outcome = 'DUPLICATE')"),
                    "no fund before the verification or while a double declaration waits");
            int funds = count(c, "SELECT COUNT(*) FROM security_fund");
            int collected = count(c, "SELECT COUNT(*) FROM security_fund WHERE collected IS NOT NULL");
            assertTrue(collected > funds / 2 && collected < funds, collected + " of " + funds + " collected");
            int placedInFive = 0;
            for (int year = 2021; year <= 2025; year++) {
                LocalDate start = LocalDate.of(year, 1, 1);
                int placed = count(c, "SELECT COUNT(*) FROM declared_employee WHERE outcome = 'RECOGNISED'"
                        + " AND declared_year = ?", year);
                assertTrue(placed > 0, "recognised in " + year);
                placedInFive += placed;
                assertEquals(placed, figure(c, "YEAR", start, "EMP_QUOTA_PLACED").intValueExact(),
                        "EMP_QUOTA_PLACED " + year + ": published = the recognised declared employees");
                BigDecimal due = sum(c, "SELECT SUM(due) FROM security_fund WHERE fund_year = ?", year);
                assertTrue(due.signum() > 0, "funds due for " + year);
                assertEquals(0, due.compareTo(figure(c, "YEAR", start, "EMP_FUND_DUE")), "EMP_FUND_DUE " + year);
                assertEquals(0, sum(c, "SELECT SUM(COALESCE(collected, 0)) FROM security_fund WHERE fund_year = ?", year)
                        .compareTo(figure(c, "YEAR", start, "EMP_FUND_COLLECTED")), "EMP_FUND_COLLECTED " + year);
            }
            assertEquals(placedInFive, figure(c, "FIVE_YEAR", LocalDate.of(2021, 1, 1), "EMP_QUOTA_PLACED")
                    .intValueExact(), "EMP_QUOTA_PLACED 2021-2025");
            assertEquals(0, sum(c, "SELECT SUM(due) FROM security_fund WHERE fund_year BETWEEN 2021 AND 2025")
                    .compareTo(figure(c, "FIVE_YEAR", LocalDate.of(2021, 1, 1), "EMP_FUND_DUE")), "EMP_FUND_DUE 2021-2025");
            assertEquals(1, count(c, "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'DemoData'"
                    + " AND entity_id = 'employment-history'"));
        }
        StaffBrowser b = StaffBrowser.shared();
        b.login("chengdong", "district123");
        b.wait.until(ExpectedConditions.urlContains("/app/home.xhtml"));
        b.open("app/employment/funds.xhtml");
        b.visible(By.id("employerFunds"));
        assertFalse(b.driver.findElements(By.cssSelector("#employerFunds tr.fund")).isEmpty(),
                "the district's funds screen lists the demo employers' funds of last year");
    }

    /**
     * The employment services' history (就业服务): training courses running and finished in every county, their
     * trainees living certificate holders of the course's county on the day enrolled, completed within the course;
     * fairs with the county's employers and people; placements of every kind, open and ended in every county, never
     * two open of a person and kind, quota and centralised ones with their employer; the sheltered-employment
     * institution of every county with workers present and workers who left, nobody at two at a time, every month
     * that is over paid once for exactly the workers present in it at the rate in force on its first day; the bases
     * with the three heritage crafts; one summary audit entry; district staff see their institution's workers.
     */
    @Test
    @Order(2)
    void employmentServicesHistoryIsInTheRecordsInEveryStateAndKeepsTheServicesRules() throws Exception {
        Date now = Date.valueOf(today);
        String holderOn = " EXISTS (SELECT 1 FROM person p JOIN certificate ct ON ct.person_id = p.id WHERE p.id = %s"
                + " AND (p.death_date IS NULL OR p.death_date > %s) AND ct.issued_on <= %s"
                + " AND (ct.status = 'VALID' OR ct.cancelled_on > %s))";
        try (Connection c = db()) {
            // training
            assertEquals(7, count(c, "SELECT COUNT(DISTINCT SUBSTR(division_code, 1, 6)) FROM training_course"
                    + " WHERE starts_on <= ? AND ends_on > ?", now, now), "a course running in each county");
            assertEquals(7, count(c, "SELECT COUNT(DISTINCT SUBSTR(t.division_code, 1, 6)) FROM training_course t"
                    + " JOIN training_attendance a ON a.course_id = t.id WHERE t.ends_on <= ? AND a.completed_on IS NOT NULL",
                    now), "a finished course with completions in each county");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM training_attendance a JOIN training_course t ON t.id = a.course_id"
                    + " JOIN person p ON p.id = a.person_id WHERE SUBSTR(p.division_code, 1, 6) <> SUBSTR(t.division_code, 1, 6)"
                    + " OR a.enrolled_on > ? OR NOT" + String.format(holderOn, "a.person_id", "a.enrolled_on",
                    "a.enrolled_on", "a.enrolled_on"), now), "trainees are living holders of the course's county");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM training_attendance a JOIN training_course t ON t.id = a.course_id"
                    + " WHERE a.completed_on IS NOT NULL AND (a.completed_on < t.starts_on OR a.completed_on > t.ends_on"
                    + " OR a.completed_on > ?)", now), "completed within the course, not in the future");
            // fairs
            assertEquals(7, count(c, "SELECT COUNT(DISTINCT SUBSTR(division_code, 1, 6)) FROM job_fair WHERE held_on <= ?",
                    now), "fairs in each county");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM job_fair f WHERE f.held_on > ? OR NOT EXISTS (SELECT 1"
                    + " FROM job_fair_employer e WHERE e.fair_id = f.id)", now), "every fair past, with an employer");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM job_fair f JOIN job_fair_employer fe ON fe.fair_id = f.id"
                    + " JOIN employer e ON e.id = fe.employer_id WHERE SUBSTR(e.division_code, 1, 6)"
                    + " <> SUBSTR(f.division_code, 1, 6)"), "the county's employers");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM job_fair f JOIN job_fair_seeker fs ON fs.fair_id = f.id"
                    + " JOIN person p ON p.id = fs.person_id WHERE SUBSTR(p.division_code, 1, 6) <> SUBSTR(f.division_code, 1, 6)"),
                    "the county's registered seekers");
            // placements
            assertEquals(6, count(c, "SELECT COUNT(DISTINCT kind) FROM employment_placement"), "every kind");
            assertEquals(7, count(c, "SELECT COUNT(DISTINCT SUBSTR(division_code, 1, 6)) FROM employment_placement"
                    + " WHERE ended_on IS NULL"), "an open placement in each county");
            assertEquals(7, count(c, "SELECT COUNT(DISTINCT SUBSTR(division_code, 1, 6)) FROM employment_placement"
                    + " WHERE ended_on IS NOT NULL"), "an ended placement in each county");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM employment_placement a JOIN employment_placement b"
                    + " ON b.person_id = a.person_id AND b.kind = a.kind AND b.id > a.id"
                    + " WHERE (a.ended_on IS NULL OR a.ended_on >= b.started_on) AND (b.ended_on IS NULL OR b.ended_on >= a.started_on)"),
                    "one open placement per person and kind: no two periods of a person and kind meet");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM employment_placement WHERE (ended_on IS NULL AND"
                    + " (open_key IS NULL OR open_key <> CAST(person_id AS VARCHAR(20)) || ':' || kind)) OR (ended_on IS NOT NULL"
                    + " AND open_key IS NOT NULL)"), "open placements hold their person:kind key, ended ones none");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM employment_placement WHERE kind IN ('QUOTA', 'CENTRALISED')"
                    + " AND employer_id IS NULL"), "quota and centralised placements name their employer");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM employment_placement pl WHERE pl.started_on > ?"
                    + " OR pl.ended_on > ? OR pl.division_code <> (SELECT p.division_code FROM person p WHERE p.id = pl.person_id)"
                    + " OR NOT" + String.format(holderOn, "pl.person_id", "pl.started_on", "pl.started_on", "pl.started_on"),
                    now, now), "living holders of the division, placed and ended by today");
            // sheltered employment
            String work = " FROM institution_enrolment e JOIN institution i ON i.id = e.institution_id"
                    + " WHERE e.service_kind = 'SHELTERED_WORK' AND i.kind = 'SHELTERED_EMPLOYMENT'";
            assertEquals(7, count(c, "SELECT COUNT(DISTINCT i.division_code)" + work
                    + " AND (e.valid_to IS NULL OR e.valid_to >= ?)", now), "workers present in each county");
            assertEquals(7, count(c, "SELECT COUNT(DISTINCT i.division_code)" + work + " AND e.valid_to < ?", now),
                    "workers who left in each county");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM institution_enrolment a JOIN institution_enrolment b"
                    + " ON b.person_id = a.person_id AND b.id > a.id WHERE a.service_kind = 'SHELTERED_WORK'"
                    + " AND b.service_kind = 'SHELTERED_WORK' AND (a.valid_to IS NULL OR a.valid_to >= b.valid_from)"
                    + " AND (b.valid_to IS NULL OR b.valid_to >= a.valid_from)"), "one sheltered institution at a time");
            assertEquals(0, count(c, "SELECT COUNT(*)" + work + " AND NOT" + String.format(holderOn, "e.person_id",
                    "e.valid_from", "e.valid_from", "e.valid_from")), "workers living holders when they joined");
            String present = "SELECT COUNT(DISTINCT e.person_id) FROM institution_enrolment e WHERE"
                    + " e.institution_id = s.institution_id AND e.service_kind = 'SHELTERED_WORK'"
                    + " AND e.valid_from < ADD_MONTHS(s.subsidy_month, 1)"
                    + " AND (e.valid_to IS NULL OR e.valid_to >= s.subsidy_month)";
            String rate = "SELECT CAST(ps.setting_value AS DECIMAL(10, 2)) FROM policy_setting ps WHERE"
                    + " ps.setting_key = 'employment.sheltered.monthlySubsidyPerWorker' AND ps.valid_from = (SELECT"
                    + " MAX(x.valid_from) FROM policy_setting x WHERE x.setting_key = ps.setting_key"
                    + " AND x.valid_from <= s.subsidy_month)";
            assertEquals(0, count(c, "SELECT COUNT(*) FROM sheltered_subsidy s WHERE s.worker_count <> (" + present + ")"
                    + " OR s.worker_count <> (SELECT COUNT(*) FROM sheltered_subsidy_line l WHERE l.subsidy_id = s.id)"
                    + " OR s.rate <> (" + rate + ") OR s.amount <> s.rate * s.worker_count OR s.subsidy_month >= ?",
                    Date.valueOf(YearMonth.from(today).atDay(1))),
                    "each month over paid for the workers present in it at the rate of its first day");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM sheltered_subsidy_line l JOIN sheltered_subsidy s"
                    + " ON s.id = l.subsidy_id JOIN institution_enrolment e ON e.id = l.enrolment_id"
                    + " WHERE e.person_id <> l.person_id OR e.institution_id <> s.institution_id"
                    + " OR e.valid_from >= ADD_MONTHS(s.subsidy_month, 1) OR e.valid_to < s.subsidy_month"),
                    "each line names the enrolment that made its worker present");
            assertEquals(7, count(c, "SELECT COUNT(DISTINCT division_code) FROM sheltered_subsidy WHERE subsidy_month = ?",
                    Date.valueOf(YearMonth.from(today).minusMonths(1).atDay(1))), "last month paid in each county");
            // bases
            assertEquals(7, count(c, "SELECT COUNT(DISTINCT SUBSTR(division_code, 1, 6)) FROM employment_base"));
            assertEquals(3, count(c, "SELECT COUNT(DISTINCT b.kind_code) FROM employment_base b JOIN employment_base_kind k"
                    + " ON k.code = b.kind_code WHERE k.heritage = 1"), "the three heritage crafts");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM employment_base WHERE recognised_on > ?", now));
            assertEquals(1, count(c, "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'DemoData'"
                    + " AND entity_id = 'employment-services-history'"));
            // what the statistics published of each year and of the five years: courses by their last day, fairs
            // by their day, placements by their start, subsidies by their month, bases by their recognition
            Map<String, String> counted = Map.of(
                    "EMP_TRAINING_PERSON_TIMES", "SELECT COUNT(*) FROM training_attendance a JOIN training_course t"
                            + " ON t.id = a.course_id WHERE t.ends_on BETWEEN ? AND ?",
                    "EMP_TRAINING_COST", "SELECT SUM(total_cost) FROM training_course WHERE ends_on BETWEEN ? AND ?",
                    "EMP_JOB_FAIRS", "SELECT COUNT(*) FROM job_fair WHERE held_on BETWEEN ? AND ?",
                    "EMP_PLACEMENTS", "SELECT COUNT(*) FROM employment_placement WHERE started_on BETWEEN ? AND ?",
                    "EMP_SHELTERED_SUBSIDY", "SELECT SUM(amount) FROM sheltered_subsidy WHERE subsidy_month BETWEEN ? AND ?",
                    "EMP_BASES_NEW", "SELECT COUNT(*) FROM employment_base WHERE recognised_on BETWEEN ? AND ?");
            for (Map.Entry<String, String> e : counted.entrySet()) {
                for (int year = 2021; year <= 2025; year++) {
                    LocalDate start = LocalDate.of(year, 1, 1);
                    BigDecimal records = sum(c, e.getValue(), Date.valueOf(start), Date.valueOf(start.withDayOfYear(
                            start.lengthOfYear())));
                    assertEquals(0, records.compareTo(figure(c, "YEAR", start, e.getKey())),
                            e.getKey() + " " + year + ": published = the records (" + records + ")");
                }
                BigDecimal five = sum(c, e.getValue(), Date.valueOf(LocalDate.of(2021, 1, 1)),
                        Date.valueOf(LocalDate.of(2025, 12, 31)));
                assertTrue(five.signum() > 0, e.getKey() + ": the demo has records in 2021-2025");
                assertEquals(0, five.compareTo(figure(c, "FIVE_YEAR", LocalDate.of(2021, 1, 1), e.getKey())),
                        e.getKey() + " 2021-2025");
            }
        }
        StaffBrowser b = StaffBrowser.shared();
        b.login("chengdong", "district123");
        b.wait.until(ExpectedConditions.urlContains("/app/home.xhtml"));
        b.open("app/employment/sheltered.xhtml");
        b.visible(By.id("workers"));
        assertFalse(b.driver.findElements(By.cssSelector("#workers tr.worker")).isEmpty(),
                "the district's sheltered page lists its institution's demo workers");
        assertFalse(b.driver.findElements(By.cssSelector("#subsidies tr.subsidy")).isEmpty(),
                "and the months paid");
    }

    /**
     * The rights and culture history (维权, 文体): petitions in every state, the closed ones with the petitioner's
     * satisfaction; legal consultations and legal-aid cases with outcomes; dispute rounds with resolved and open
     * findings; culture events with registered participants. The published petitions received and closed, legal
     * consultations, legal-aid cases and culture events of each year and of the five years equal SQL over those
     * records; the wheelchair fuel subsidy applied for, approved and paid, its published subsidies paid (times
     * and amount) of each year equal SQL over the cases; district staff see overdue open petitions and this year's
     * events on their screens.
     */
    @Test
    @Order(2)
    void rightsAndCultureHistoryIsInTheRecordsAndItsPublishedFiguresAreWhatTheySay() throws Exception {
        try (Connection c = db()) {
            for (String state : List.of("RECEIVED", "REFUSED", "ACCEPTED", "ANSWERED", "REVIEW_REQUESTED", "REVIEWED",
                    "CLOSED")) {
                assertEquals(7, count(c, "SELECT COUNT(DISTINCT SUBSTR(division_code, 1, 6)) FROM petition"
                        + " WHERE state = ?", state), "a demo petition " + state + " in each county");
            }
            assertEquals(0, count(c, "SELECT COUNT(*) FROM petition WHERE state = 'CLOSED' AND satisfaction IS NULL"));
            assertTrue(count(c, "SELECT COUNT(*) FROM petition WHERE due_on < ?", Date.valueOf(today)) > 0,
                    "some petitions overdue");
            assertTrue(count(c, "SELECT COUNT(*) FROM legal_matter WHERE kind = 'LEGAL_AID' AND outcome IN"
                    + " ('WON', 'SETTLED', 'NOT_SUPPORTED', 'WITHDRAWN')") > 0, "legal-aid cases with outcomes");
            assertTrue(count(c, "SELECT COUNT(*) FROM dispute_finding WHERE resolved_on IS NULL") > 0, "open findings");
            assertTrue(count(c, "SELECT COUNT(*) FROM dispute_finding WHERE resolved_on IS NOT NULL") > 0, "resolved");
            assertTrue(count(c, "SELECT COUNT(*) FROM culture_event_participant") > 0, "registered participants");
            Map<String, String> figures = Map.of(
                    "RIGHTS_PETITIONS_RECEIVED", "SELECT COUNT(*) FROM petition WHERE received_on BETWEEN ? AND ?",
                    "RIGHTS_PETITIONS_CLOSED", "SELECT COUNT(*) FROM petition WHERE state = 'CLOSED'"
                            + " AND closed_on BETWEEN ? AND ?",
                    "RIGHTS_LEGAL_CONSULTATIONS", "SELECT COUNT(*) FROM legal_matter WHERE kind = 'CONSULTATION'"
                            + " AND opened_on BETWEEN ? AND ?",
                    "RIGHTS_LEGAL_AID_CASES", "SELECT COUNT(*) FROM legal_matter WHERE kind = 'LEGAL_AID'"
                            + " AND opened_on BETWEEN ? AND ?",
                    "CULTURE_EVENTS", "SELECT COUNT(*) FROM culture_event WHERE held_on BETWEEN ? AND ?");
            for (Map.Entry<String, String> f : figures.entrySet()) {
                int total = 0;
                for (int year = 2021; year <= 2025; year++) {
                    LocalDate start = LocalDate.of(year, 1, 1);
                    int records = count(c, f.getValue(), Date.valueOf(start), Date.valueOf(LocalDate.of(year, 12, 31)));
                    total += records;
                    assertEquals(records, figure(c, "YEAR", start, f.getKey()).intValueExact(),
                            f.getKey() + " " + year + ": published = SQL over the records");
                }
                assertTrue(total > 0, f.getKey() + " over the five years");
                assertEquals(total, figure(c, "FIVE_YEAR", LocalDate.of(2021, 1, 1), f.getKey()).intValueExact(),
                        f.getKey() + " 2021-2025");
            }
            // the wheelchair fuel subsidy: applied this year, approved and waiting for payment, paid each year
            assertTrue(count(c, "SELECT COUNT(*) FROM program_case WHERE program_code = 'WHEELCHAIR_FUEL'"
                    + " AND state IN ('SUBMITTED', 'FIRST_REVIEWED')") > 0, "fuel subsidy applied for");
            assertTrue(count(c, "SELECT COUNT(*) FROM fuel_subsidy_case f JOIN program_case pc ON pc.id = f.case_id"
                    + " WHERE pc.state = 'APPROVED' AND f.paid_on IS NULL") > 0, "approved, not yet paid");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM fuel_subsidy_case f JOIN program_case pc ON pc.id = f.case_id"
                    + " WHERE f.paid_on IS NOT NULL AND pc.state <> 'APPROVED'"), "paid only once approved");
            int times = 0;
            for (int year = 2021; year <= 2025; year++) {
                LocalDate start = LocalDate.of(year, 1, 1);
                Date from = Date.valueOf(start);
                Date to = Date.valueOf(LocalDate.of(year, 12, 31));
                int paid = count(c, "SELECT COUNT(*) FROM fuel_subsidy_case WHERE paid_on BETWEEN ? AND ?", from, to);
                assertTrue(paid > 0, "fuel subsidies paid in " + year);
                times += paid;
                assertEquals(paid, figure(c, "YEAR", start, "RIGHTS_FUEL_SUBSIDY_TIMES").intValueExact(),
                        "RIGHTS_FUEL_SUBSIDY_TIMES " + year);
                assertEquals(0, sum(c, "SELECT SUM(amount) FROM fuel_subsidy_case WHERE paid_on BETWEEN ? AND ?",
                        from, to).compareTo(figure(c, "YEAR", start, "RIGHTS_FUEL_SUBSIDY_AMOUNT")),
                        "RIGHTS_FUEL_SUBSIDY_AMOUNT " + year);
            }
            assertEquals(times, figure(c, "FIVE_YEAR", LocalDate.of(2021, 1, 1), "RIGHTS_FUEL_SUBSIDY_TIMES")
                    .intValueExact(), "RIGHTS_FUEL_SUBSIDY_TIMES 2021-2025");
            assertEquals(3, count(c, "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'DemoData'"
                    + " AND entity_id IN ('rights-history', 'culture-history', 'fuel-history')"),
                    "one summary audit entry for rights, for the fuel subsidy and for culture");
        }
        StaffBrowser b = StaffBrowser.shared();
        b.login("chengdong", "district123");
        b.wait.until(ExpectedConditions.urlContains("/app/home.xhtml"));
        b.open("app/rights/petitions.xhtml");
        assertTrue(Integer.parseInt(b.visible(By.id("overdueNumber")).getText().trim()) > 0,
                "the district's petitions screen counts the demo's overdue petitions");
        b.open("app/culture/events.xhtml");
        assertFalse(b.driver.findElements(By.cssSelector("[id$='list_data'] tr[data-ri]")).isEmpty(),
                "the district's culture screen lists this year's demo events");
    }

    // social security
    /**
     * The social-security history (社会保障): a pension list every year since 2021 in all seven counties, answered
     * insured, not insured, or not at all. The published participation (its numerator and denominator summed over
     * the counties), the government's shares (代缴 levels 1-2, 补贴 levels 3-4) and the inclusion in 低保/特困 of
     * each year's last day (V54's rule: levels 1-2 in a poor household, included with 低保 or 特困) equal SQL over
     * the lines, the answers and the registry.
     */
    @Test
    @Order(2)
    void socialSecurityHistoryIsInTheRecordsAndItsPublishedFiguresAreWhatTheySay() throws Exception {
        try (Connection c = db()) {
            assertEquals(7, count(c, "SELECT COUNT(DISTINCT SUBSTR(division_code, 1, 6)) FROM pension_list_line"),
                    "pension lists in every county");
            assertTrue(count(c, "SELECT COUNT(*) FROM pension_answer WHERE pension_insured = 0") > 0, "some not insured");
            assertTrue(count(c, "SELECT COUNT(*) FROM pension_list_line l WHERE NOT EXISTS (SELECT 1 FROM pension_answer a"
                    + " WHERE a.list_year = l.list_year AND a.person_id = l.person_id)") > 0, "some not answered");
            String lines = "SELECT COUNT(*) FROM pension_list_line l LEFT JOIN pension_answer a ON a.list_year = l.list_year"
                    + " AND a.person_id = l.person_id WHERE l.list_year BETWEEN ? AND ?";
            String shares = "SELECT COALESCE(SUM(l.government_share), 0) FROM pension_list_line l JOIN pension_answer a"
                    + " ON a.list_year = l.list_year AND a.person_id = l.person_id WHERE a.pension_insured = 1"
                    + " AND l.list_year BETWEEN ? AND ? AND l.cert_level ";
            String eligible = "SELECT COUNT(DISTINCT p.id) FROM person p JOIN certificate c ON c.person_id = p.id"
                    + " AND c.current_cert = 1 WHERE (p.death_date IS NULL OR p.death_date > ?) AND c.issued_on <= ?"
                    + " AND (c.status = 'VALID' OR c.cancelled_on > ?) AND c.cert_level IN (1, 2) AND EXISTS (SELECT 1"
                    + " FROM household_assistance x WHERE x.household_id = p.household_id AND x.valid_from <= ?"
                    + " AND (x.valid_to IS NULL OR x.valid_to >= ?) AND x.status IN ";
            String poor = "('DIBAO', 'TEKUN', 'TEKUN_CENTRALISED', 'LOW_INCOME', 'MONITORED'))";
            String included = "('DIBAO', 'TEKUN', 'TEKUN_CENTRALISED'))";
            for (int year = 2021; year <= 2025; year++) {
                LocalDate start = LocalDate.of(year, 1, 1);
                Date end = Date.valueOf(LocalDate.of(year, 12, 31));
                BigDecimal[] pension = ratio(c, "YEAR", start, "SOCIAL_PENSION_RATE");
                int listed = count(c, lines, year, year);
                assertTrue(listed > 0, "a pension list in " + year);
                assertEquals(listed, pension[1].intValueExact(), "SOCIAL_PENSION_RATE denominator " + year);
                assertEquals(count(c, lines + " AND a.pension_insured = 1", year, year), pension[0].intValueExact(),
                        "SOCIAL_PENSION_RATE numerator " + year);
                assertEquals(0, sum(c, shares + "IN (1, 2)", year, year).compareTo(
                        figure(c, "YEAR", start, "SOCIAL_PENSION_PAID_FULL")), "SOCIAL_PENSION_PAID_FULL " + year);
                assertEquals(0, sum(c, shares + "IN (3, 4)", year, year).compareTo(
                        figure(c, "YEAR", start, "SOCIAL_PENSION_SUBSIDY")), "SOCIAL_PENSION_SUBSIDY " + year);
                BigDecimal[] inclusion = ratio(c, "YEAR", start, "SOCIAL_INCLUSION_RATE");
                int eligibleThen = count(c, eligible + poor, end, end, end, end, end);
                assertEquals(eligibleThen, inclusion[1].intValueExact(), "SOCIAL_INCLUSION_RATE denominator " + year);
                assertEquals(count(c, eligible + poor + " AND EXISTS (SELECT 1 FROM household_assistance y"
                        + " WHERE y.household_id = p.household_id AND y.valid_from <= ? AND (y.valid_to IS NULL"
                        + " OR y.valid_to >= ?) AND y.status IN " + included, end, end, end, end, end, end, end),
                        inclusion[0].intValueExact(), "SOCIAL_INCLUSION_RATE numerator " + year);
            }
            assertEquals(count(c, lines, 2021, 2025), ratio(c, "FIVE_YEAR", LocalDate.of(2021, 1, 1),
                    "SOCIAL_PENSION_RATE")[1].intValueExact(), "SOCIAL_PENSION_RATE denominator 2021-2025");
            assertEquals(1, count(c, "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'DemoData'"
                    + " AND entity_id = 'socialsecurity-history'"), "one summary audit entry");
        }
    }

    /** A rate's numerator and denominator over the seven counties (the city's rate is their quotient). */
    private static BigDecimal[] ratio(Connection c, String type, LocalDate start, String indicator) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*), SUM(numerator), SUM(denominator) FROM stat_figure"
                + " WHERE period_type = ? AND period_start = ? AND indicator_code = ? AND division_code LIKE '6301%'"
                + " AND dimension = 'TOTAL'")) {
            s.setString(1, type);
            s.setDate(2, Date.valueOf(start));
            s.setString(3, indicator);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertEquals(7, r.getInt(1), indicator + " " + type + " " + start + " published for the seven counties");
                BigDecimal n = r.getBigDecimal(2);
                BigDecimal d = r.getBigDecimal(3);
                return new BigDecimal[]{n == null ? BigDecimal.ZERO : n, d == null ? BigDecimal.ZERO : d};
            }
        }
    }

    // poverty
    /**
     * The poverty-relief history (脱贫解困): poor households in the seven counties, lifted, some poor again and some
     * poor now; households monitored after being lifted, some with their risk removed, some open; mutual aid paid
     * only in the two pilots and only after the seed report's five years. The published households lifted,
     * monitored and with their risk removed, and the mutual aid paid, of each year and of the five years equal SQL
     * over those rows.
     */
    @Test
    @Order(2)
    void povertyHistoryIsInTheRecordsAndItsPublishedFiguresAreWhatTheySay() throws Exception {
        try (Connection c = db()) {
            assertEquals(7, count(c, "SELECT COUNT(DISTINCT SUBSTR(division_code, 1, 6)) FROM poverty_status"),
                    "poor households in the seven counties");
            assertTrue(count(c, "SELECT COUNT(*) FROM poverty_status WHERE seq = 3 AND status = 'POOR'") > 0,
                    "households poor again");
            assertTrue(count(c, "SELECT COUNT(*) FROM poverty_status s WHERE s.status = 'POOR' AND s.seq ="
                    + " (SELECT MAX(seq) FROM poverty_status x WHERE x.household_id = s.household_id)") > 0,
                    "households poor now");
            assertTrue(count(c, "SELECT COUNT(*) FROM poverty_monitoring WHERE risk_removed_on IS NULL") > 0,
                    "monitorings open");
            assertTrue(count(c, "SELECT COUNT(*) FROM poverty_monitoring WHERE risk_removed_on IS NOT NULL") > 0,
                    "monitorings with their risk removed");
            assertTrue(count(c, "SELECT COUNT(*) FROM poverty_measure") > 0, "measures taken");
            assertEquals(2, count(c, "SELECT COUNT(DISTINCT pilot_id) FROM mutual_aid_payment WHERE pilot_id IN"
                    + " (1700, 1701)"), "mutual aid paid in both pilots");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM mutual_aid_payment WHERE pilot_id NOT IN (1700, 1701)"
                    + " OR pay_month < DATE '2023-01-01'"), "only the pilots', none in the seed report's years");
            Map<String, String> figures = Map.of(
                    "POVERTY_LIFTED", "SELECT COUNT(DISTINCT household_id) FROM poverty_status WHERE status = 'LIFTED'"
                            + " AND effective_on BETWEEN ? AND ?",
                    "POVERTY_MONITORED", "SELECT COUNT(DISTINCT household_id) FROM poverty_monitoring"
                            + " WHERE started_on BETWEEN ? AND ?",
                    "POVERTY_RISK_REMOVED", "SELECT COUNT(DISTINCT household_id) FROM poverty_monitoring"
                            + " WHERE risk_removed_on BETWEEN ? AND ?",
                    "POVERTY_MUTUAL_AID_AMOUNT", "SELECT SUM(amount) FROM mutual_aid_payment WHERE paid_on BETWEEN ? AND ?");
            for (Map.Entry<String, String> f : figures.entrySet()) {
                BigDecimal total = BigDecimal.ZERO;
                for (int year = 2021; year <= 2025; year++) {
                    LocalDate start = LocalDate.of(year, 1, 1);
                    BigDecimal records = sum(c, f.getValue(), Date.valueOf(start),
                            Date.valueOf(LocalDate.of(year, 12, 31)));
                    total = total.add(records);
                    assertEquals(0, records.compareTo(figure(c, "YEAR", start, f.getKey())),
                            f.getKey() + " " + year + ": published = SQL over the records");
                }
                assertTrue(total.signum() > 0, f.getKey() + " over the five years");
                if (f.getKey().equals("POVERTY_MUTUAL_AID_AMOUNT")) {
                    assertEquals(0, total.compareTo(figure(c, "FIVE_YEAR", LocalDate.of(2021, 1, 1), f.getKey())),
                            f.getKey() + " 2021-2025");
                }
            }
            assertEquals(0, sum(c, "SELECT COUNT(DISTINCT household_id) FROM poverty_status WHERE status = 'LIFTED'"
                    + " AND effective_on BETWEEN DATE '2021-01-01' AND DATE '2025-12-31'")
                    .compareTo(figure(c, "FIVE_YEAR", LocalDate.of(2021, 1, 1), "POVERTY_LIFTED")),
                    "POVERTY_LIFTED 2021-2025: a household lifted twice counted once");
            assertEquals(1, count(c, "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'DemoData'"
                    + " AND entity_id = 'poverty-history'"));
        }
    }

    // accessibility
    /**
     * The accessibility history (无障碍): home modifications in every state in each county (applied, surveyed, in
     * works, accepted, paid, refused), each paid one with its survey, works, acceptance and payment as 办理 steps on
     * its timeline, paid within its cap; an inventory of every facility kind in each county with inspections, fixed
     * and open. The published households modified, amounts paid and inventory counts of each year and of the five
     * years equal SQL over the cases and the inventory entries recorded by the period's end.
     */
    @Test
    @Order(2)
    void accessibilityHistoryIsInTheRecordsAndItsPublishedFiguresAreWhatTheySay() throws Exception {
        try (Connection c = db()) {
            String byCounty = "SELECT COUNT(DISTINCT SUBSTR(pc.division_code, 1, 6)) FROM home_modification_case h"
                    + " JOIN program_case pc ON pc.id = h.case_id WHERE ";
            assertEquals(7, count(c, byCounty + "pc.state = 'SUBMITTED'"), "applied in each county");
            assertEquals(7, count(c, byCounty + "pc.state = 'REJECTED'"), "refused in each county");
            for (String stage : List.of("SURVEYED", "WORKS", "ACCEPTED", "PAID")) {
                assertEquals(7, count(c, byCounty + "pc.state <> 'REJECTED' AND h.stage = ?", stage),
                        "a modification " + stage + " in each county");
            }
            assertEquals(0, count(c, "SELECT COUNT(*) FROM home_modification_case h JOIN program_case pc"
                    + " ON pc.id = h.case_id WHERE h.stage = 'PAID' AND (pc.state <> 'TERMINATED'"
                    + " OR h.paid_amount > h.cost_cap OR (SELECT COUNT(*) FROM case_event e WHERE e.case_id = h.case_id"
                    + " AND e.event_type = 'PROGRAM_STEP') < 4)"),
                    "a paid modification ended, within its cap, its survey, works, acceptance and payment on its timeline");
            assertEquals(77, count(c, "SELECT COUNT(*) FROM (SELECT DISTINCT SUBSTR(division_code, 1, 6), kind"
                    + " FROM accessible_facility) x"), "every kind of facility in each of the seven counties");
            assertTrue(count(c, "SELECT COUNT(*) FROM facility_inspection WHERE fixed_on IS NULL") > 0, "open findings");
            assertTrue(count(c, "SELECT COUNT(*) FROM facility_inspection WHERE fixed_on IS NOT NULL") > 0, "fixed");
            Map<String, String> inPeriod = Map.of(
                    "ACC_HOMES_MODIFIED", "SELECT COUNT(DISTINCT household_id) FROM home_modification_case"
                            + " WHERE paid_on BETWEEN ? AND ?",
                    "ACC_HOME_PAID", "SELECT SUM(paid_amount) FROM home_modification_case WHERE paid_on BETWEEN ? AND ?");
            for (Map.Entry<String, String> f : inPeriod.entrySet()) {
                BigDecimal total = BigDecimal.ZERO;
                for (int year = 2021; year <= 2025; year++) {
                    LocalDate start = LocalDate.of(year, 1, 1);
                    BigDecimal records = sum(c, f.getValue(), Date.valueOf(start), Date.valueOf(LocalDate.of(year, 12, 31)));
                    assertTrue(records.signum() > 0, f.getKey() + " " + year);
                    total = total.add(records);
                    assertEquals(0, records.compareTo(figure(c, "YEAR", start, f.getKey())),
                            f.getKey() + " " + year + ": published = SQL over the cases");
                }
                assertEquals(0, total.compareTo(figure(c, "FIVE_YEAR", LocalDate.of(2021, 1, 1), f.getKey())),
                        f.getKey() + " 2021-2025");
            }
            Map<String, String> inventory = Map.of("ACC_FOOTBRIDGE_LIFTS", "FOOTBRIDGE_LIFT",
                    "ACC_RESIDENTIAL_LIFTS", "RESIDENTIAL_LIFT", "ACC_BUS_STATIONS", "BUS_STATION",
                    "ACC_BUS_STOPS", "BUS_STOP", "ACC_PRIORITY_SEATS", "PRIORITY_SEAT",
                    "ACC_ACCESSIBLE_BUSES", "ACCESSIBLE_BUS");
            assertTrue(count(c, "SELECT COUNT(*) FROM accessible_facility_count") > count(c,
                    "SELECT COUNT(*) FROM accessible_facility"), "some counts revised over the years");
            // each entry's count in force at the period's end: its latest count dated by then
            String inForce = "SELECT SUM(c.quantity) FROM accessible_facility f JOIN accessible_facility_count c"
                    + " ON c.facility_id = f.id WHERE f.kind = ? AND c.counted_on = (SELECT MAX(c2.counted_on)"
                    + " FROM accessible_facility_count c2 WHERE c2.facility_id = f.id AND c2.counted_on <= ?)";
            for (Map.Entry<String, String> f : inventory.entrySet()) {
                for (int year = 2021; year <= 2025; year++) {
                    LocalDate end = LocalDate.of(year, 12, 31);
                    BigDecimal counted = sum(c, inForce, f.getValue(), Date.valueOf(end));
                    assertEquals(0, counted.compareTo(figure(c, "YEAR", LocalDate.of(year, 1, 1), f.getKey())),
                            f.getKey() + " at the end of " + year + ": published = SQL over the inventory");
                }
                assertEquals(0, sum(c, inForce, f.getValue(), Date.valueOf(LocalDate.of(2025, 12, 31)))
                        .compareTo(figure(c, "FIVE_YEAR", LocalDate.of(2021, 1, 1), f.getKey())), f.getKey() + " 2021-2025");
            }
            assertEquals(2, count(c, "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'DemoData'"
                    + " AND entity_id IN ('accessibility-history', 'facility-history')"));
        }
    }

    /** A district's care screens show the demo's cases: approved cases waiting for placement, last month's settlement. */
    @Test
    @Order(2)
    void theCareScreensShowTheDemosCasesToTheDistrict() {
        StaffBrowser b = StaffBrowser.shared();
        b.login("chengdong", "district123");
        b.wait.until(ExpectedConditions.urlContains("/app/home.xhtml"));
        b.open("app/care/place.xhtml");
        b.visible(By.id("waiting"));
        assertFalse(b.driver.findElements(By.cssSelector("#waiting tr.waiting-case")).isEmpty(),
                "approved care cases wait for their placement");
        b.open("app/care/settlements.xhtml");
        b.visible(By.id("settle:show")).click();
        b.waitForAjax();
        // located again on each try: the answer replaces the table the page had before it
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("settlements"),
                "城东区阳光家园托养服务中心"));
    }

    private static LocalDate lastMonth() {
        return today.withDayOfMonth(1).minusMonths(1);
    }

    /** The first day of the last complete quarter. */
    private static LocalDate lastQuarter() {
        LocalDate thisQuarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        return thisQuarter.minusMonths(3);
    }

    @Test
    @Order(3)
    void theFirstRollAUserStartsPaysTheCurrentMonthNotTheHistory() throws Exception {
        StaffBrowser b = StaffBrowser.shared();
        b.login("chengdong", "district123");
        b.open("app/subsidy/rolls.xhtml");
        b.visible(By.id("rolls:month")).clear();
        b.driver.findElement(By.id("rolls:month")).sendKeys(YearMonth.from(today).toString());
        new Select(b.driver.findElement(By.id("rolls:division"))).selectByValue("630102");
        b.driver.findElement(By.id("rolls:runButton")).click();
        // the status is re-rendered while the roll runs: an element found just before it is replaced is read again
        new WebDriverWait(b.driver, Duration.ofMinutes(3)).ignoring(StaleElementReferenceException.class).until(
                ExpectedConditions.attributeContains(By.id("rollStatus"), "class", "status-COMPLETED"));
        LocalDate month = today.withDayOfMonth(1);
        try (Connection c = db()) {
            long roll = count(c, "SELECT id FROM payment_roll WHERE roll_month = ? AND division_code = '630102'",
                    Date.valueOf(month));
            int current = count(c, "SELECT COUNT(*) FROM payment_line WHERE roll_id = ? AND paid_month = ?", roll,
                    Date.valueOf(month));
            assertTrue(current > 5, "the county's running cases are paid for this month: " + current);
            // a month before this one only for a case approved this month (its months since applying, as the
            // platform pays a late approval back), never a month the history already paid
            int backPay = count(c, "SELECT COUNT(*) FROM payment_line l WHERE l.roll_id = ? AND l.paid_month < ?"
                    + " AND NOT EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = l.case_id"
                    + " AND e.event_type = 'ACTIVATED' AND e.occurred_at >= ?)", roll, Date.valueOf(month),
                    java.sql.Timestamp.valueOf(month.atStartOfDay()));
            assertEquals(0, backPay, "no back-pay of months before " + month + " to cases the history paid");
        }
    }

    @Test
    @Order(2)
    void eachRoleSeesItsWorkWithHistoryAndTheFiveYearReviewHasFigures() throws Exception {
        StaffBrowser b = StaffBrowser.shared();
        WebDriver driver = b.driver;
        // district staff: the review queue, the rolls of its county (history listed), key figures
        home(b, "chengdong", "district123", List.of("queueTable", "rollTable", "figures"));
        String rolls = driver.findElement(By.id("rollTable")).getText();
        assertTrue(rolls.contains(YearMonth.from(today).minusMonths(1).toString()), rolls);
        // the current month's roll is left to do
        assertTrue(driver.findElement(By.id("notices")).getText()
                .contains("本月（" + YearMonth.from(today) + "）的发放名册尚未生成"), driver.findElement(By.id("notices")).getText());
        home(b, "civil-chengdong", "civil123", List.of("queueTable", "rollTable"));
        home(b, "clerk-dongguan", "clerk123", List.of("queueTable", "figures"));
        home(b, "worker-dongguan", "worker123", List.of("shortcuts"));
        home(b, "city", "city123", List.of("rollTable", "runTable", "figures"));
        home(b, "admin", "admin123", List.of("runTable", "figures"));
        String runs = driver.findElement(By.id("runTable")).getText();
        assertTrue(runs.contains("COMPLETED"), "the history's statistics runs are listed: " + runs);
        assertFalse(driver.getPageSource().contains("尚未发布任何月度统计"), "statistics are published");
        // key figures with a trend: the last month published is the one before this month
        String figures = driver.findElement(By.id("figures")).getText();
        assertTrue(Pattern.compile("\\d").matcher(figures).find(), figures);

        // the dashboard on the five-year period, and its review as Word
        b.open("app/statistics/dashboard.xhtml?type=FIVE_YEAR&start=2021-01-01");
        b.visible(By.id("kf-REG_HOLDERS"));
        String holders = driver.findElement(By.cssSelector("#kf-REG_HOLDERS .kf-value")).getText().trim();
        assertTrue(Integer.parseInt(holders) > 0, holders);
        driver.findElement(By.id("dash:reviewWord")).click();
        Path docx = b.awaitDownload(".docx");
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String t = text.getText();
            assertTrue(t.contains("残疾人事业发展综述"), t);
            assertTrue(t.contains("2021"), t);
            assertTrue(t.contains("持证残疾人" + holders + "人"), t);
            Matcher paid = Pattern.compile("两项补贴[^。]*?([0-9]+(?:\\.[0-9]+)?)(亿元|万元)").matcher(t);
            assertTrue(paid.find(), "the two subsidies paid, as a figure: " + t);
            assertTrue(new BigDecimal(paid.group(1)).signum() > 0, paid.group());
        }
    }

    private static void home(StaffBrowser b, String user, String password, List<String> shown) {
        b.login(user, password);
        b.wait.until(ExpectedConditions.urlContains("/app/home.xhtml"));
        for (String id : shown) {
            b.visible(By.id(id));
        }
        if (shown.contains("queueTable")) {
            assertFalse(b.driver.findElements(By.cssSelector("#queueTable a.case-link")).isEmpty(),
                    user + " has demo cases waiting at their stage");
        }
    }

    /** The city's figure: figures are published per county, the city's is their sum (counts and amounts). */
    private static BigDecimal figure(Connection c, String type, LocalDate start, String indicator) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*), SUM(figure_value) FROM stat_figure"
                + " WHERE period_type = ? AND period_start = ? AND indicator_code = ? AND division_code LIKE '6301%'"
                + " AND dimension = 'TOTAL'")) {
            s.setString(1, type);
            s.setDate(2, Date.valueOf(start));
            s.setString(3, indicator);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertEquals(7, r.getInt(1), indicator + " " + type + " " + start + " published for the seven counties");
                return r.getBigDecimal(2);
            }
        }
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + DATA + "/dpf;AUTO_SERVER=TRUE;MODE=Oracle;"
                + "DEFAULT_NULL_ORDERING=HIGH", "", "");
    }

    /** A count while the server may still be creating the database: -1, and the reason kept, until it can. */
    private static int count(String sql) {
        try (Connection c = db()) {
            return count(c, sql);
        } catch (SQLException e) {
            lastError = e.toString();
            return -1;
        }
    }

    private static String lastError;

    private static int count(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        }
    }

    private static BigDecimal sum(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBigDecimal(1) == null ? BigDecimal.ZERO : r.getBigDecimal(1);
            }
        }
    }

    private static void script(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", System.getProperty("dpf.server.script")));
        command.addAll(List.of(args));
        ProcessBuilder p = new ProcessBuilder(command).inheritIO();
        Map<String, String> env = p.environment();
        env.put("DPF_SERVER_DIR", SERVER_DIR);
        env.put("DPF_DOMAIN", DOMAIN);
        env.put("DPF_PORTBASE", String.valueOf(PORT_BASE));
        env.put("DPF_DATA_DIR", DATA.toString());
        env.put("DPF_WIPE_DATA", "true");
        env.put("DPF_DB", "h2");
        env.put("DPF_DEMO", "true");
        env.put("DPF_DEMO_PEOPLE", String.valueOf(PEOPLE));
        env.put("DPF_DEMO_HISTORY", "true");
        assertEquals(0, p.start().waitFor(), String.join(" ", command));
    }
}
