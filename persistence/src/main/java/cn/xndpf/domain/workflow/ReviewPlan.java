package cn.xndpf.domain.workflow;

import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.shared.DayCount;
import cn.xndpf.domain.shared.InvalidValueException;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The review chain a case goes through: the program's {@link ReviewStage} rows in force on the day the
 * case was applied for, in their order.
 */
public final class ReviewPlan implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One stage: who decides (role, level of their office) and how long it may take. */
    public record Step(String stage, String chineseName, String englishName, String role,
                       DivisionLevel divisionLevel, int deadlineDays, boolean workingDays) implements Serializable {

        /** The last day a decision is due when the case reaches this stage on {@code day}. */
        public LocalDate dueFrom(LocalDate day) {
            return DayCount.after(day, deadlineDays, workingDays);
        }
    }

    private final List<Step> steps;

    private ReviewPlan(List<Step> steps) {
        if (steps.isEmpty()) {
            throw new InvalidValueException("program", "program.noReviewSetup");
        }
        this.steps = List.copyOf(steps);
    }

    /** The chain in force on a day, from a program's dated stage rows. */
    public static ReviewPlan inForce(List<ReviewStage> stages, LocalDate day) {
        return new ReviewPlan(stages.stream().filter(s -> s.isInForceOn(day))
                .sorted(Comparator.comparingInt(ReviewStage::order))
                .map(s -> new Step(s.code(), s.chineseName(), s.englishName(), s.role(), s.divisionLevel(),
                        s.deadlineDays(), s.workingDays()))
                .toList());
    }

    public static ReviewPlan of(List<Step> steps) {
        return new ReviewPlan(steps);
    }

    public List<Step> steps() {
        return steps;
    }

    public Step first() {
        return steps.get(0);
    }

    /** The step of a stage code, empty if the chain has no such stage. */
    public Optional<Step> step(String stage) {
        return steps.stream().filter(s -> s.stage().equals(stage)).findFirst();
    }

    /** The step after {@code stage}, empty when it is the last. */
    public Optional<Step> after(String stage) {
        for (int i = 0; i < steps.size() - 1; i++) {
            if (steps.get(i).stage().equals(stage)) {
                return Optional.of(steps.get(i + 1));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code stage} is the first of the chain. */
    public boolean isFirst(String stage) {
        return first().stage().equals(stage);
    }
}
