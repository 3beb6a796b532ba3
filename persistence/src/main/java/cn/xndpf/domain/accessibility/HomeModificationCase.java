package cn.xndpf.domain.accessibility;

import cn.xndpf.domain.person.Household;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.shared.BooleanNumberConverter;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.workflow.Program;
import cn.xndpf.domain.workflow.ProgramCase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A home modification (家庭无障碍改造办件): one poor household's works, applied for by a disabled member and
 * reviewed through the kernel's chain, then surveyed (勘查), built (施工), accepted (验收) and paid to the
 * contractor (付款), each a step on the case's timeline. The cost cap is the one in force on the application
 * day, fixed then, so a later change of the setting leaves a case under way as it was. Starting the works
 * starts the service (开始享受); paying the contractor ends the case (终止, with the reason saying it was
 * completed), so a household has at most one modification open.
 */
@Entity
@Table(name = "home_modification_case")
@DiscriminatorValue("HOME_MODIFICATION")
@PrimaryKeyJoinColumn(name = "case_id")
public class HomeModificationCase extends ProgramCase {

    /** The reason the case ends with once the contractor is paid. */
    public static final String COMPLETED = "改造完成，已向施工单位付款";

    @Column(name = "household_id", nullable = false, updatable = false)
    private Long householdId;

    @Column(name = "cost_cap", nullable = false, updatable = false)
    private BigDecimal costCap;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false)
    private HomeModificationStage stage;

    @Column(name = "survey_day")
    private LocalDate surveyDay;

    @Column(name = "surveyor")
    private String surveyor;

    @Column(name = "planned_items")
    private String plannedItems;

    @Column(name = "estimated_cost")
    private BigDecimal estimatedCost;

    @Column(name = "contractor")
    private String contractor;

    @Column(name = "works_start")
    private LocalDate worksStart;

    @Column(name = "acceptance_day")
    private LocalDate acceptanceDay;

    @Column(name = "accepted")
    @Convert(converter = BooleanNumberConverter.class)
    private Boolean accepted;

    @Column(name = "acceptance_note")
    private String acceptanceNote;

    @Column(name = "paid_amount")
    private BigDecimal paidAmount;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "paid_by")
    private String paidBy;

    protected HomeModificationCase() {
    }

    public HomeModificationCase(Program program, Person applicant, Household household, BigDecimal costCap,
                                LocalDate appliedOn, String actor) {
        super(program, applicant, appliedOn, actor);
        this.householdId = household.id();
        this.costCap = costCap;
        this.stage = HomeModificationStage.APPLIED;
    }

    /** 入户勘查: once, on an approved case, on a day from the application to {@code today}, within the cap. */
    public void survey(LocalDate day, String surveyor, String items, BigDecimal estimate, LocalDate today,
                       String actor) {
        requireStage(HomeModificationStage.APPLIED);
        requireDay("surveyDay", day, appliedOn(), today);
        String who = text("surveyor", surveyor, 100);
        String what = text("plannedItems", items, 1000);
        if (estimate == null || estimate.signum() <= 0) {
            throw new InvalidValueException("estimatedCost", "homemod.amountRequired");
        }
        if (estimate.compareTo(costCap) > 0) {
            throw new InvalidValueException("estimatedCost", "homemod.overCap", costCap.toPlainString());
        }
        recordStep(actor, "入户勘查 " + day + " · " + who + " · 预算" + estimate.toPlainString() + "元");
        this.surveyDay = day;
        this.surveyor = who;
        this.plannedItems = what;
        this.estimatedCost = estimate;
        this.stage = HomeModificationStage.SURVEYED;
    }

    /** 开工: the contractor starts on a day from the survey to {@code today}; the service starts with it. */
    public void startWorks(String contractor, LocalDate start, LocalDate today, String actor) {
        requireStage(HomeModificationStage.SURVEYED);
        String who = text("contractor", contractor, 200);
        requireDay("worksStart", start, surveyDay, today);
        recordStep(actor, "开工 " + start + " · 施工单位：" + who);
        activate(start, actor);
        this.contractor = who;
        this.worksStart = start;
        this.stage = HomeModificationStage.WORKS;
    }

    /**
     * 验收: on a day from the works' start to {@code today}. Not accepted needs a note and leaves the works
     * open for another acceptance later; accepted makes the case payable.
     */
    public void accept(LocalDate day, boolean passed, String note, LocalDate today, String actor) {
        requireStage(HomeModificationStage.WORKS);
        requireDay("acceptanceDay", day, worksStart, today);
        String why = note == null || note.isBlank() ? null : note.trim();
        if (!passed && why == null) {
            throw new InvalidValueException("acceptanceNote", "homemod.noteRequired");
        }
        if (why != null && why.length() > 500) {
            throw new InvalidValueException("acceptanceNote", "homemod.tooLong", "500");
        }
        recordStep(actor, (passed ? "验收合格 " : "验收不合格 ") + day + (why == null ? "" : " · " + shorten(why)));
        this.acceptanceDay = day;
        this.accepted = passed;
        this.acceptanceNote = why;
        if (passed) {
            this.stage = HomeModificationStage.ACCEPTED;
        }
    }

    /**
     * 付款: the contractor is paid once, after acceptance, at most the cap, on a day from the acceptance to
     * {@code today}; the case then ends as completed.
     */
    public void pay(BigDecimal amount, LocalDate day, LocalDate today, String actor) {
        if (stage == HomeModificationStage.PAID) {
            throw new InvalidValueException("paidOn", "homemod.alreadyPaid", paidOn.toString());
        }
        requireStage(HomeModificationStage.ACCEPTED);
        if (amount == null || amount.signum() <= 0) {
            throw new InvalidValueException("paidAmount", "homemod.amountRequired");
        }
        if (amount.compareTo(costCap) > 0) {
            throw new InvalidValueException("paidAmount", "homemod.overCap", costCap.toPlainString());
        }
        requireDay("paidOn", day, acceptanceDay, today);
        recordStep(actor, "向施工单位付款 " + day + " · " + amount.toPlainString() + "元");
        terminate(day, actor, COMPLETED);
        this.paidAmount = amount;
        this.paidOn = day;
        this.paidBy = actor;
        this.stage = HomeModificationStage.PAID;
    }

    /** Whether files of {@code step} may still be attached: survey files until the works start, acceptance ones until paid. */
    public void requireAttachable(AttachmentStep step) {
        boolean open = switch (step) {
            case SURVEY -> stage == HomeModificationStage.APPLIED || stage == HomeModificationStage.SURVEYED;
            case ACCEPTANCE -> stage == HomeModificationStage.WORKS || stage == HomeModificationStage.ACCEPTED;
        };
        if (!open) {
            throw new InvalidValueException("step", "homemod.wrongStage", stage.chineseName());
        }
    }

    private void requireStage(HomeModificationStage expected) {
        if (stage != expected) {
            throw new InvalidValueException("stage", "homemod.wrongStage", stage.chineseName());
        }
    }

    private static void requireDay(String field, LocalDate day, LocalDate notBefore, LocalDate today) {
        if (day == null) {
            throw new InvalidValueException(field, "date.required");
        }
        if (day.isBefore(notBefore) || day.isAfter(today)) {
            throw new InvalidValueException(field, "homemod.dayOutOfRange", notBefore.toString());
        }
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "homemod.required");
        }
        String t = value.trim();
        if (t.length() > max) {
            throw new InvalidValueException(field, "homemod.tooLong", String.valueOf(max));
        }
        return t;
    }

    private static String shorten(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }

    public Long householdId() {
        return householdId;
    }

    public BigDecimal costCap() {
        return costCap;
    }

    public HomeModificationStage stage() {
        return stage;
    }

    public LocalDate surveyDay() {
        return surveyDay;
    }

    public String surveyor() {
        return surveyor;
    }

    public String plannedItems() {
        return plannedItems;
    }

    public BigDecimal estimatedCost() {
        return estimatedCost;
    }

    public String contractor() {
        return contractor;
    }

    public LocalDate worksStart() {
        return worksStart;
    }

    public LocalDate acceptanceDay() {
        return acceptanceDay;
    }

    public Boolean accepted() {
        return accepted;
    }

    public String acceptanceNote() {
        return acceptanceNote;
    }

    public BigDecimal paidAmount() {
        return paidAmount;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public String paidBy() {
        return paidBy;
    }
}
