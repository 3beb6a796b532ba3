package cn.xndpf.application.workflow;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.application.shared.Page;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.workflow.CaseRepository;
import cn.xndpf.domain.workflow.ProgramCase;
import cn.xndpf.domain.workflow.ReviewDecision;
import cn.xndpf.domain.workflow.ReviewLevel;
import cn.xndpf.domain.workflow.ReviewPlan;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The program workflow every program shares (业务审核流程): submission, review level by level by the role
 * each level belongs to, review queues and overdue lists, suspension, reinstatement and termination.
 * Callers act only inside their jurisdiction; each step is audited; a decision taken on a case that
 * someone else changed in the meantime is refused, never merged.
 */
@Stateless
@DeclareRoles({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS,
        Roles.CITY_STAFF, Roles.ADMIN})
@RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS,
        Roles.CITY_STAFF, Roles.ADMIN})
public class CaseWorkflowService {

    @Inject
    private CaseRepository cases;

    @Inject
    private CurrentStaff currentStaff;

    @Inject
    private AuditTrail audit;

    @Inject
    private CaseViews views;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    public CaseView open(long caseId) {
        StaffUser me = currentStaff.require();
        return views.of(visible(me, caseId));
    }

    /** Sends a draft or a corrected case into review, with the program's review set-up in force today. */
    @RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public void submit(long caseId, int expectedVersion) {
        change(caseId, expectedVersion, "提交", (c, me, today) ->
                c.submit(ReviewPlan.inForce(cases.stages(c.programCode()), today), today, me.username()));
    }

    /** A decision at the case's current level, by a user holding that level's role. */
    @RolesAllowed({Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS})
    public void review(long caseId, int expectedVersion, ReviewDecision decision, String reason) {
        change(caseId, expectedVersion, "审查", (c, me, today) -> {
            ReviewLevel level = c.currentLevel();
            if (level == null || !level.role().equals(me.role().name())) {
                throw new AccessDeniedException("level");
            }
            c.review(level, decision, me.username(), reason, today);
        });
    }

    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public void suspend(long caseId, int expectedVersion, String reason) {
        change(caseId, expectedVersion, "暂停", (c, me, today) -> c.suspend(me.username(), reason));
    }

    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public void reinstate(long caseId, int expectedVersion, String reason) {
        change(caseId, expectedVersion, "恢复", (c, me, today) -> c.reinstate(me.username(), reason));
    }

    /** Ends the benefit after the month of {@code lastDay} (for example the month of death). */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public void terminate(long caseId, int expectedVersion, LocalDate lastDay, String reason) {
        change(caseId, expectedVersion, "终止", (c, me, today) ->
                c.terminate(lastDay == null ? today : lastDay, me.username(), reason));
    }

    /** The caller's queue: cases waiting at the level their role decides, in their jurisdiction. */
    public Page<CaseView> myQueue(int first, int max) {
        StaffUser me = currentStaff.require();
        ReviewLevel level = levelOf(me);
        if (level == null) {
            return new Page<>(List.of(), 0);
        }
        List<CaseView> rows = cases.queue(level, me.jurisdiction(), Math.max(0, first), Math.min(max, 200))
                .stream().map(views::of).toList();
        return new Page<>(rows, cases.countQueue(level, me.jurisdiction()));
    }

    /** Cases past their level's deadline in the caller's jurisdiction (超期办件). */
    public List<CaseView> overdue() {
        StaffUser me = currentStaff.require();
        return cases.overdue(me.jurisdiction(), PlatformClock.today()).stream().map(views::of).toList();
    }

    public static ReviewLevel levelOf(StaffUser user) {
        for (ReviewLevel l : ReviewLevel.values()) {
            if (l.role().equals(user.role().name())) {
                return l;
            }
        }
        return null;
    }

    /** One change of a case, under the caller, checked against the version they saw. */
    @FunctionalInterface
    interface CaseChange {
        void apply(ProgramCase c, StaffUser me, LocalDate today);
    }

    private void change(long caseId, int expectedVersion, String what, CaseChange change) {
        StaffUser me = currentStaff.require();
        ProgramCase c = visible(me, caseId);
        if (c.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        Map<String, Object> before = snapshot(c);
        change.apply(c, me, PlatformClock.today());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException();
        }
        audit.record(me.username(), AuditAction.UPDATE, "Case", c.id(), c.division().value(), what + " " +
                c.caseNumber(), before, snapshot(c));
    }

    private ProgramCase visible(StaffUser me, long caseId) {
        ProgramCase c = cases.find(caseId).orElseThrow(() -> new NotFoundException("case", "case.notFound"));
        if (!me.jurisdiction().contains(c.division())) {
            throw new AccessDeniedException("case");
        }
        return c;
    }

    static Map<String, Object> snapshot(ProgramCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("program", c.programCode());
        m.put("state", c.state().name());
        m.put("currentLevel", c.currentLevel() == null ? null : c.currentLevel().name());
        m.put("benefitFrom", c.benefitFrom() == null ? null : c.benefitFrom().toString());
        m.put("benefitUntil", c.benefitUntil() == null ? null : c.benefitUntil().toString());
        return m;
    }
}
