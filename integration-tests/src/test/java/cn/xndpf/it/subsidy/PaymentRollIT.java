package cn.xndpf.it.subsidy;

import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.subsidy.BankReturnRejected;
import cn.xndpf.application.subsidy.BankReturnReport;
import cn.xndpf.application.subsidy.ExportedFile;
import cn.xndpf.application.subsidy.PaymentLineView;
import cn.xndpf.application.subsidy.PaymentRollService;
import cn.xndpf.application.subsidy.RollSummary;
import cn.xndpf.application.subsidy.SubsidyService;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.subsidy.PaymentLine;
import cn.xndpf.domain.subsidy.PaymentLineStatus;
import cn.xndpf.domain.subsidy.PaymentRollStatus;
import cn.xndpf.domain.subsidy.SubsidyRate;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The monthly payment roll of the two subsidies inside the real EAR: cases made through the real
 * services and approved at three levels, the batch job run through the service (or the job operator for
 * the fault-injection restart), lines and totals read back. Each test uses its own months in the past,
 * so it controls the back-pay; every assertion is about its own cases.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentRollIT {

    private static final String DISTRICT = SubsidyFixture.DISTRICT;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(PaymentRollIT.class, SubsidyFixture.class);
    }

    @EJB
    private RegistryService registry;

    @EJB
    private SubsidyService subsidies;

    @EJB
    private CaseWorkflowService workflow;

    @EJB
    private PaymentRollService rolls;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    private SubsidyFixture fixture() {
        return new SubsidyFixture(registry, subsidies, workflow);
    }

    /** month → amount of a case's lines (latest attempt of each month), read from the database. */
    private Map<String, BigDecimal> amountsByMonth(long caseId) {
        return lines(caseId).stream().collect(Collectors.toMap(l -> l.paidMonth().toString(), PaymentLine::amount,
                (a, b) -> b, java.util.TreeMap::new));
    }

    private List<PaymentLine> lines(long caseId) {
        em.clear();
        return em.createQuery("SELECT l FROM PaymentLine l WHERE l.subsidyCase.id = :c ORDER BY l.paidMonth, l.attempt",
                PaymentLine.class).setParameter("c", caseId).getResultList();
    }

    /**
     * The roll screen's pages, of every filter, are the roll's lines by status, then case, month and attempt, each
     * exactly once, and its totals are those of the lines; read back through the service in pages and
     * compared with the lines read as entities and ordered here. Pages of two, so that the roll's three lines
     * (one of each status) take two pages.
     */
    private void assertPagesAndTotalsMatchTheLines(RollSummary roll) {
        em.clear();
        List<PaymentLine> all = em.createQuery("SELECT l FROM PaymentLine l WHERE l.roll.id = :r", PaymentLine.class)
                .setParameter("r", roll.rollId()).getResultList();
        assertTrue(all.stream().map(PaymentLine::status).distinct().count() == 3, "paid, failed and pending lines");
        java.util.Comparator<PaymentLine> order = java.util.Comparator.<PaymentLine, String>comparing(l -> l.status().name())
                .thenComparing(l -> l.subsidyCase().id()).thenComparing(PaymentLine::paidMonth)
                .thenComparing(PaymentLine::attempt);
        StaffLogin.as("chengdong", "district123");
        for (PaymentLineStatus filter : new PaymentLineStatus[]{null, PaymentLineStatus.PAID, PaymentLineStatus.FAILED,
                PaymentLineStatus.PENDING}) {
            List<Long> expected = all.stream().filter(l -> filter == null || l.status() == filter).sorted(order)
                    .map(PaymentLine::id).toList();
            String status = filter == null ? "" : filter.name();
            List<Long> paged = new java.util.ArrayList<>();
            for (int first = 0; first <= expected.size(); first += 2) {
                var page = rolls.lines(roll.rollId(), status, first, 2);
                assertEquals(expected.size(), page.total(), "count of " + status);
                page.rows().forEach(l -> paged.add(l.lineId()));
            }
            assertEquals(expected, paged, "pages of " + (filter == null ? "all lines" : status));
            assertEquals(expected.size(), rolls.countLines(roll.rollId(), status));
        }
        for (SubsidyType type : SubsidyType.values()) {
            for (PaymentLineStatus s : PaymentLineStatus.values()) {
                List<PaymentLine> group = all.stream().filter(l -> l.type() == type && l.status() == s).toList();
                RollSummary.SubsidyTotals t = roll.bySubsidy().stream().filter(b -> b.type().equals(type.name()))
                        .findFirst().orElseThrow();
                long n = switch (s) { case PAID -> t.paid(); case FAILED -> t.failed(); case PENDING -> t.pending(); };
                BigDecimal a = switch (s) { case PAID -> t.paidAmount(); case FAILED -> t.failedAmount();
                    case PENDING -> t.pendingAmount(); };
                assertEquals(group.size(), n, type + " " + s);
                assertEquals(group.stream().map(PaymentLine::amount).reduce(yuan("0.00"), BigDecimal::add), a,
                        type + " " + s);
            }
        }
    }

    private RollSummary roll(String month) {
        StaffLogin.as("chengdong", "district123");
        return rolls.roll(month, DISTRICT).orElseThrow();
    }

    private static BigDecimal yuan(String v) {
        return new BigDecimal(v);
    }

    @Test
    void paysEachLevelAtTheRateInForceForEachMonth() {
        SubsidyFixture f = fixture();
        LocalDate applied = LocalDate.of(2021, 11, 10);
        long level1 = f.activeCase(SubsidyType.NURSING, DisabilityLevel.ONE, applied);
        long level2 = f.activeCase(SubsidyType.NURSING, DisabilityLevel.TWO, applied);
        long living = f.activeCase(SubsidyType.LIVING, DisabilityLevel.THREE, applied);

        assertEquals(BatchStatus.COMPLETED, SubsidyFixture.runRoll(rolls, "2022-02"));

        // V3's rates: nursing level 1 100 → 120, level 2 80 → 100, living 80 → 100, all from 2022-01.
        assertEquals(Map.of("2021-11", yuan("100.00"), "2021-12", yuan("100.00"), "2022-01", yuan("120.00"),
                "2022-02", yuan("120.00")), amountsByMonth(level1));
        assertEquals(Map.of("2021-11", yuan("80.00"), "2021-12", yuan("80.00"), "2022-01", yuan("100.00"),
                "2022-02", yuan("100.00")), amountsByMonth(level2));
        assertEquals(Map.of("2021-11", yuan("80.00"), "2021-12", yuan("80.00"), "2022-01", yuan("100.00"),
                "2022-02", yuan("100.00")), amountsByMonth(living));
        PaymentLine first = lines(level2).get(0);
        assertEquals(SubsidyType.NURSING, first.type());
        assertEquals(DisabilityLevel.TWO, first.level());
        assertEquals(PaymentLineStatus.PENDING, first.status());
        assertEquals(1, first.attempt());

        RollSummary r = roll("2022-02");
        assertEquals("COMPLETED", r.status());
        assertEquals(r.lineCount(), r.bySubsidy().stream().mapToLong(RollSummary.SubsidyTotals::lines).sum());
        assertEquals(r.totalAmount(), r.bySubsidy().stream().map(RollSummary.SubsidyTotals::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
        assertEquals(r.casesTotal(), r.casesDone());
        // the list (the home page's, the rolls of a month) carries the stored totals and leaves the lines uncounted
        RollSummary listed = rolls.rolls("2022-02", 0, 200).rows().stream()
                .filter(x -> x.rollId() == r.rollId()).findFirst().orElseThrow();
        assertEquals(r.lineCount(), listed.lineCount());
        assertEquals(r.totalAmount(), listed.totalAmount());
        assertEquals(List.of(), listed.bySubsidy());
    }

    @Test
    void aRateChangedInTheMiddleOfTheYearAppliesFromItsMonth() throws Exception {
        // Dated rates confined to 2017-07..2017-09 (the old rate comes back in October), removed afterwards.
        SubsidyRate raised = new SubsidyRate(SubsidyType.LIVING, null, yuan("90.00"), LocalDate.of(2017, 7, 1));
        SubsidyRate back = new SubsidyRate(SubsidyType.LIVING, null, yuan("80.00"), LocalDate.of(2017, 10, 1));
        tx.begin();
        em.persist(raised);
        em.persist(back);
        tx.commit();
        try {
            long c = fixture().activeCase(SubsidyType.LIVING, DisabilityLevel.FOUR, LocalDate.of(2017, 5, 20));
            assertEquals(BatchStatus.COMPLETED, SubsidyFixture.runRoll(rolls, "2017-11"));
            assertEquals(Map.of("2017-05", yuan("80.00"), "2017-06", yuan("80.00"), "2017-07", yuan("90.00"),
                    "2017-08", yuan("90.00"), "2017-09", yuan("90.00"), "2017-10", yuan("80.00"),
                    "2017-11", yuan("80.00")), amountsByMonth(c));
        } finally {
            tx.begin();
            em.remove(em.find(SubsidyRate.class, raised.id()));
            em.remove(em.find(SubsidyRate.class, back.id()));
            tx.commit();
        }
    }

    @Test
    void backPaysMonthsApprovedLateAndARerunAddsNothing() {
        long c = fixture().activeCase(SubsidyType.LIVING, DisabilityLevel.TWO, LocalDate.of(2019, 2, 15));

        assertEquals(BatchStatus.COMPLETED, SubsidyFixture.runRoll(rolls, "2019-05"));
        assertEquals(List.of("2019-02", "2019-03", "2019-04", "2019-05"), List.copyOf(amountsByMonth(c).keySet()));
        RollSummary may = roll("2019-05");
        assertTrue(rolls.lines(may.rollId(), null, 0, 500).rows().stream().anyMatch(l -> l.caseId() == c
                && l.paidMonth().equals("2019-02")), "back-pay lines belong to the roll that paid them");

        assertEquals(BatchStatus.COMPLETED, SubsidyFixture.runRoll(rolls, "2019-06"));
        assertEquals(5, lines(c).size(), "June only: February to May were paid by May's roll");
        RollSummary june = roll("2019-06");

        assertEquals(BatchStatus.COMPLETED, SubsidyFixture.runRoll(rolls, "2019-06"));
        RollSummary again = roll("2019-06");
        assertEquals(june.rollId(), again.rollId(), "one roll per month and division");
        assertEquals(june.lineCount(), again.lineCount());
        assertEquals(june.totalAmount(), again.totalAmount());
        assertEquals(5, lines(c).size());
        assertEquals(again.lineCount(), rolls.lines(again.rollId(), null, 0, 1).total());
    }

    @Test
    void paysNothingAfterDeathOrTerminationAndNothingWhileSuspended() {
        SubsidyFixture f = fixture();
        LocalDate applied = LocalDate.of(2020, 1, 10);
        long died = f.activeCase(SubsidyType.LIVING, DisabilityLevel.ONE, applied);
        long ended = f.activeCase(SubsidyType.NURSING, DisabilityLevel.ONE, applied);
        long suspended = f.activeCase(SubsidyType.NURSING, DisabilityLevel.TWO, applied);
        f.dies(died, LocalDate.of(2020, 3, 15));
        f.terminate(ended, LocalDate.of(2020, 4, 20));
        f.suspend(suspended);

        assertEquals(BatchStatus.COMPLETED, SubsidyFixture.runRoll(rolls, "2020-07"));
        assertEquals(List.of("2020-01", "2020-02", "2020-03"), List.copyOf(amountsByMonth(died).keySet()),
                "nothing after the month of death, though nobody ended the case");
        assertEquals(List.of("2020-01", "2020-02", "2020-03", "2020-04"), List.copyOf(amountsByMonth(ended).keySet()),
                "a terminated case is paid its unpaid months up to the end of its benefit");
        assertTrue(lines(suspended).isEmpty(), "nothing while suspended");

        assertEquals(BatchStatus.COMPLETED, SubsidyFixture.runRoll(rolls, "2020-08"));
        assertEquals(3, lines(died).size());
        assertEquals(4, lines(ended).size());
    }

    @Test
    void aRestartAfterAFailureInTheMiddleOfAChunkNeitherLosesNorDuplicatesALine() {
        SubsidyFixture f = fixture();
        LocalDate applied = LocalDate.of(2018, 8, 3);
        List<Long> cases = List.of(f.activeCase(SubsidyType.LIVING, DisabilityLevel.ONE, applied),
                f.activeCase(SubsidyType.LIVING, DisabilityLevel.TWO, applied),
                f.activeCase(SubsidyType.NURSING, DisabilityLevel.ONE, applied),
                f.activeCase(SubsidyType.NURSING, DisabilityLevel.TWO, applied));

        Properties p = new Properties();
        p.setProperty(PaymentRollService.MONTH, "2018-09");
        p.setProperty(PaymentRollService.DIVISION, DISTRICT);
        p.setProperty(PaymentRollService.REQUESTED_BY, "it");
        p.setProperty("chunkSize", "2");
        p.setProperty(PaymentRollService.FAIL_AFTER_ITEMS, "3");
        long first = BatchRuntime.getJobOperator().start(PaymentRollService.JOB, p);
        assertEquals(BatchStatus.FAILED, SubsidyFixture.await(first));

        RollSummary failed = roll("2018-09");
        assertEquals("FAILED", failed.status());
        assertEquals(2, failed.casesDone(), "the first chunk (two cases) committed, the second rolled back");
        // The reason reaches the roll (and so the screen) as an incident number, never the exception itself.
        assertTrue(failed.failureReason() != null && failed.failureReason().matches(
                "生成中出现系统错误（事件编号 \\d{8}-[0-9A-Z]{6}），.*"), failed.failureReason());
        String incident = failed.failureReason().replaceAll(".*事件编号 (\\S+)）.*", "$1");
        assertTrue(failed.failureReasonEn().startsWith("A system error stopped the run (incident " + incident + ")"),
                failed.failureReasonEn());
        assertFalse(failed.failureReason().contains("failAfterItems"), "no exception text on the screen");
        long committedLines = rolls.lines(failed.rollId(), null, 0, 1).total();

        Properties again = new Properties();
        again.setProperty(PaymentRollService.MONTH, "2018-09");
        again.setProperty(PaymentRollService.DIVISION, DISTRICT);
        long restart = BatchRuntime.getJobOperator().restart(first, again);
        assertEquals(BatchStatus.COMPLETED, SubsidyFixture.await(restart));

        RollSummary done = roll("2018-09");
        assertEquals("COMPLETED", done.status());
        assertEquals(done.casesTotal(), done.casesDone(), "every case counted once across both runs");
        assertNull(done.failureReason(), "a completed run has no failure reason");
        assertTrue(done.lineCount() > committedLines);
        for (long c : cases) {
            List<PaymentLine> l = lines(c);
            assertEquals(List.of("2018-08", "2018-09"), l.stream().map(x -> x.paidMonth().toString()).toList(),
                    "case " + c);
            assertTrue(l.stream().allMatch(x -> x.attempt() == 1 && x.roll().id() == done.rollId()));
        }
        assertEquals(done.lineCount(), rolls.lines(done.rollId(), null, 0, 1).total());

        assertEquals(BatchStatus.COMPLETED, SubsidyFixture.runRoll(rolls, "2018-09"));
        RollSummary rerun = roll("2018-09");
        assertEquals(done.lineCount(), rerun.lineCount());
        assertEquals(done.totalAmount(), rerun.totalAmount());
    }

    @Test
    void exportsTheBankFileAndMarksTheBanksAnswersThenReissuesFailedPayments() throws Exception {
        SubsidyFixture f = fixture();
        long c = f.activeCase(SubsidyType.LIVING, DisabilityLevel.THREE, LocalDate.of(2016, 2, 10));
        long other = f.activeCase(SubsidyType.NURSING, DisabilityLevel.ONE, LocalDate.of(2016, 3, 1));
        assertEquals(BatchStatus.COMPLETED, SubsidyFixture.runRoll(rolls, "2016-03"));
        RollSummary march = roll("2016-03");
        List<PaymentLine> mine = lines(c);
        assertEquals(2, mine.size());

        // The CSV: BOM, who exported it and when, the column header, the lines, the control total.
        StaffLogin.as("chengdong", "district123");
        ExportedFile csv = rolls.export(march.rollId(), "csv");
        assertEquals("subsidy-payment-2016-03-630102.csv", csv.fileName());
        String text = new String(csv.readAll(), StandardCharsets.UTF_8);
        assertFalse(java.nio.file.Files.exists(java.nio.file.Path.of(csv.path())),
                "the export's temporary file is gone once read");
        assertTrue(text.startsWith("\uFEFF# "), "UTF-8 with BOM, then the export header");
        List<String> rows = text.substring(1).lines().toList();
        assertTrue(rows.get(0).contains("exported_by=chengdong") && rows.get(0).contains("exported_at=2"), rows.get(0));
        assertEquals("line_id,case_id,case_number,paid_month,attempt,subsidy,name,id_number,bank_name,bank_account,amount",
                rows.get(1));
        PaymentLine first = mine.get(0);
        String expected = String.join(",", String.valueOf(first.id()), String.valueOf(c),
                first.subsidyCase().caseNumber(), first.paidMonth().toString(), String.valueOf(first.attempt()),
                first.type().name(), first.person().name(), first.person().idNumber().value(),
                first.bankName() == null ? "" : first.bankName(), first.bankAccount() == null ? "" : first.bankAccount(),
                "80.00");
        assertTrue(rows.contains(expected), "a line read as columns prints what its entities hold: " + expected);
        List<String> body = rows.subList(2, rows.size() - 1);
        List<Long> caseOrder = body.stream().map(r -> Long.valueOf(r.split(",")[1])).toList();
        assertEquals(caseOrder.stream().sorted().toList(), caseOrder, "lines in case order within the district");
        String total = rows.get(rows.size() - 1);
        assertEquals("TOTAL," + march.count(PaymentLineStatus.PENDING) + ",,,,,,,,,"
                + march.amount(PaymentLineStatus.PENDING).toPlainString(), total);
        assertEquals(march.lineCount(), rows.size() - 3, "every pending line, between header and total");

        // The workbook, read back with POI.
        ExportedFile xlsx = rolls.export(march.rollId(), "xlsx");
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.readAll()))) {
            Sheet s = wb.getSheetAt(0);
            assertTrue(s.getRow(1).getCell(0).getStringCellValue().contains("exported_by=chengdong"));
            assertEquals("line_id", s.getRow(2).getCell(0).getStringCellValue());
            Row last = s.getRow(s.getLastRowNum());
            assertEquals("TOTAL", last.getCell(0).getStringCellValue());
            assertEquals(march.lineCount(), (long) last.getCell(1).getNumericCellValue());
            assertEquals(march.totalAmount().doubleValue(), last.getCell(10).getNumericCellValue(), 0.001);
        }
        em.clear();
        List<String> exports = em.createQuery("SELECT e.summary FROM AuditEntry e WHERE e.actor = 'chengdong'"
                + " AND e.action = :a AND e.entityType = 'PaymentRoll' AND e.entityId = :id", String.class)
                .setParameter("a", AuditAction.EXPORT).setParameter("id", String.valueOf(march.rollId())).getResultList();
        assertEquals(2, exports.size(), "each export is audited with who made it: " + exports);

        // A file with a bad row changes nothing and names every wrong row.
        StaffLogin.as("chengdong", "district123");
        PaymentLine feb = mine.get(0);
        PaymentLine mar = mine.get(1);
        String bad = "line_id,case_id,month,result,bank_reference,failure_reason\n"
                + feb.id() + ",,,PAID,B-1,\n"
                + "x12,,,PAID,B-2,\n"
                + ",," + ",MAYBE,,\n"
                + mar.id() + ",,,FAILED,,\n";
        BankReturnRejected rejected = assertThrows(BankReturnRejected.class,
                () -> rolls.importReturns(march.rollId(), bad.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(3, 4, 5), rejected.errors().stream().map(BankReturnRejected.RowError::row).toList());
        assertEquals(PaymentLineStatus.PENDING, lines(c).get(0).status(), "nothing changed");

        // A good file: February paid (by line id), March failed (by case and month).
        String good = "\uFEFFline_id,case_id,month,result,bank_reference,failure_reason\r\n"
                + feb.id() + ",,,PAID,QH20160401001,\r\n"
                + "," + c + ",2016-03,FAILED,,\"账户已冻结, 请核实\"\r\n";
        BankReturnReport report = rolls.importReturns(march.rollId(), good.getBytes(StandardCharsets.UTF_8));
        assertEquals(new BankReturnReport(2, 1, 1, 0), report);
        List<PaymentLine> after = lines(c);
        assertEquals(PaymentLineStatus.PAID, after.get(0).status());
        assertEquals("QH20160401001", after.get(0).bankReference());
        assertEquals(PaymentLineStatus.FAILED, after.get(1).status());
        assertEquals("账户已冻结, 请核实", after.get(1).failureReason());
        assertEquals(new BankReturnReport(2, 0, 0, 2),
                rolls.importReturns(march.rollId(), good.getBytes(StandardCharsets.UTF_8)), "the same file again changes nothing");
        RollSummary marked = roll("2016-03");
        assertPagesAndTotalsMatchTheLines(marked);
        assertEquals(1, marked.count(PaymentLineStatus.PAID) - march.count(PaymentLineStatus.PAID));
        assertEquals(march.lineCount(), marked.lineCount());
        assertTrue(lines(other).stream().allMatch(l -> l.status() == PaymentLineStatus.PENDING));

        // April's roll pays March again (attempt 2) and April; February stays paid.
        assertEquals(BatchStatus.COMPLETED, SubsidyFixture.runRoll(rolls, "2016-04"));
        List<PaymentLine> next = lines(c);
        assertEquals(4, next.size());
        PaymentLine reissued = next.get(2);
        assertEquals("2016-03", reissued.paidMonth().toString());
        assertEquals(2, reissued.attempt());
        assertEquals(PaymentLineStatus.PENDING, reissued.status());
        assertEquals(yuan("80.00"), reissued.amount());
        assertEquals("2016-04", next.get(3).paidMonth().toString());
        assertEquals(roll("2016-04").rollId(), reissued.roll().id());
        assertEquals(BatchStatus.COMPLETED, SubsidyFixture.runRoll(rolls, "2016-04"));
        assertEquals(4, lines(c).size(), "a failed line is re-issued once");
    }

    @Test
    void staffSeeAndRunOnlyTheirJurisdictionsRolls() {
        StaffLogin.as("chengzhong", "district123");
        assertThrows(AccessDeniedException.class, () -> rolls.start("2015-06", DISTRICT));
        assertThrows(AccessDeniedException.class, () -> rolls.roll("2015-06", DISTRICT));
        assertTrue(rolls.rolls(null, 0, 200).rows().stream().allMatch(r -> r.divisionCode().startsWith("630103")));

        // a roll of another district, asked for by its id, is answered like an id nobody uses
        StaffLogin.as("chengdong", "district123");
        // (a month before any case, so the roll pays nothing another test counts)
        if (rolls.roll("2001-01", DISTRICT).isEmpty()) {
            assertEquals(BatchStatus.COMPLETED, SubsidyFixture.runRoll(rolls, "2001-01"));
        }
        long other = rolls.roll("2001-01", DISTRICT).orElseThrow().rollId();
        StaffLogin.as("chengzhong", "district123");
        NotFoundException missing = assertThrows(NotFoundException.class, () -> rolls.roll(Long.MAX_VALUE));
        for (org.junit.jupiter.api.function.Executable byId : List.<org.junit.jupiter.api.function.Executable>of(
                () -> rolls.roll(other), () -> rolls.lines(other, null, 0, 10), () -> rolls.export(other, "csv"),
                () -> rolls.importReturns(other, "x".getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
            NotFoundException elsewhere = assertThrows(NotFoundException.class, byId);
            assertEquals(missing.key(), elsewhere.key());
            assertEquals(missing.getMessage(), elsewhere.getMessage());
        }

        StaffLogin.as("civil-chengdong", "civil123");
        assertThrows(EJBAccessException.class, () -> rolls.start("2015-06", DISTRICT));

        StaffLogin.as("chengdong", "district123");
        InvalidValueException township = assertThrows(InvalidValueException.class,
                () -> rolls.start("2015-06", "630102001"));
        assertEquals("payment.division", township.key());
        assertEquals("payment.month", assertThrows(InvalidValueException.class,
                () -> rolls.start("2015/06", DISTRICT)).key());
        assertEquals("payment.monthFuture", assertThrows(InvalidValueException.class,
                () -> rolls.start("2099-01", DISTRICT)).key());
        assertFalse(rolls.roll("2015-06", DISTRICT).isPresent(), "refused starts leave no roll");
        assertNotNull(rolls.rollDivisions());
    }
}
