package cn.xndpf.it.subsidy;

import cn.xndpf.application.person.AssistanceChangeOutcome;
import cn.xndpf.application.person.AssistanceStatusChange;
import cn.xndpf.application.person.CertificateVerificationService;
import cn.xndpf.application.person.CivilAffairsReports;
import cn.xndpf.application.person.DeathRecordOutcome;
import cn.xndpf.application.person.DeathReport;
import cn.xndpf.application.person.PersonRecord;
import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.security.PasswordHasher;
import cn.xndpf.application.subsidy.BankPaymentService;
import cn.xndpf.application.subsidy.BankReturnReport;
import cn.xndpf.application.subsidy.PaymentLineView;
import cn.xndpf.application.subsidy.PaymentRollService;
import cn.xndpf.application.subsidy.RollSummary;
import cn.xndpf.application.subsidy.SubsidyService;
import cn.xndpf.application.subsidy.SubsidyStatusService;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.security.Partner;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import cn.xndpf.it.TestIds;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bank partners pay the rolls of the divisions they serve ({@code partner_division}) and no other, and the
 * partner services check the partner's scope themselves, whatever endpoint called them; a refusal changes
 * nothing. And the payment lines a roll writes and the status changes a bank return makes are audited.
 * The roll is of a month no other test rolls (2016-01, the first month the subsidies' review chain and
 * rates are in force), and its case ends with that month, so later rolls of the district owe it nothing.
 */
@ExtendWith(ArquillianExtension.class)
class BankPartnerScopeIT {

    private static final String MONTH = "2016-01";
    private static final String DISTRICT = SubsidyFixture.DISTRICT;
    /** A bank that serves 城中区 (630103) only. */
    private static final String OTHER_BANK = "it-bank-chengzhong";
    /** A bank that serves 城东区 (630102). */
    private static final String OWN_BANK = "it-bank-chengdong";
    private static final String RETURN_HEADER = "line_id,case_id,month,result,bank_reference,failure_reason\n";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(BankPartnerScopeIT.class, SubsidyFixture.class);
    }

    @EJB
    private RegistryService registry;

    @EJB
    private SubsidyService subsidies;

    @EJB
    private CaseWorkflowService workflow;

    @EJB
    private PaymentRollService rolls;

    @EJB
    private BankPaymentService banks;

    @EJB
    private CertificateVerificationService verification;

    @EJB
    private CivilAffairsReports civilAffairs;

    @EJB
    private SubsidyStatusService status;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    private long count(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private List<String> lineStatuses(long rollId) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT status FROM payment_line WHERE roll_id = ? ORDER BY id")) {
            s.setLong(1, rollId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    result.add(r.getString(1));
                }
            }
        }
        return result;
    }

    private String auditAfter(String entityType, String entityId, String action) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT summary, after_state FROM audit_entry WHERE entity_type = ? AND entity_id = ? AND action = ?"
                        + " ORDER BY id DESC")) {
            s.setString(1, entityType);
            s.setString(2, entityId);
            s.setString(3, action);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "audited: " + entityType + " " + entityId + " " + action);
                return r.getString(1) + " " + r.getString(2);
            }
        }
    }

    private void partner(String code, Set<String> scopes, Set<DivisionCode> divisions) throws Exception {
        tx.begin();
        if (em.find(Partner.class, code) == null) {
            em.persist(new Partner(code, "测试银行 " + code, PasswordHasher.hash(code + "-secret"), scopes, divisions));
        }
        tx.commit();
    }

    @Test
    void aBankPaysOnlyTheRollsOfItsDivisionsAndEveryLineAndSettlementIsAudited() throws Exception {
        SubsidyFixture fixture = new SubsidyFixture(registry, subsidies, workflow);
        long caseId = fixture.activeCase(SubsidyType.NURSING, DisabilityLevel.ONE, LocalDate.of(2016, 1, 5));
        assertEquals(BatchStatus.COMPLETED, SubsidyFixture.runRoll(rolls, MONTH));
        fixture.terminate(caseId, LocalDate.of(2016, 1, 31));
        StaffLogin.as("chengdong", "district123");
        RollSummary roll = rolls.roll(MONTH, DISTRICT).orElseThrow();
        assertTrue(roll.lineCount() >= 1);

        // the lines the job wrote: one summary entry for the run, naming the roll and the count
        String written = auditAfter("PaymentRoll", String.valueOf(roll.rollId()), "UPDATE");
        assertTrue(written.contains("写入发放明细 " + roll.lineCount() + " 条"), written);
        assertTrue(written.contains("\"linesAdded\":" + roll.lineCount()), written);
        assertTrue(written.contains("\"jobExecution\":" + roll.jobExecutionId()), written);
        assertTrue(written.contains("\"requestedBy\":\"chengdong\""), written);

        partner(OTHER_BANK, Set.of(Partner.SCOPE_BANK_PAYMENT), Set.of(DivisionCode.of("630103")));
        partner(OWN_BANK, Set.of(Partner.SCOPE_BANK_PAYMENT), Set.of(DivisionCode.of(DISTRICT)));
        List<PaymentLineView> lines = rolls.lines(roll.rollId(), null, 0, 500).rows();
        StringBuilder file = new StringBuilder(RETURN_HEADER);
        for (PaymentLineView l : lines) {
            file.append("%d,,,PAID,QH%d,\n".formatted(l.lineId(), l.lineId()));
        }
        byte[] csv = file.toString().getBytes(StandardCharsets.UTF_8);

        // a bank of another district: the roll is answered like one that does not exist, nothing changes
        List<String> statuses = lineStatuses(roll.rollId());
        long audits = count("SELECT COUNT(*) FROM audit_entry");
        NotFoundException missing = assertThrows(NotFoundException.class,
                () -> banks.bankReturns("2015-11", DISTRICT, csv, OWN_BANK));
        NotFoundException returns = assertThrows(NotFoundException.class,
                () -> banks.bankReturns(MONTH, DISTRICT, csv, OTHER_BANK));
        assertEquals(missing.key(), returns.key());
        assertEquals(missing.field(), returns.field());
        assertThrows(NotFoundException.class, () -> banks.bankFile(MONTH, DISTRICT, "csv", OTHER_BANK));
        // a partner without the scope, calling the service directly (no web filter in between)
        assertThrows(AccessDeniedException.class, () -> banks.bankReturns(MONTH, DISTRICT, csv, "partner-none"));
        assertEquals(statuses, lineStatuses(roll.rollId()), "no line settled");
        assertTrue(statuses.stream().allMatch("PENDING"::equals), statuses.toString());
        assertEquals(audits, count("SELECT COUNT(*) FROM audit_entry"), "nothing exported, nothing audited");

        // other partner services check their scope themselves too
        assertThrows(AccessDeniedException.class, () -> verification.byIdNumber("630102191601010011", OWN_BANK));

        // the district's own bank settles the lines: each change is audited in its own right
        BankReturnReport report = banks.bankReturns(MONTH, DISTRICT, csv, OWN_BANK);
        assertEquals(lines.size(), report.paid());
        for (PaymentLineView l : lines) {
            String settled = auditAfter("PaymentLine", String.valueOf(l.lineId()), "UPDATE");
            assertTrue(settled.contains("\"status\":\"PAID\"") && settled.contains("QH" + l.lineId()), settled);
            assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'PaymentLine'"
                    + " AND entity_id = ? AND actor = ?", String.valueOf(l.lineId()), "partner:" + OWN_BANK));
        }
        assertFalse(lineStatuses(roll.rollId()).contains("PENDING"));
    }

    /**
     * Civil-affairs and subsidy-status partners are bound to divisions like banks: a person or household of a
     * division the partner does not serve is answered exactly like one nobody registered, and nothing changes.
     */
    @Test
    void civilAffairsAndStatusPartnersAnswerOnlyForThePeopleOfTheirDivisions() throws Exception {
        String otherCivil = "it-civil-chengzhong";
        String ownCivil = "it-civil-chengdong";
        Set<String> scopes = Set.of(Partner.SCOPE_CIVIL_AFFAIRS, Partner.SCOPE_SUBSIDY_STATUS);
        partner(otherCivil, scopes, Set.of(DivisionCode.of("630103")));
        partner(ownCivil, scopes, Set.of(DivisionCode.of(DISTRICT)));
        long personId = new SubsidyFixture(registry, subsidies, workflow).person(SubsidyType.NURSING, DisabilityLevel.ONE);
        StaffLogin.as("chengdong", "district123");
        PersonRecord person = registry.open(personId);
        String unknown = TestIds.valid(DISTRICT, true);
        String died = LocalDate.now().minusDays(3).toString();
        long audits = count("SELECT COUNT(*) FROM audit_entry");
        long households = count("SELECT COUNT(*) FROM household_assistance");

        NotFoundException missing = assertThrows(NotFoundException.class,
                () -> civilAffairs.recordDeath(new DeathReport(unknown, died, "IT-D-1"), otherCivil));
        NotFoundException elsewhere = assertThrows(NotFoundException.class,
                () -> civilAffairs.recordDeath(new DeathReport(person.idNumber(), died, "IT-D-1"), otherCivil));
        assertEquals(List.of(missing.field(), missing.key(), missing.getMessage()),
                List.of(elsewhere.field(), elsewhere.key(), elsewhere.getMessage()), "a death record");

        List<AssistanceChangeOutcome> changes = civilAffairs.applyAssistanceChanges(List.of(
                new AssistanceStatusChange(unknown, null, "DIBAO", "GRANTED", died),
                new AssistanceStatusChange(person.idNumber(), null, "DIBAO", "GRANTED", died),
                new AssistanceStatusChange(null, "NO-SUCH-HOUSEHOLD", "DIBAO", "GRANTED", died),
                new AssistanceStatusChange(null, person.household().number(), "DIBAO", "GRANTED", died)), otherCivil);
        assertTrue(changes.stream().allMatch(c -> c.result() == AssistanceChangeOutcome.Result.REJECTED), changes.toString());
        assertEquals(changes.get(0).errors(), changes.get(1).errors(), "an assistance change by ID number");
        assertEquals(changes.get(2).errors(), changes.get(3).errors(), "an assistance change by household number");

        NotFoundException statusMissing = assertThrows(NotFoundException.class, () -> status.casesOf(unknown, otherCivil));
        NotFoundException statusElsewhere = assertThrows(NotFoundException.class,
                () -> status.casesOf(person.idNumber(), otherCivil));
        assertEquals(List.of(statusMissing.field(), statusMissing.key(), statusMissing.getMessage()),
                List.of(statusElsewhere.field(), statusElsewhere.key(), statusElsewhere.getMessage()), "a status query");

        assertEquals(audits, count("SELECT COUNT(*) FROM audit_entry"), "nothing changed, nothing audited");
        assertEquals(households, count("SELECT COUNT(*) FROM household_assistance"));
        StaffLogin.as("chengdong", "district123");
        assertEquals(null, registry.open(personId).deathDate(), "not recorded dead");

        // the partner of the person's division is answered
        assertTrue(status.casesOf(person.idNumber(), ownCivil).isEmpty(), "no case yet");
        assertEquals(DeathRecordOutcome.Result.RECORDED,
                civilAffairs.recordDeath(new DeathReport(person.idNumber(), died, "IT-D-1"), ownCivil).result());
    }
}
