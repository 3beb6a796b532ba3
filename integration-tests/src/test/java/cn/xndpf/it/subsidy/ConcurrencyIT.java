package cn.xndpf.it.subsidy;

import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.subsidy.PaymentRollService;
import cn.xndpf.application.subsidy.SubsidyApplication;
import cn.xndpf.application.subsidy.SubsidyService;
import cn.xndpf.application.workflow.CaseView;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.security.StaffUserRepository;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.domain.workflow.CaseEventType;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.domain.workflow.ReviewDecision;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real races inside the server: two threads, each with its own caller and its own transaction, released
 * together by a barrier. Exactly one of two decisions on the same case wins and the other is told
 * "已被他人修改"; of two staff asking for the same month's roll, one run starts and the other is told the roll is
 * being computed. The tasks run on the server's managed executor and sign their user in on their own
 * thread.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrencyIT {

    private static final String WON = "won";
    /** Executions of a job in the batch runtime's own tables (Payara lists to a component only what it started). */
    private static final String ROLL_EXECUTIONS = "SELECT COUNT(*) FROM EXECUTIONINSTANCEDATA e"
            + " JOIN JOBINSTANCEDATA j ON e.jobinstanceid = j.jobinstanceid WHERE j.name = ?";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ConcurrencyIT.class, Applicants.class, Applicants.Applicant.class,
                SecondClerk.class, SubsidyFixture.class, RollStartBarrier.class);
    }

    @EJB
    private SubsidyService subsidies;

    @EJB
    private CaseWorkflowService workflow;

    @EJB
    private RegistryService registry;

    @Inject
    private StaffUserRepository staffUsers;

    @Resource(lookup = "java:comp/UserTransaction")
    private UserTransaction tx;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @EJB
    private PaymentRollService rolls;

    @Test
    void twoReviewersApprovingTheSameCaseAtOnceOneWinsTheOtherIsToldItChanged() throws Exception {
        SecondClerk.ensure(staffUsers, tx);
        Applicants.Applicant a = new Applicants(registry).qualifyingForBoth();
        StaffLogin.as("clerk-dongguan", "clerk123");
        long caseId = subsidies.apply(new SubsidyApplication(a.idNumber(), SubsidyType.NURSING, "青海银行",
                "6228480012345678901", null));
        int versionBefore = workflow.open(caseId).version();

        // Both read the case (in their own transaction) before either decides.
        CyclicBarrier bothHaveRead = new CyclicBarrier(2);
        List<Future<String>> outcomes = new ArrayList<>();
        StaffLogin.Signer signer = StaffLogin.signerForOtherThreads();
        outcomes.add(executor.submit(approveAfterBothRead(signer, "clerk-dongguan", "clerk123", caseId,
                bothHaveRead)));
        outcomes.add(executor.submit(approveAfterBothRead(signer, SecondClerk.USERNAME, SecondClerk.PASSWORD, caseId,
                bothHaveRead)));
        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
            results.add(f.get(120, TimeUnit.SECONDS));
        }

        assertEquals(1, results.stream().filter(WON::equals).count(), "exactly one wins: " + results);
        assertEquals(1, results.stream().filter("该记录已被他人修改，请刷新后重试"::equals).count(),
                "the other is told the case changed: " + results);
        String winner = results.get(0).equals(WON) ? "clerk-dongguan" : SecondClerk.USERNAME;
        StaffLogin.as("city", "city123");
        CaseView now = workflow.open(caseId);
        assertEquals(CaseState.FIRST_REVIEWED, now.state());
        assertEquals(versionBefore + 1, now.version(), "one change only");
        List<CaseView.Step> approvals = now.timeline().stream()
                .filter(s -> s.type() == CaseEventType.REVIEWED).toList();
        assertEquals(1, approvals.size(), "one approval on the timeline");
        assertEquals(winner, approvals.get(0).actor());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Case' AND entity_id = ?"
                + " AND action = 'UPDATE'", String.valueOf(caseId)), "one audited decision");
    }

    @Test
    void twoStaffStartingTheSameRollAtOnceOneRunsItTheOtherIsRefused() throws Exception {
        // A month before any case, so the run is quick and pays nobody; no other test uses it.
        String month = "2012-01";
        String division = SubsidyFixture.DISTRICT;
        StaffLogin.as("city", "city123");
        assertTrue(rolls.roll(month, division).isEmpty(), "no roll yet");
        String rollKey = month + "/" + division;
        long rollExecutionsBefore = rollExecutions();

        // Both requests pass every check (no roll, none running) and wait there until the other has too.
        CyclicBarrier bothChecked = new CyclicBarrier(2);
        StaffLogin.Signer signer = StaffLogin.signerForOtherThreads();
        List<Future<String>> outcomes = new ArrayList<>();
        RollStartBarrier.arm(bothChecked);
        List<String> results = new ArrayList<>();
        try {
            outcomes.add(executor.submit(startRoll(signer, "chengdong", "district123", month, division)));
            outcomes.add(executor.submit(startRoll(signer, "city", "city123", month, division)));
            for (Future<String> f : outcomes) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
        } finally {
            RollStartBarrier.disarm();
        }

        List<String> started = results.stream().filter(r -> r.startsWith(WON)).toList();
        assertEquals(1, started.size(), "exactly one run starts: " + results);
        assertEquals(1, results.stream().filter("2012-01 630102 的发放名册正在生成，请等待完成"::equals).count(),
                "the other is told the roll is being computed: " + results);
        long execution = Long.parseLong(started.get(0).substring(WON.length()));
        StaffLogin.as("city", "city123");
        assertEquals(BatchStatus.COMPLETED, SubsidyFixture.await(
                () -> rolls.executionStatus(execution).map(BatchStatus::valueOf).orElseThrow(), execution));

        assertEquals(1, count("SELECT COUNT(*) FROM payment_roll WHERE roll_month = DATE '2012-01-01'"
                + " AND division_code = ?", division), "one roll");
        assertEquals("COMPLETED", rolls.roll(month, division).orElseThrow().status());
        assertEquals(rollExecutionsBefore + 1, rollExecutions(), "one job execution");
        assertEquals(execution, rolls.roll(month, division).orElseThrow().jobExecutionId());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'PaymentRoll' AND entity_id = ?",
                rollKey), "one audited start");
    }

    /**
     * A city roll and one of its districts' for the same month, asked for at the same instant: both pass the
     * service's check (no overlapping roll running) and wait there for each other; the claim's turn on its
     * lock row lets one run and tells the other that an overlapping roll is being computed.
     */
    @Test
    void aCityRollAndOneOfItsDistrictsStartedAtOnceOneRunsTheOtherIsRefused() throws Exception {
        String month = "2012-02";
        StaffLogin.as("city", "city123");
        assertTrue(rolls.roll(month, "630100").isEmpty() && rolls.roll(month, SubsidyFixture.DISTRICT).isEmpty(),
                "no roll yet");

        CyclicBarrier bothChecked = new CyclicBarrier(2);
        StaffLogin.Signer signer = StaffLogin.signerForOtherThreads();
        List<Future<String>> outcomes = new ArrayList<>();
        RollStartBarrier.arm(bothChecked);
        List<String> results = new ArrayList<>();
        try {
            outcomes.add(executor.submit(startRoll(signer, "chengdong", "district123", month, SubsidyFixture.DISTRICT)));
            outcomes.add(executor.submit(startRoll(signer, "city", "city123", month, "630100")));
            for (Future<String> f : outcomes) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
        } finally {
            RollStartBarrier.disarm();
        }

        List<String> started = results.stream().filter(r -> r.startsWith(WON)).toList();
        assertEquals(1, started.size(), "exactly one of the overlapping rolls runs: " + results);
        String refusal = results.stream().filter(r -> !r.startsWith(WON)).findFirst().orElseThrow();
        // told the overlapping roll is being computed (or, should the first claim hold the lock row longer
        // than H2's one-second lock timeout on a loaded machine, that a roll is being computed)
        assertTrue(refusal.startsWith("覆盖相同辖区的 2012-02 发放名册") && refusal.endsWith("正在生成，请等待完成")
                        || refusal.matches("2012-02 6301\\d\\d 的发放名册正在生成，请等待完成"),
                "the other is told an overlapping roll is being computed: " + results);
        long execution = Long.parseLong(started.get(0).substring(WON.length()));
        StaffLogin.as("city", "city123");
        assertEquals(BatchStatus.COMPLETED, SubsidyFixture.await(
                () -> rolls.executionStatus(execution).map(BatchStatus::valueOf).orElseThrow(), execution));
        assertEquals(1, count("SELECT COUNT(*) FROM payment_roll WHERE roll_month = DATE '2012-02-01'"
                + " AND division_code IN ('630100', ?)", SubsidyFixture.DISTRICT), "one roll of the two areas");
    }

    /** Asks for the roll as the given staff user; returns "won" and the execution id, or the refusal. */
    private Callable<String> startRoll(StaffLogin.Signer signer, String user, String password, String month,
                                       String division) {
        return () -> {
            signer.as(user, password);
            try {
                return WON + rolls.start(month, division);
            } catch (InvalidValueException e) {
                return e.getMessage();
            }
        };
    }

    /** Opens the case, waits for the other reviewer to have opened it too, approves, and commits. */
    private Callable<String> approveAfterBothRead(StaffLogin.Signer signer, String user, String password, long caseId,
                                                  CyclicBarrier bothHaveRead) {
        return () -> {
            signer.as(user, password);
            tx.begin();
            try {
                int seen = workflow.open(caseId).version();
                bothHaveRead.await(60, TimeUnit.SECONDS);
                workflow.review(caseId, seen, ReviewDecision.APPROVE, null);
                tx.commit();
                return WON;
            } catch (ConcurrentChangeException e) {
                return e.getMessage();
            } finally {
                if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    tx.rollback();
                }
            }
        };
    }

    /**
     * The roll job's executions; none before the batch runtime has run a first job and created its tables
     * (when this test runs first on a fresh database, as in a run of this class alone).
     */
    private long rollExecutions() throws Exception {
        try {
            return count(ROLL_EXECUTIONS, PaymentRollService.JOB);
        } catch (java.sql.SQLException e) {
            // the pool wraps the driver's exception: look down the causes for "no such table"
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLException q && ("42S02".equals(q.getSQLState()) || q.getErrorCode() == 942)) {
                    return 0;
                }
            }
            throw e;
        }
    }

    private long count(String sql, String parameter) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
