package cn.xndpf.it.subsidy;

import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.subsidy.SubsidyApplication;
import cn.xndpf.application.subsidy.SubsidyService;
import cn.xndpf.application.workflow.CaseView;
import cn.xndpf.application.workflow.CaseWorkflowService;
import cn.xndpf.domain.security.StaffUserRepository;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.domain.workflow.CaseEventType;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.domain.workflow.ReviewDecision;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import jakarta.annotation.Resource;
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

/**
 * Real races inside the server: two threads, each with its own caller and its own transaction, released
 * together by a barrier. Exactly one of two decisions on the same case wins and the other is told
 * "已被他人修改". The tasks run on the server's managed executor and sign their user in on their own
 * thread.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrencyIT {

    private static final String WON = "won";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ConcurrencyIT.class, Applicants.class, Applicants.Applicant.class,
                SecondClerk.class);
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
