package cn.xndpf.domain.workflow;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A case of a program (业务办件): one person's application and, once approved, the benefit or service
 * managed over time. The life cycle is the same for every program: draft, submitted, reviewed stage by
 * stage as the program's {@link ReviewPlan} says, approved or rejected or returned, then active,
 * suspended, reinstated, terminated. Each step adds a {@link CaseEvent}; the version column makes two
 * reviewers acting at once collide instead of overwriting each other.
 */
@Entity
@Table(name = "program_case")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "case_kind")
public abstract class ProgramCase {

    private static final Set<CaseState> UNDER_REVIEW =
            EnumSet.of(CaseState.SUBMITTED, CaseState.FIRST_REVIEWED, CaseState.REVIEWED);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpf_seq")
    @SequenceGenerator(name = "dpf_seq", sequenceName = "dpf_seq", allocationSize = 50)
    private Long id;

    @Column(name = "program_code", nullable = false, updatable = false)
    private String programCode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "program_code", insertable = false, updatable = false)
    private Program program;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    // Text, so that jurisdiction queries can match a code prefix with LIKE.
    @Column(name = "division_code", nullable = false)
    private String division;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private CaseState state;

    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;

    /** The stage code of the review chain the case waits at; null outside review. */
    @Column(name = "current_level")
    private String currentStage;

    /** The role that decides at the current stage, so that a queue is one indexed query. */
    @Column(name = "acting_role")
    private String currentRole;

    @Column(name = "level_due")
    private LocalDate levelDue;

    /** First day of the first month the benefit covers. */
    @Column(name = "benefit_from")
    private LocalDate benefitFrom;

    /** Last day covered once the case ends; open while active or suspended. */
    @Column(name = "benefit_until")
    private LocalDate benefitUntil;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @OneToMany(mappedBy = "programCase", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<CaseEvent> events = new ArrayList<>();

    @Version
    private int version;

    protected ProgramCase() {
    }

    protected ProgramCase(Program program, Person person, LocalDate appliedOn, String actor) {
        this.program = program;
        this.programCode = program.code();
        this.person = person;
        this.division = person.division().value();
        this.appliedOn = appliedOn;
        this.state = CaseState.DRAFT;
        this.createdBy = actor;
        events.add(new CaseEvent(this, CaseEventType.CREATED, null, null, null, state, actor, null));
    }

    /**
     * Sends a draft, or a case returned for correction, to the first stage of {@code plan} (the chain in
     * force on the day the case was applied for).
     */
    public void submit(ReviewPlan plan, LocalDate today, String actor) {
        requireState(CaseState.DRAFT, CaseState.RETURNED);
        move(CaseEventType.SUBMITTED, null, null, CaseState.SUBMITTED, actor, null);
        enterStage(plan.first(), today);
    }

    /**
     * A decision at the case's current stage of {@code plan}. Return and reject need a reason. Passing the
     * first stage leads to 已初审, a later one to 已审核, the last to 已审批.
     */
    public void review(ReviewPlan plan, String stage, ReviewDecision decision, String reviewer, String reason,
                       LocalDate today) {
        if (!UNDER_REVIEW.contains(state)) {
            throw new InvalidValueException("state", "case.wrongState", state.chineseName());
        }
        if (!stage.equals(currentStage)) {
            throw new InvalidValueException("level", "case.wrongLevel",
                    plan.step(currentStage).map(ReviewPlan.Step::chineseName).orElse(currentStage));
        }
        if (decision != ReviewDecision.APPROVE && (reason == null || reason.isBlank())) {
            throw new InvalidValueException("reason", "case.reasonRequired");
        }
        switch (decision) {
            case APPROVE -> {
                Optional<ReviewPlan.Step> next = plan.after(stage);
                CaseState to = next.isEmpty() ? CaseState.APPROVED
                        : plan.isFirst(stage) ? CaseState.FIRST_REVIEWED : CaseState.REVIEWED;
                move(CaseEventType.REVIEWED, stage, decision, to, reviewer, reason);
                if (next.isPresent()) {
                    enterStage(next.get(), today);
                } else {
                    leaveReview();
                    LocalDate start = benefitStartsOn();
                    if (start != null) {
                        activate(start, reviewer);
                    }
                }
            }
            case RETURN -> {
                move(CaseEventType.REVIEWED, stage, decision, CaseState.RETURNED, reviewer, reason);
                leaveReview();
            }
            case REJECT -> {
                move(CaseEventType.REVIEWED, stage, decision, CaseState.REJECTED, reviewer, reason);
                leaveReview();
            }
        }
    }

    /** The approved benefit starts; {@code from} is the first day of the first month it covers. */
    public void activate(LocalDate from, String actor) {
        requireState(CaseState.APPROVED);
        this.benefitFrom = from.withDayOfMonth(1);
        move(CaseEventType.ACTIVATED, null, null, CaseState.ACTIVE, actor, null);
    }

    /** Payments stop from the next roll until the case is reinstated. */
    public void suspend(String actor, String reason) {
        requireState(CaseState.ACTIVE);
        requireReason(reason);
        move(CaseEventType.SUSPENDED, null, null, CaseState.SUSPENDED, actor, reason);
    }

    /** Payments resume, including the months held back while suspended. */
    public void reinstate(String actor, String reason) {
        requireState(CaseState.SUSPENDED);
        requireReason(reason);
        move(CaseEventType.REINSTATED, null, null, CaseState.ACTIVE, actor, reason);
    }

    /** Ends the benefit: the last month covered is the month of {@code lastDay}. */
    public void terminate(LocalDate lastDay, String actor, String reason) {
        requireState(CaseState.ACTIVE, CaseState.SUSPENDED);
        requireReason(reason);
        this.benefitUntil = lastDay.withDayOfMonth(lastDay.lengthOfMonth());
        this.endReason = reason;
        move(CaseEventType.TERMINATED, null, null, CaseState.TERMINATED, actor, reason);
    }

    /**
     * A step that changes what the case pays or provides but not its state (for example the subsidy level
     * after a re-assessment); only while the benefit runs, always with a reason.
     */
    protected void recordBenefitChange(String actor, String reason) {
        requireState(CaseState.ACTIVE, CaseState.SUSPENDED);
        requireReason(reason);
        move(CaseEventType.BENEFIT_CHANGED, null, null, state, actor, reason);
    }

    /**
     * A program's own step on the timeline (办理) once the case is approved and until it ends: the state stays;
     * {@code what} names the step and what was recorded.
     */
    protected void recordStep(String actor, String what) {
        requireState(CaseState.APPROVED, CaseState.ACTIVE, CaseState.SUSPENDED);
        requireReason(what);
        move(CaseEventType.PROGRAM_STEP, null, null, state, actor, what);
    }

    /**
     * For programs whose benefit starts by itself on final approval, the first day it covers; null where
     * staff start the service separately.
     */
    protected LocalDate benefitStartsOn() {
        return null;
    }

    public boolean isOverdue(LocalDate today) {
        return levelDue != null && today.isAfter(levelDue);
    }

    private void enterStage(ReviewPlan.Step step, LocalDate today) {
        this.currentStage = step.stage();
        this.currentRole = step.role();
        this.levelDue = step.dueFrom(today);
    }

    private void leaveReview() {
        this.currentStage = null;
        this.currentRole = null;
        this.levelDue = null;
    }

    private void move(CaseEventType type, String stage, ReviewDecision decision, CaseState to, String actor,
                      String reason) {
        events.add(new CaseEvent(this, type, stage, decision, state, to, actor,
                reason == null || reason.isBlank() ? null : reason.trim()));
        this.state = to;
    }

    private void requireState(CaseState... allowed) {
        for (CaseState s : allowed) {
            if (state == s) {
                return;
            }
        }
        throw new InvalidValueException("state", "case.wrongState", state.chineseName());
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("reason", "case.reasonRequired");
        }
    }

    public Long id() {
        return id;
    }

    /** 办件编号: the program's case-number prefix and id, e.g. LS-1050. */
    public String caseNumber() {
        return caseNumber(program.casePrefix(), id);
    }

    /** The case number of a case read as columns, not as an entity. */
    public static String caseNumber(String casePrefix, long caseId) {
        return casePrefix + "-" + caseId;
    }

    public String programCode() {
        return programCode;
    }

    public Person person() {
        return person;
    }

    public DivisionCode division() {
        return DivisionCode.of(division);
    }

    public CaseState state() {
        return state;
    }

    public LocalDate appliedOn() {
        return appliedOn;
    }

    public Program program() {
        return program;
    }

    /** The review stage the case waits at, null outside review. */
    public String currentStage() {
        return currentStage;
    }

    /** The role that decides at the current stage, null outside review. */
    public String currentRole() {
        return currentRole;
    }

    public LocalDate levelDue() {
        return levelDue;
    }

    public LocalDate benefitFrom() {
        return benefitFrom;
    }

    public LocalDate benefitUntil() {
        return benefitUntil;
    }

    public String endReason() {
        return endReason;
    }

    public String createdBy() {
        return createdBy;
    }

    public int version() {
        return version;
    }

    public List<CaseEvent> events() {
        return Collections.unmodifiableList(events);
    }
}
