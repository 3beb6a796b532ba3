package cn.xndpf.domain.workflow;

import cn.xndpf.domain.shared.InvalidValueException;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The review levels a case goes through, with the days each may take, fixed when the case is
 * submitted. Stored on the case as text such as {@code FIRST_REVIEW:10,REVIEW:10,APPROVAL:15}.
 */
public final class ReviewPlan implements Serializable {

    /** One level and its deadline. */
    public record Step(ReviewLevel level, int deadlineDays) implements Serializable {
    }

    private final List<Step> steps;

    private ReviewPlan(List<Step> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a review plan needs at least one level");
        }
        this.steps = List.copyOf(steps);
    }

    /** The plan in force on a day, from a program's dated stage set-up (the newest set-up not after it). */
    public static ReviewPlan inForce(List<ReviewStage> stages, java.time.LocalDate day) {
        Optional<java.time.LocalDate> since = stages.stream().map(ReviewStage::validFrom)
                .filter(d -> !d.isAfter(day)).max(Comparator.naturalOrder());
        if (since.isEmpty()) {
            throw new InvalidValueException("program", "program.noReviewSetup");
        }
        return new ReviewPlan(stages.stream().filter(s -> s.validFrom().equals(since.get()))
                .sorted(Comparator.comparing(ReviewStage::level))
                .map(s -> new Step(s.level(), s.deadlineDays())).toList());
    }

    public static ReviewPlan parse(String text) {
        List<Step> steps = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] kv = part.split(":");
            steps.add(new Step(ReviewLevel.valueOf(kv[0].trim()), Integer.parseInt(kv[1].trim())));
        }
        return new ReviewPlan(steps);
    }

    public String format() {
        return String.join(",", steps.stream().map(s -> s.level().name() + ":" + s.deadlineDays()).toList());
    }

    public List<Step> steps() {
        return steps;
    }

    public Step first() {
        return steps.get(0);
    }

    /** The step after {@code level}, empty when it is the last. */
    public Optional<Step> after(ReviewLevel level) {
        for (int i = 0; i < steps.size() - 1; i++) {
            if (steps.get(i).level() == level) {
                return Optional.of(steps.get(i + 1));
            }
        }
        return Optional.empty();
    }
}
