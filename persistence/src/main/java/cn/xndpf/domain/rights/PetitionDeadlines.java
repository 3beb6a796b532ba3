package cn.xndpf.domain.rights;

import cn.xndpf.domain.shared.DayCount;
import cn.xndpf.domain.shared.InvalidValueException;

import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The statutory deadlines of a petition (信访期限, 信访工作条例 2022) as the dated settings in force on the day it
 * was received: decide whether to accept; answer an accepted one (extendable once, by at most so many days,
 * with notice to the petitioner); the petitioner's window to ask for a review of the answer; the review's own
 * answer. Each period starts the day after the event it runs from and is counted in calendar days or in
 * working days (Monday to Friday), as the setting {@value #WORKING_DAYS} says ({@link DayCount}).
 */
public record PetitionDeadlines(int acceptDays, int answerDays, int extensionMaxDays, int reviewRequestDays,
                                int reviewDecisionDays, boolean workingDays, int reminderDays) {

    public static final String ACCEPT_DAYS = "rights.petition.acceptDays";
    public static final String ANSWER_DAYS = "rights.petition.answerDays";
    public static final String EXTENSION_MAX_DAYS = "rights.petition.extensionMaxDays";
    public static final String REVIEW_REQUEST_DAYS = "rights.petition.reviewRequestDays";
    public static final String REVIEW_DECISION_DAYS = "rights.petition.reviewDecisionDays";
    public static final String WORKING_DAYS = "rights.petition.workingDays";
    public static final String REMINDER_DAYS = "rights.petition.reminderDays";

    /**
     * The deadlines from the settings in force on a day; {@code valueOn} answers a setting's value on that day
     * (null when none is in force, which is a setup fault, not the user's).
     */
    public static PetitionDeadlines inForceOn(LocalDate day, BiFunction<String, LocalDate, String> valueOn) {
        Function<String, String> v = key -> {
            String value = valueOn.apply(key, day);
            if (value == null) {
                throw new IllegalStateException("no setting " + key + " in force on " + day);
            }
            return value.trim();
        };
        return new PetitionDeadlines(Integer.parseInt(v.apply(ACCEPT_DAYS)), Integer.parseInt(v.apply(ANSWER_DAYS)),
                Integer.parseInt(v.apply(EXTENSION_MAX_DAYS)), Integer.parseInt(v.apply(REVIEW_REQUEST_DAYS)),
                Integer.parseInt(v.apply(REVIEW_DECISION_DAYS)), Boolean.parseBoolean(v.apply(WORKING_DAYS)),
                Integer.parseInt(v.apply(REMINDER_DAYS)));
    }

    /** The last day to tell the petitioner whether the petition is accepted. */
    public LocalDate acceptBy(LocalDate received) {
        return DayCount.after(received, acceptDays, workingDays);
    }

    /** The last day to answer a petition accepted on {@code accepted}, before any extension. */
    public LocalDate answerBy(LocalDate accepted) {
        return DayCount.after(accepted, answerDays, workingDays);
    }

    /**
     * The answer deadline after the one extension the rules allow: {@code days} from 1 to the maximum, counted
     * on from the deadline it extends. Refused when already extended or out of range.
     */
    public LocalDate extended(LocalDate answerBy, int alreadyExtended, int days) {
        if (alreadyExtended > 0) {
            throw new InvalidValueException("extensionDays", "petition.alreadyExtended");
        }
        if (days < 1 || days > extensionMaxDays) {
            throw new InvalidValueException("extensionDays", "petition.extensionRange", extensionMaxDays);
        }
        return DayCount.after(answerBy, days, workingDays);
    }

    /** The last day the petitioner may ask for a review of an answer given on {@code answered}. */
    public LocalDate reviewRequestBy(LocalDate answered) {
        return DayCount.after(answered, reviewRequestDays, workingDays);
    }

    /** The last day to answer a review asked for on {@code requested}. */
    public LocalDate reviewBy(LocalDate requested) {
        return DayCount.after(requested, reviewDecisionDays, workingDays);
    }
}
