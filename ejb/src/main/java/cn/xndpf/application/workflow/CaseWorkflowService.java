package cn.xndpf.application.workflow;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.application.shared.Page;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.shared.AccessDeniedException;
import cn.xndpf.domain.shared.ConcurrentChangeException;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.workflow.CaseRepository;
import cn.xndpf.domain.workflow.ProgramCase;
import cn.xndpf.domain.workflow.ReviewDecision;
import cn.xndpf.domain.workflow.ReviewPlan;
import cn.xndpf.domain.workflow.ReviewStage;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The program workflow every program shares (业务审核流程), and the only way a case is opened or moved:
 * opening ({@link #startCase}), review stage by stage by the role and office level the program's chain in
 * force on the application day names, return and resubmission, review queues and overdue lists,
 * suspension, reinstatement and termination. Callers act only inside their jurisdiction; each step is
 * audited; a decision taken on a case that someone else changed in the meantime is refused, never merged.
 * Programs build their own case (their rules decide eligibility and the benefit) and hand it here.
 */
@Stateless
@DeclareRoles({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS,
        Roles.CITY_STAFF, Roles.ADMIN, Roles.BATCH})
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

    @Inject
    private Event<CaseEnded> ended;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    public CaseView open(long caseId) {
        StaffUser me = currentStaff.require();
        return views.of(visible(me, caseId));
    }

    /**
     * Opens a new case of any program (a draft a program's service built after checking its own rules)
     * and sends it to the first stage of the program's chain in force on the application day. The case must
     * lie in the caller's jurisdiction. Audited as {@code summary} with the program's {@code audited}
     * fields; returns the case id.
     */
    @RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public long startCase(ProgramCase draft, String summary, Map<String, Object> audited) {
        return startCases(currentStaff.require(), List.of(new NewCase(draft, summary, audited))).get(0);
    }

    /** A case to open: the program's draft, and what its audit entry says ({@link #startCase}). */
    public record NewCase(ProgramCase draft, String summary, Map<String, Object> audited) {
    }

    /**
     * Opens the cases a bulk import took on behalf of the staff member who uploaded it (the batch runtime has no
     * staff caller): each exactly as {@link #startCase} opens one, in the jurisdiction of {@code actor}, audited
     * under {@code actor}'s name, but stored together in one flush, the review chains read once per program and
     * application day.
     */
    @RolesAllowed(Roles.BATCH)
    public List<Long> startCasesFor(StaffUser actor, List<NewCase> drafts) {
        return startCases(actor, drafts);
    }

    private List<Long> startCases(StaffUser me, List<NewCase> drafts) {
        LocalDate today = PlatformClock.today();
        Map<String, ReviewPlan> plans = new java.util.HashMap<>();
        for (NewCase n : drafts) {
            ProgramCase draft = n.draft();
            if (draft.id() != null) {
                throw new IllegalArgumentException("a case is started once");
            }
            if (!me.jurisdiction().contains(draft.division())) {
                throw new AccessDeniedException("case");
            }
            // the plans are read before any case is stored, so reading them never flushes a case on its own
            plans.computeIfAbsent(draft.programCode() + "@" + draft.appliedOn(), k -> planOf(draft));
        }
        for (NewCase n : drafts) {
            n.draft().submit(plans.get(n.draft().programCode() + "@" + n.draft().appliedOn()), today, me.username());
            cases.store(n.draft());
        }
        em.flush();
        List<Long> ids = new java.util.ArrayList<>();
        for (NewCase n : drafts) {
            audit.record(me.username(), AuditAction.CREATE, "Case", n.draft().id(), n.draft().division().value(),
                    n.summary(), null, n.audited());
            ids.add(n.draft().id());
        }
        return ids;
    }

    /** Sends a corrected case back into review, at the first stage of its chain. */
    @RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public void submit(long caseId, int expectedVersion) {
        change(caseId, expectedVersion, "提交", (c, me, today) -> c.submit(planOf(c), today, me.username()));
    }

    /**
     * A decision at the case's current stage, by a user holding the role the stage names whose jurisdiction
     * is an office of the stage's division level.
     */
    @RolesAllowed({Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS, Roles.CITY_STAFF})
    public void review(long caseId, int expectedVersion, ReviewDecision decision, String reason) {
        change(caseId, expectedVersion, "审查", (c, me, today) -> {
            ReviewPlan plan = planOf(c);
            ReviewPlan.Step step = c.currentStage() == null ? null : plan.step(c.currentStage()).orElse(null);
            if (step == null || !step.role().equals(me.role().name())
                    || me.jurisdiction().level() != step.divisionLevel()) {
                throw new AccessDeniedException("level");
            }
            c.review(plan, step.stage(), decision, me.username(), reason, today);
        });
    }

    /**
     * Starts the benefit of an approved case whose program does not start it by itself on final approval
     * ({@code ProgramCase.benefitStartsOn()} null: staff start the service separately, as a placement with an
     * institution does). {@code from} is the day the service starts: not before the application day and not
     * after today. Checked against the version the caller saw; a step on the timeline; audited.
     */
    @RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
    public void startBenefit(long caseId, int expectedVersion, LocalDate from) {
        change(caseId, expectedVersion, "开始享受", (c, me, today) -> {
            if (from == null) {
                throw new InvalidValueException("from", "date.required");
            }
            if (from.isBefore(c.appliedOn()) || from.isAfter(today)) {
                throw new InvalidValueException("from", "case.startOutOfRange", c.appliedOn().toString());
            }
            c.activate(from, me.username());
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
        change(caseId, expectedVersion, "终止", (c, me, today) -> {
            LocalDate last = lastDay == null ? today : lastDay;
            c.terminate(last, me.username(), reason);
            ended.fire(new CaseEnded(c.id(), c.programCode(), last));
        });
    }

    /** The caller's queue: cases of every program waiting at a stage their role decides, in their jurisdiction. */
    public Page<CaseView> myQueue(int first, int max) {
        StaffUser me = currentStaff.require();
        String role = me.role().name();
        List<CaseView> rows = cases.queue(role, me.jurisdiction(), Math.max(0, first), Math.min(max, 200))
                .stream().map(views::of).toList();
        return new Page<>(rows, cases.countQueue(role, me.jurisdiction()));
    }

    /**
     * The review stages the caller decides in the chains in force today (one per stage code, in chain
     * order); empty when their role decides none.
     */
    public List<StageName> myStages() {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        return cases.stagesOfRole(me.role().name()).stream()
                .filter(s -> s.isInForceOn(today) && s.divisionLevel() == me.jurisdiction().level())
                .map(s -> new StageName(s.code(), s.chineseName(), s.englishName()))
                .filter(distinctCode()).toList();
    }

    private static Predicate<StageName> distinctCode() {
        Set<String> seen = new HashSet<>();
        return s -> seen.add(s.code());
    }

    /**
     * A page of the cases past their level's deadline in the caller's jurisdiction (超期办件), oldest deadline first:
     * a page, because a province's backlog can run to tens of thousands (the whole list took seconds to read at a
     * million people).
     */
    public Page<CaseView> overdue(int first, int max) {
        StaffUser me = currentStaff.require();
        LocalDate today = PlatformClock.today();
        List<CaseView> rows = cases.overdue(me.jurisdiction(), today, Math.max(0, first), Math.min(Math.max(1, max), 200))
                .stream().map(views::of).toList();
        return new Page<>(rows, cases.countOverdue(me.jurisdiction(), today));
    }

    /** The chain a case is reviewed by: its program's rows in force on the day it was applied for. */
    private ReviewPlan planOf(ProgramCase c) {
        List<ReviewStage> stages = cases.stages(c.programCode());
        return ReviewPlan.inForce(stages, c.appliedOn());
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
            // the same answer as for an id nobody uses: another jurisdiction's cases are not revealed
            throw new NotFoundException("case", "case.notFound");
        }
        return c;
    }

    static Map<String, Object> snapshot(ProgramCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("program", c.programCode());
        m.put("state", c.state().name());
        m.put("currentLevel", c.currentStage());
        m.put("benefitFrom", c.benefitFrom() == null ? null : c.benefitFrom().toString());
        m.put("benefitUntil", c.benefitUntil() == null ? null : c.benefitUntil().toString());
        return m;
    }
}
