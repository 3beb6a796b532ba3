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
 * managed over time. The life cycle is the same for every program: draft, submitted, reviewed level by
 * level as the program's {@link ReviewPlan} says, approved or rejected or returned, then active,
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

    @Column(name = "review_plan")
    private String reviewPlan;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_level")
    private ReviewLevel currentLevel;

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

    protected ProgramCase(String programCode, Person person, LocalDate appliedOn, String actor) {
        this.programCode = programCode;
        this.person = person;
        this.division = person.division().value();
        this.appliedOn = appliedOn;
        this.state = CaseState.DRAFT;
        this.createdBy = actor;
        events.add(new CaseEvent(this, CaseEventType.CREATED, null, null, null, state, actor, null));
    }

    /** Sends a draft, or a case returned for correction, to the first review level. */
    public void submit(ReviewPlan plan, LocalDate today, String actor) {
        requireState(CaseState.DRAFT, CaseState.RETURNED);
        this.reviewPlan = plan.format();
        move(CaseEventType.SUBMITTED, null, null, CaseState.SUBMITTED, actor, null);
        enterLevel(plan.first(), today);
    }

    /** A decision at the case's current level. Return and reject need a reason. */
    public void review(ReviewLevel level, ReviewDecision decision, String reviewer, String reason, LocalDate today) {
        if (!UNDER_REVIEW.contains(state)) {
            throw new InvalidValueException("state", "case.wrongState", state.chineseName());
        }
        if (level != currentLevel) {
            throw new InvalidValueException("level", "case.wrongLevel", currentLevel.chineseName());
        }
        if (decision != ReviewDecision.APPROVE && (reason == null || reason.isBlank())) {
            throw new InvalidValueException("reason", "case.reasonRequired");
        }
        switch (decision) {
            case APPROVE -> {
                Optional<ReviewPlan.Step> next = plan().after(level);
                CaseState to = next.isPresent() ? level.stateAfter() : CaseState.APPROVED;
                move(CaseEventType.REVIEWED, level, decision, to, reviewer, reason);
                if (next.isPresent()) {
                    enterLevel(next.get(), today);
                } else {
                    leaveReview();
                    LocalDate start = benefitStartsOn();
                    if (start != null) {
                        activate(start, reviewer);
                    }
                }
            }
            case RETURN -> {
                move(CaseEventType.REVIEWED, level, decision, CaseState.RETURNED, reviewer, reason);
                leaveReview();
            }
            case REJECT -> {
                move(CaseEventType.REVIEWED, level, decision, CaseState.REJECTED, reviewer, reason);
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
     * For programs whose benefit starts by itself on final approval, the first day it covers; null where
     * staff start the service separately.
     */
    protected LocalDate benefitStartsOn() {
        return null;
    }

    public boolean isOverdue(LocalDate today) {
        return levelDue != null && today.isAfter(levelDue);
    }

    private void enterLevel(ReviewPlan.Step step, LocalDate today) {
        this.currentLevel = step.level();
        this.levelDue = today.plusDays(step.deadlineDays());
    }

    private void leaveReview() {
        this.currentLevel = null;
        this.levelDue = null;
    }

    private void move(CaseEventType type, ReviewLevel level, ReviewDecision decision, CaseState to, String actor,
                      String reason) {
        events.add(new CaseEvent(this, type, level, decision, state, to, actor,
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

    /** 办件编号: program prefix and id, e.g. LS-1050. */
    public String caseNumber() {
        return programCode.charAt(0) + "S-" + id;
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

    public ReviewPlan plan() {
        return reviewPlan == null ? null : ReviewPlan.parse(reviewPlan);
    }

    public ReviewLevel currentLevel() {
        return currentLevel;
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
