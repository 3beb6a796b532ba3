package cn.xndpf.it.employment;

import cn.xndpf.application.employment.DeclarationColumn;
import cn.xndpf.application.employment.DeclarationForm;
import cn.xndpf.application.employment.DeclarationImportService;
import cn.xndpf.application.employment.DeclarationView;
import cn.xndpf.application.employment.EmployerForm;
import cn.xndpf.application.employment.EmployerView;
import cn.xndpf.application.employment.FundView;
import cn.xndpf.application.employment.QuotaService;
import cn.xndpf.application.employment.SecurityFundReport;
import cn.xndpf.application.employment.SecurityFundService;
import cn.xndpf.application.employment.TaxOfficeService;
import cn.xndpf.application.person.PersonRegistration;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.shared.ImportReport;
import cn.xndpf.domain.employment.CreditCode;
import cn.xndpf.domain.employment.EmployerKind;
import cn.xndpf.domain.employment.FundRules;
import cn.xndpf.domain.employment.VerificationOutcome;
import cn.xndpf.domain.person.CertificateNumber;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quota employment and the security fund through their EJB services and the batch job: employers in a jurisdiction,
 * a declaration verified against the registry (each reason kept, a level 1-2 employee counted twice), a person
 * declared by two employers counting for neither until the city decides, the fund at exactly 1% computed once and
 * kept when a rule changes for a later year, and the job failing in the middle and restarted with no employer
 * computed twice or lost.
 */
@ExtendWith(ArquillianExtension.class)
class EmploymentIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String DONGGUAN = "630102001001";
    /** The last year that is over: declarations are made for it. */
    private static final int YEAR = PlatformClock.today().getYear() - 1;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(EmploymentIT.class);
    }

    @EJB
    private QuotaService quota;

    @EJB
    private SecurityFundService funds;

    @EJB
    private RegistryService registry;

    @EJB
    private TaxOfficeService taxOffice;

    @EJB
    private DeclarationImportService declarationImport;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    /** A valid credit code registered in {@code division} (6 digits), new for each call. */
    private static String creditCode(String division) {
        StringBuilder s = new StringBuilder("91").append(division);
        for (int i = 0; i < 9; i++) {
            s.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return s.toString() + CreditCode.checkCharacter(s.toString());
    }

    /** A registered person aged 30-49 holding a certificate since a year and a half ago; returns the ID number. */
    private String person(DisabilityLevel level) {
        StaffLogin.as("chengdong", "district123");
        LocalDate birth = PlatformClock.today().minusYears(30 + RANDOM.nextInt(20)).minusDays(1 + RANDOM.nextInt(360));
        String first17 = "630102" + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), 1 + RANDOM.nextInt(998));
        String id = first17 + IdNumber.checkCharacter(first17);
        long personId = registry.register(new PersonRegistration(id, "就业测试职工", "汉族", "13900000002",
                "测试地址5号", DONGGUAN, "HE" + id, true));
        registry.issueCertificate(personId, DisabilityCategory.PHYSICAL, level, LocalDate.of(YEAR - 1, 6, 1));
        return id;
    }

    private static String certificate(String id, DisabilityLevel level) {
        return CertificateNumber.of(IdNumber.of(id), DisabilityCategory.PHYSICAL, level).value();
    }

    private static DeclarationForm.Employee employee(String id, DisabilityLevel level, String wage) {
        return new DeclarationForm.Employee(id, certificate(id, level), LocalDate.of(YEAR - 2, 3, 1), null, 12,
                new BigDecimal(wage));
    }

    private EmployerView employer(String division, String name) {
        return quota.register(new EmployerForm(creditCode(division.substring(0, 6)), name + RANDOM.nextInt(100000),
                division, EmployerKind.ENTERPRISE, "国家税务总局西宁市城东区税务局"));
    }

    @Test
    void employersAreRegisteredInTheJurisdictionOnlyAndAudited() throws SQLException {
        StaffLogin.as("chengdong", "district123");
        EmployerView mine = employer("630102", "城东测试企业");
        assertTrue(quota.employers().stream().anyMatch(e -> e.id() == mine.id()));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Employer' AND entity_id = '"
                + mine.id() + "' AND actor = 'chengdong' AND action = 'CREATE'"));

        long employers = count("SELECT COUNT(*) FROM employer");
        long audits = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Employer'");
        assertThrows(AccessDeniedException.class, () -> employer("630103", "越权企业"));
        InvalidValueException badCode = assertThrows(InvalidValueException.class, () -> quota.register(
                new EmployerForm("91630102M000100Y44", "校验码错", "630102", EmployerKind.ENTERPRISE, "城东区税务局")));
        assertEquals("creditCode.checkCharacter", badCode.key());
        assertEquals("creditCode", badCode.field());
        assertEquals("employment.employerExists", assertThrows(InvalidValueException.class, () -> quota.register(
                new EmployerForm(mine.creditCode(), "重复", "630102", EmployerKind.ENTERPRISE, "城东区税务局"))).key());
        assertEquals("employment.taxOfficeRequired", assertThrows(InvalidValueException.class, () -> quota.register(
                new EmployerForm(creditCode("630102"), "无税务机关", "630102", EmployerKind.ENTERPRISE, " "))).key());
        assertEquals(employers, count("SELECT COUNT(*) FROM employer"), "refusals register nothing");
        assertEquals(audits, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Employer'"),
                "refusals audit nothing");

        StaffLogin.as("chengzhong", "district123");
        assertTrue(quota.employers().stream().noneMatch(e -> e.id() == mine.id()), "another district does not see it");
        assertEquals("employment.employerNotFound",
                assertThrows(InvalidValueException.class, () -> quota.employer(mine.id())).key());
        StaffLogin.as("clerk-dongguan", "clerk123");
        assertThrows(EJBAccessException.class, () -> quota.employers(), "a township clerk has no employment service");
    }

    @Test
    void aDeclarationIsVerifiedPerEmployeeAndADoubleDeclarationCountsNowhereUntilTheCityDecides() throws Exception {
        String severe = person(DisabilityLevel.TWO);
        String lowPaid = person(DisabilityLevel.THREE);
        String twice = person(DisabilityLevel.FOUR);
        String unregistered = "630102199001011" + String.format("%02d", RANDOM.nextInt(100));
        unregistered = unregistered.substring(0, 17) + IdNumber.checkCharacter(unregistered.substring(0, 17));

        StaffLogin.as("chengdong", "district123");
        EmployerView east = employer("630102", "城东测试公司");
        long declarations = count("SELECT COUNT(*) FROM employment_declaration");
        assertEquals("employment.certificateNotTheEmployees", assertThrows(InvalidValueException.class,
                () -> quota.declare(new DeclarationForm(east.id(), YEAR, 300, new BigDecimal("24000000.00"),
                        List.of(new DeclarationForm.Employee(severe, certificate(lowPaid, DisabilityLevel.THREE),
                                LocalDate.of(YEAR - 2, 3, 1), null, 12, new BigDecimal("3000"))))))
                .key());
        assertEquals("employment.yearOutOfRange", assertThrows(InvalidValueException.class,
                () -> quota.declare(new DeclarationForm(east.id(), YEAR + 1, 300, new BigDecimal("1"), List.of()))).key());
        assertEquals(declarations, count("SELECT COUNT(*) FROM employment_declaration"), "refusals declare nothing");

        DeclarationView declared = quota.declare(new DeclarationForm(east.id(), YEAR, 300,
                new BigDecimal("24000000.00"), List.of(employee(severe, DisabilityLevel.TWO, "4000"),
                employee(lowPaid, DisabilityLevel.THREE, "1000.00"), employee(twice, DisabilityLevel.FOUR, "3000"),
                employee(unregistered, DisabilityLevel.THREE, "3000"))));
        assertFalse(declared.verified());
        assertTrue(declared.employees().stream().allMatch(e -> e.outcome() == VerificationOutcome.PENDING));
        assertEquals("employment.declared", assertThrows(InvalidValueException.class, () -> quota.declare(
                new DeclarationForm(east.id(), YEAR, 1, BigDecimal.ONE, List.of()))).key(), "once a year");

        DeclarationView verified = quota.verify(east.id(), YEAR);
        assertEquals(3, verified.recognisedCount(), "level 2 counts two, level 4 one; the others none");
        assertEquals(List.of(VerificationOutcome.RECOGNISED, VerificationOutcome.NOT_RECOGNISED,
                VerificationOutcome.RECOGNISED, VerificationOutcome.NOT_RECOGNISED),
                verified.employees().stream().map(DeclarationView.Employee::outcome).toList());
        assertEquals(List.of("employment.wageBelowMinimum"), verified.employees().get(1).reasonKeys());
        assertEquals(List.of("employment.notRegistered"), verified.employees().get(3).reasonKeys());
        assertTrue(verified.employees().get(0).maskedIdNumber().contains("****"), "ID numbers leave masked");

        // the same person declared by a 城中区 employer for the same year: neither counts until decided
        StaffLogin.as("city", "city123");
        EmployerView centre = employer("630103", "城中测试公司");
        quota.declare(new DeclarationForm(centre.id(), YEAR, 40, new BigDecimal("2400000.00"),
                List.of(employee(twice, DisabilityLevel.FOUR, "3000"))));
        DeclarationView centreVerified = quota.verify(centre.id(), YEAR);
        assertEquals(VerificationOutcome.DUPLICATE, centreVerified.employees().get(0).outcome());
        assertEquals(0, centreVerified.recognisedCount());
        DeclarationView eastNow = quota.declaration(east.id(), YEAR).orElseThrow();
        assertEquals(VerificationOutcome.DUPLICATE, eastNow.employees().get(2).outcome());
        assertEquals(2, eastNow.recognisedCount(), "the double declaration no longer counts for 城东 either");
        String eastMarked = "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'EmploymentDeclaration' AND entity_id = '"
                + declared.id() + "' AND actor = 'city' AND action = 'UPDATE' AND division_code = '630102'";
        assertEquals(1, count(eastMarked), "城东's declaration, changed by 城中's verification, has its own entry");
        assertEquals(1, count(eastMarked + " AND before_state LIKE '%\"recognised\":3%'"
                + " AND after_state LIKE '%\"recognised\":2%' AND after_state LIKE '%\"duplicateOf\":\""
                + centre.creditCode().substring(0, 4) + "%'"
                + " AND after_state NOT LIKE '%" + twice + "%'"), "what it counted before and after, whom (a credit code of digits only is masked like an ID number), masked");
        quota.verify(centre.id(), YEAR);
        assertEquals(1, count(eastMarked), "verifying again changes 城东's declaration no more and audits it no more");
        assertEquals("employment.duplicatesPending",
                assertThrows(InvalidValueException.class, () -> funds.compute(east.id(), YEAR)).key());
        assertTrue(funds.fund(east.id(), YEAR).isEmpty(), "nothing computed");

        long eastDuplicate = eastNow.employees().get(2).id();
        StaffLogin.as("chengdong", "district123");
        assertThrows(AccessDeniedException.class, () -> quota.resolveDuplicate(eastDuplicate),
                "the other employer is outside 城东区: the city decides");
        assertEquals(VerificationOutcome.DUPLICATE,
                quota.declaration(east.id(), YEAR).orElseThrow().employees().get(2).outcome(), "nothing changed");

        StaffLogin.as("city", "city123");
        long audits = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'EmploymentDeclaration'");
        DeclarationView decided = quota.resolveDuplicate(eastDuplicate);
        assertEquals(3, decided.recognisedCount());
        assertEquals(VerificationOutcome.RECOGNISED, decided.employees().get(2).outcome());
        DeclarationView centreNow = quota.declaration(centre.id(), YEAR).orElseThrow();
        assertEquals(VerificationOutcome.NOT_RECOGNISED, centreNow.employees().get(0).outcome());
        assertEquals(List.of("employment.duplicateResolvedElsewhere"), centreNow.employees().get(0).reasonKeys());
        assertEquals(audits + 1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'EmploymentDeclaration'"));

        // 300 staff x 1.5% = 4.5 required, 3 recognised = exactly 1%: 1.5 x 80000.00 x 50% = 60000.00
        FundView fund = funds.compute(east.id(), YEAR);
        assertEquals(new BigDecimal("60000.00"), fund.due());
        assertEquals("1.5", line(fund, "shortfall"));
        assertEquals("80000.00", line(fund, "averageWage"));
        assertEquals("1.00%", line(fund, "actualRatio"));
        assertEquals("50%", line(fund, "share"));
        assertEquals(new BigDecimal("60000.00"), fund.outstanding());
        assertEquals("employment.fundComputed",
                assertThrows(InvalidValueException.class, () -> quota.verify(east.id(), YEAR)).key(),
                "a computed year's verification stands");
        // 40 staff, none recognised: 0.6 x 60000.00 x 90%
        assertEquals(new BigDecimal("32400.00"), funds.compute(centre.id(), YEAR).due());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'SecurityFund' AND entity_id = '"
                + fund.id() + "'"));

        StaffLogin.as("chengzhong", "district123");
        assertTrue(funds.fund(east.id(), YEAR).isEmpty(), "another district does not see 城东's fund");
        assertTrue(funds.funds(YEAR).stream().noneMatch(f -> f.id() == fund.id()));
    }

    /**
     * The fund at its thresholds through the service and the stored settings of the year (V36): exactly 30 staff are
     * exempt and 31 are not; the quota met pays nothing; just below 1% pays the 90% share (exactly 1% is in the test
     * above); an average wage above the cap counts at the cap. Each computed fund is stored line by line.
     */
    @Test
    void theFundAtEveryThresholdThroughTheServiceAndTheYearsStoredRules() throws Exception {
        List<String> people = List.of(person(DisabilityLevel.THREE), person(DisabilityLevel.FOUR),
                person(DisabilityLevel.THREE), person(DisabilityLevel.FOUR));
        StaffLogin.as("chengdong", "district123");
        FundRules.Policy policy = funds.policy(YEAR);
        assertEquals(30, policy.exemptStaffAtMost(), "V36: at most 30 staff exempt");

        FundView thirty = declaredAndComputed(30, "1800000.00", List.of());
        assertTrue(thirty.exempt(), "exactly 30 staff: exempt");
        assertEquals(new BigDecimal("0.00"), thirty.due());

        // 31 x 1.5% = 0.465 short, 60000.00 a year, below 1%: 0.465 x 60000.00 x 90%
        FundView thirtyOne = declaredAndComputed(31, "1860000.00", List.of());
        assertFalse(thirtyOne.exempt(), "31 staff: not exempt");
        assertEquals(new BigDecimal("25110.00"), thirtyOne.due());
        assertEquals("90%", line(thirtyOne, "share"));

        // 100 x 1.5% = 1.5 required, 2 recognised: the quota met
        FundView met = declaredAndComputed(100, "6000000.00", List.of(employee(people.get(0), DisabilityLevel.THREE,
                "3000"), employee(people.get(1), DisabilityLevel.FOUR, "3000")));
        assertEquals("0", line(met, "shortfall"));
        assertEquals(new BigDecimal("0.00"), met.due());

        // 201 staff, 2 recognised = 0.995%, just below 1%: (3.015 - 2) x 80000.00 x 90%
        FundView below = declaredAndComputed(201, "16080000.00", List.of(employee(people.get(2), DisabilityLevel.THREE,
                "3000"), employee(people.get(3), DisabilityLevel.FOUR, "3000")));
        assertEquals("0.99%", line(below, "actualRatio"));
        assertEquals("90%", line(below, "share"));
        assertEquals(new BigDecimal("73080.00"), below.due());

        // an average of three local average wages counts at the cap, twice the local average wage
        BigDecimal cap = policy.capMultiple().multiply(policy.localAverageWage()).setScale(2, java.math.RoundingMode.HALF_UP);
        FundView capped = declaredAndComputed(100, policy.localAverageWage().multiply(BigDecimal.valueOf(300))
                .setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), List.of());
        assertEquals(cap.toPlainString(), line(capped, "cap"));
        assertEquals(cap.toPlainString(), line(capped, "baseWage"), "the wage counted is the cap");
        assertEquals(new BigDecimal("1.5").multiply(cap).multiply(new BigDecimal("0.9"))
                .setScale(2, java.math.RoundingMode.HALF_UP), capped.due());

        for (FundView f : List.of(thirty, thirtyOne, met, below, capped)) {
            assertEquals(f.lines().size(), count("SELECT COUNT(*) FROM security_fund_line WHERE fund_id = " + f.id()),
                    "every line of fund " + f.id() + " stored");
        }
    }

    /** A 城东区 employer declaring a year with these employees, verified and computed. */
    private FundView declaredAndComputed(int staff, String wages, List<DeclarationForm.Employee> employees) {
        StaffLogin.as("chengdong", "district123");
        EmployerView e = employer("630102", "门槛测试企业");
        quota.declare(new DeclarationForm(e.id(), YEAR, staff, new BigDecimal(wages), employees));
        assertEquals(employees.size(), quota.verify(e.id(), YEAR).employees().stream()
                .filter(x -> x.outcome() == VerificationOutcome.RECOGNISED).count(), "every employee recognised");
        return funds.compute(e.id(), YEAR);
    }

    @Test
    void aRuleChangedForALaterYearLeavesTheEarlierYearAsItWas() throws Exception {
        String employee = person(DisabilityLevel.THREE);
        StaffLogin.as("chengdong", "district123");
        EmployerView before = employer("630102", "规则变更前");
        EmployerView after = employer("630102", "规则变更后");
        // 200 staff, 2 recognised = exactly 1%, 80000.00 a year: 1 x 80000.00 x 50%
        for (EmployerView e : List.of(before, after)) {
            quota.declare(new DeclarationForm(e.id(), YEAR, 200, new BigDecimal("16000000.00"),
                    List.of(employee(e == before ? employee : person(DisabilityLevel.THREE), DisabilityLevel.THREE,
                            "3000"), employee(person(DisabilityLevel.FOUR), DisabilityLevel.FOUR, "3000"))));
            StaffLogin.as("chengdong", "district123");
            quota.verify(e.id(), YEAR);
        }
        FundView first = funds.compute(before.id(), YEAR);
        assertEquals(new BigDecimal("40000.00"), first.due());
        int thisYear = YEAR + 1;
        try {
            // no reduction any more from next year's first day: a later rule, dated, as the federation adds it
            execute("DELETE FROM policy_setting WHERE id IN (1590, 1591)");
            execute("INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1590, '"
                    + FundRules.SHARE_AT_OR_ABOVE + "', '1', DATE '" + thisYear + "-01-01', 'EmploymentIT')");
            execute("INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1591, '"
                    + FundRules.SHARE_BELOW + "', '1', DATE '" + thisYear + "-01-01', 'EmploymentIT')");
            assertEquals(0, BigDecimal.ONE.compareTo(funds.policy(thisYear).shareAtOrAboveTier()), "the new rule holds");
            assertEquals(first, funds.compute(before.id(), YEAR), "the stored year answered as it was");
            assertEquals(new BigDecimal("40000.00"), funds.compute(after.id(), YEAR).due(),
                    "a year computed now still follows the rules of its own time");
            assertEquals(1, count("SELECT COUNT(*) FROM security_fund WHERE employer_id = " + before.id()));
        } finally {
            execute("DELETE FROM policy_setting WHERE id IN (1590, 1591)");
        }
    }

    @Test
    void theJobFailedInTheMiddleAndRestartedComputesEveryEmployerOnce() throws Exception {
        String division = "630102002";
        long earlier = count("SELECT COUNT(*) FROM employer WHERE division_code LIKE '" + division + "%'");
        StaffLogin.as("chengdong", "district123");
        List<Long> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            EmployerView e = employer(division, "批量计算企业");
            quota.declare(new DeclarationForm(e.id(), YEAR, 100 + i, new BigDecimal("5000000.00"), List.of()));
            quota.verify(e.id(), YEAR);
            mine.add(e.id());
        }

        // the service never sets the fault injection: started (and restarted) with the job operator, with the
        // parameters the service passes
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties p = new Properties();
        p.setProperty(SecurityFundService.YEAR, String.valueOf(YEAR));
        p.setProperty(SecurityFundService.DIVISION, division);
        p.setProperty(SecurityFundService.CHUNK_SIZE, "1");
        p.setProperty("requestedBy", "chengdong");
        Properties faulty = new Properties();
        faulty.putAll(p);
        faulty.setProperty(SecurityFundService.FAIL_AFTER_ITEMS, String.valueOf(earlier + 3));
        JobExecution failed = await(operator, operator.start(SecurityFundService.JOB, faulty));
        assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
        assertEquals(3, count("SELECT COUNT(*) FROM security_fund WHERE job_execution = " + failed.getExecutionId()),
                "three of this test's employers computed before the failure");

        JobExecution restarted = await(operator, operator.restart(failed.getExecutionId(), p));
        assertEquals(BatchStatus.COMPLETED, restarted.getBatchStatus(), restarted.getExitStatus());
        assertEquals(2, count("SELECT COUNT(*) FROM security_fund WHERE job_execution = "
                + restarted.getExecutionId()), "the restart computed the other two and nobody again");
        for (long id : mine) {
            assertEquals(1, count("SELECT COUNT(*) FROM security_fund WHERE fund_year = " + YEAR
                    + " AND employer_id = " + id), "one fund for employer " + id);
            assertEquals(1, count("SELECT COUNT(*) FROM audit_entry a JOIN security_fund f ON a.entity_id = "
                    + "CAST(f.id AS VARCHAR(20)) WHERE a.entity_type = 'SecurityFund' AND f.employer_id = " + id),
                    "computed once for employer " + id);
        }
        StaffLogin.as("chengdong", "district123");
        assertEquals(new BigDecimal("67500.00"), funds.fund(mine.get(0), YEAR).orElseThrow().due(),
                "100 staff, none recognised, 50000.00 a year: 1.5 x 50000.00 x 90%");

        // the year's report (计算明细): every employer the job computed, each line of its computation as stored,
        // the lines of all the year's funds read in one statement (they were read one fund at a time)
        long fundCount = count("SELECT COUNT(*) FROM security_fund WHERE fund_year = " + YEAR
                + " AND division_code LIKE '630102%'");
        long lineReadsBefore = lineReads();
        List<List<String>> rows = reportRows(funds.report(YEAR));
        long lineReads = lineReads() - lineReadsBefore;
        assertTrue(fundCount >= 5 && lineReads <= 1, lineReads + " statements read the lines of " + fundCount + " funds");
        assertEquals(SecurityFundReport.HEADINGS, rows.get(0));
        for (long id : mine) {
            String code = text("SELECT credit_code FROM employer WHERE id = " + id).get(0);
            List<String> stored = text("SELECT l.label || '=' || l.line_value FROM security_fund_line l JOIN security_fund f"
                    + " ON f.id = l.fund_id WHERE f.employer_id = " + id + " AND f.fund_year = " + YEAR + " ORDER BY l.line_no");
            assertTrue(stored.size() >= 5, "the stored computation of employer " + id);
            assertEquals(stored, rows.stream().filter(r -> r.get(0).equals(code)).map(r -> r.get(5) + "=" + r.get(6))
                    .toList(), "the report's lines of employer " + code + " are the stored computation");
        }
        StaffLogin.as("chengzhong", "district123");
        List<String> codesElsewhere = reportRows(funds.report(YEAR)).stream().map(r -> r.get(0)).toList();
        for (long id : mine) {
            assertFalse(codesElsewhere.contains(text("SELECT credit_code FROM employer WHERE id = " + id).get(0)),
                    "another district's report does not show 城东's employer " + id);
        }
    }

    private static List<List<String>> reportRows(byte[] workbook) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            for (Row row : wb.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < SecurityFundReport.HEADINGS.size(); i++) {
                    cells.add(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private List<String> text(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    @Test
    void theTaxOfficeReadsTheFundsOfItsDivisionsAndReportsWhatItCollected() throws Exception {
        String tax = "it-tax-" + RANDOM.nextInt(1_000_000);
        String other = "it-other-" + RANDOM.nextInt(1_000_000);
        execute("INSERT INTO partner (code, name, secret_hash, scopes, active) VALUES ('" + tax
                + "', '城东区税务局', 'unused', 'security-fund', 1)");
        execute("INSERT INTO partner_division (partner_code, division_code) VALUES ('" + tax + "', '630102')");
        execute("INSERT INTO partner (code, name, secret_hash, scopes, active) VALUES ('" + other
                + "', '其他合作方', 'unused', 'certificate-verification', 1)");
        execute("INSERT INTO partner_division (partner_code, division_code) VALUES ('" + other + "', '630102')");

        StaffLogin.as("city", "city123");
        EmployerView east = employer("630102", "城东纳税企业");
        EmployerView centre = employer("630103", "城中纳税企业");
        EmployerView notComputed = employer("630102", "未计算企业");
        for (EmployerView e : List.of(east, centre, notComputed)) {
            quota.declare(new DeclarationForm(e.id(), YEAR, 100, new BigDecimal("5000000.00"), List.of()));
            quota.verify(e.id(), YEAR);
        }
        FundView eastFund = funds.compute(east.id(), YEAR);
        funds.compute(centre.id(), YEAR);
        assertEquals(new BigDecimal("67500.00"), eastFund.due());

        List<FundView> seen = taxOffice.verifiedFunds(tax, YEAR);
        assertTrue(seen.stream().anyMatch(f -> f.employerId() == east.id()));
        assertTrue(seen.stream().allMatch(f -> f.divisionCode().startsWith("630102")), "only the divisions it serves");

        FundView collected = taxOffice.reportCollected(tax, east.creditCode(), YEAR, new BigDecimal("50000.00"),
                PlatformClock.today().minusDays(1));
        assertEquals(new BigDecimal("50000.00"), collected.collected());
        assertEquals(new BigDecimal("17500.00"), collected.outstanding());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'SecurityFund' AND entity_id = '"
                + eastFund.id() + "' AND actor = 'partner:" + tax + "' AND action = 'UPDATE'"));

        long audits = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'SecurityFund'");
        assertEquals("employment.employerNotFound", assertThrows(InvalidValueException.class,
                () -> taxOffice.reportCollected(tax, centre.creditCode(), YEAR, BigDecimal.TEN,
                        PlatformClock.today())).key(), "a division it does not serve looks unknown");
        assertThrows(AccessDeniedException.class, () -> taxOffice.reportCollected(other, east.creditCode(), YEAR,
                BigDecimal.TEN, PlatformClock.today()), "no security-fund scope");
        assertThrows(AccessDeniedException.class, () -> taxOffice.verifiedFunds(other, YEAR));
        assertEquals("employment.collectedAmount", assertThrows(InvalidValueException.class,
                () -> taxOffice.reportCollected(tax, east.creditCode(), YEAR, new BigDecimal("-1"),
                        PlatformClock.today())).key());
        assertEquals("date.future", assertThrows(InvalidValueException.class,
                () -> taxOffice.reportCollected(tax, east.creditCode(), YEAR, BigDecimal.TEN,
                        PlatformClock.today().plusDays(1))).key());
        assertEquals("employment.notComputed", assertThrows(InvalidValueException.class,
                () -> taxOffice.reportCollected(tax, notComputed.creditCode(), YEAR, BigDecimal.TEN,
                        PlatformClock.today())).key());
        assertEquals(audits, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'SecurityFund'"),
                "refusals audit nothing");
        StaffLogin.as("chengdong", "district123");
        FundView staffSee = funds.fund(east.id(), YEAR).orElseThrow();
        assertEquals(new BigDecimal("50000.00"), staffSee.collected(), "refusals changed nothing");
        assertEquals(new BigDecimal("17500.00"), staffSee.outstanding());
    }

    @Test
    void anExcelImportTakesWholeDeclarationsOnlyAndNamesEveryBadRowInChinese() throws Exception {
        String severe = person(DisabilityLevel.TWO);
        String mild = person(DisabilityLevel.THREE);
        String four = person(DisabilityLevel.FOUR);
        StaffLogin.as("city", "city123");
        EmployerView elsewhere = employer("630103", "城中导入公司");
        StaffLogin.as("chengdong", "district123");
        EmployerView whole = employer("630102", "城东导入公司");
        EmployerView held = employer("630102", "城东导入待改公司");
        EmployerView nobody = employer("630102", "城东导入无残疾职工公司");
        EmployerView differing = employer("630102", "城东导入人数不一公司");
        String from = (YEAR - 2) + "-03-01";
        String badCode = whole.creditCode().substring(0, 17) + (whole.creditCode().endsWith("0") ? "1" : "0");
        byte[] file = workbook(
                row(whole.creditCode(), YEAR, 200, "9000000", severe, certificate(severe, DisabilityLevel.TWO), "二级",
                        from, "", 12, 4000),                                                         // 2: good
                row(whole.creditCode(), YEAR, 200, 9000000, mild, certificate(mild, DisabilityLevel.THREE), "3",
                        from, (YEAR + 3) + "-02-28", "12", "3500.50"),                              // 3: good
                row(held.creditCode(), YEAR, 50, 2000000, four, certificate(four, DisabilityLevel.FOUR), "三级",
                        from, "", 12, 3000),                                                         // 4: level
                row(held.creditCode(), YEAR, 50, 2000000, mild, certificate(mild, DisabilityLevel.THREE), "三级",
                        from, "", 12, 3000),                                                         // 5: held back
                row(elsewhere.creditCode(), YEAR, 30, 1000000, "", "", "", "", "", "", ""),          // 6: not ours
                row(nobody.creditCode(), YEAR, 40, 1500000, "", "", "", "", "", "", ""),             // 7: good, nobody
                row(badCode, YEAR, 40, 1500000, "", "", "", "", "", "", ""),                         // 8: check char
                row(differing.creditCode(), YEAR, 60, 3000000, four, certificate(four, DisabilityLevel.FOUR), "四级",
                        from, "", 12, 3000),                                                         // 9: held back
                row(differing.creditCode(), YEAR, 61, 3000000, mild, certificate(mild, DisabilityLevel.THREE), "三级",
                        "2023年13月1日", "", 12, 3000));                                             // 10: two faults
        long declarations = count("SELECT COUNT(*) FROM employment_declaration");
        long declared = count("SELECT COUNT(*) FROM declared_employee");
        long audits = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'EmploymentDeclaration'");

        ImportReport report = declarationImport.importDeclarations(file, Locale.SIMPLIFIED_CHINESE);

        assertEquals(9, report.rows());
        assertEquals(List.of(2, 3, 7), report.imported().stream().map(ImportReport.ImportedRow::row).toList());
        assertEquals(List.of(
                        "4 LEVEL 残疾等级与残疾人证号所载等级（四级）不符",
                        "5 null 本行无误，但同一单位同一年度的第4行有误，整份申报暂未导入",
                        "6 CREDIT_CODE 未找到该用人单位",
                        "8 CREDIT_CODE 统一社会信用代码校验码不正确",
                        "9 null 本行无误，但同一单位同一年度的第10行有误，整份申报暂未导入",
                        "10 CONTRACT_FROM 劳动合同起始日期“2023年13月1日”格式不正确，应如2024-03-01",
                        "10 STAFF_COUNT 本行的在职职工人数与同一单位同一年度的第9行不同"),
                report.problems().stream().map(p -> p.row() + " " + p.column() + " " + p.message()).toList());
        assertEquals(declarations + 2, count("SELECT COUNT(*) FROM employment_declaration"), "two declarations");
        assertEquals(declared + 2, count("SELECT COUNT(*) FROM declared_employee"), "nothing of a bad row stored");
        for (EmployerView refused : List.of(held, elsewhere, differing)) {
            assertEquals(0, count("SELECT COUNT(*) FROM employment_declaration WHERE employer_id = " + refused.id()));
        }
        DeclarationView taken = quota.declaration(whole.id(), YEAR).orElseThrow();
        assertEquals(200, taken.staffCount());
        assertEquals(2, taken.employees().size());
        assertEquals(report.imported().get(0).id(), taken.id());
        assertEquals(1, count("SELECT COUNT(*) FROM employment_declaration WHERE id = " + taken.id()
                + " AND channel = 'IMPORT' AND declared_by = 'chengdong' AND total_wages = 9000000"));
        assertTrue(quota.declaration(nobody.id(), YEAR).orElseThrow().employees().isEmpty());
        assertEquals(audits + 2, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'EmploymentDeclaration'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'EmploymentDeclaration'"
                + " AND entity_id = '" + taken.id() + "' AND actor = 'chengdong' AND action = 'CREATE'"
                + " AND after_state LIKE '%****%' AND after_state NOT LIKE '%" + severe + "%'"));
        assertEquals(3, quota.verify(whole.id(), YEAR).recognisedCount(), "verified like any declaration");
        long audited = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'EmploymentDeclaration'");

        // the same file again stores nothing twice; in English each row says why
        ImportReport again = declarationImport.importDeclarations(file, Locale.ENGLISH);
        assertTrue(again.imported().isEmpty());
        assertEquals("This employer has already declared this year", again.problems().get(0).message());
        assertEquals(DeclarationColumn.YEAR, again.problems().get(0).column());
        assertEquals(declarations + 2, count("SELECT COUNT(*) FROM employment_declaration"));
        assertEquals(audited, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'EmploymentDeclaration'"),
                "a refused import audits nothing");

        // a file that is no workbook, and a role without employment, store nothing
        InvalidValueException notWorkbook = assertThrows(InvalidValueException.class,
                () -> declarationImport.importDeclarations("统一社会信用代码,申报年度".getBytes(), Locale.SIMPLIFIED_CHINESE));
        assertEquals("file", notWorkbook.field());
        StaffLogin.as("clerk-dongguan", "clerk123");
        assertThrows(EJBAccessException.class,
                () -> declarationImport.importDeclarations(file, Locale.SIMPLIFIED_CHINESE));
        assertEquals(declarations + 2, count("SELECT COUNT(*) FROM employment_declaration"));
    }

    private static Object[] row(Object... cells) {
        return cells;
    }

    private static byte[] workbook(Object[]... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("年审申报");
            Row head = sheet.createRow(0);
            for (DeclarationColumn c : DeclarationColumn.values()) {
                head.createCell(c.ordinal()).setCellValue(c.chineseName());
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows[r].length; i++) {
                    if (rows[r][i] instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (!"".equals(rows[r][i])) {
                        row.createCell(i).setCellValue(String.valueOf(rows[r][i]));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static String line(FundView f, String item) {
        return f.lines().stream().filter(l -> l.item().equals(item)).findFirst().orElseThrow().value();
    }

    private static JobExecution await(JobOperator operator, long executionId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            JobExecution e = operator.getJobExecution(executionId);
            BatchStatus s = e.getBatchStatus();
            if (s == BatchStatus.COMPLETED || s == BatchStatus.FAILED || s == BatchStatus.STOPPED
                    || s == BatchStatus.ABANDONED) {
                return e;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("job execution " + executionId + " did not end in time");
    }

    /**
     * How many statements reading {@code security_fund_line} the database has run so far, from H2's own query
     * statistics (switched on here; kept for up to 1,000 distinct statements).
     */
    private long lineReads() throws SQLException {
        try (Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("SET QUERY_STATISTICS_MAX_ENTRIES 1000");
            s.execute("SET QUERY_STATISTICS TRUE");
        }
        return count("SELECT COALESCE(SUM(EXECUTION_COUNT), 0) FROM INFORMATION_SCHEMA.QUERY_STATISTICS"
                + " WHERE UPPER(SQL_STATEMENT) LIKE '%FROM SECURITY_FUND_LINE%'"
                + " AND UPPER(SQL_STATEMENT) NOT LIKE '%QUERY_STATISTICS%'");
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }
}
