package cn.xndpf.domain.rehabilitation;

import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.Person;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Children's rehabilitation aid (残疾儿童康复救助) as pure functions of the facts on the application day.
 *
 * <ul>
 *   <li>Who: a living child holding a valid certificate, aged within the dated band
 *       ({@code rehabilitation.childAid.minAge} .. {@code maxAge}, 0 to 6, both included) on the day.</li>
 *   <li>How much: an amount in yuan above zero with at most two decimals; the child's aid of the aid year (the
 *       application day's year, every case not rejected) may not exceed the dated yearly cap
 *       ({@code rehabilitation.childAid.yearlyCap}); an amount beyond it is refused, naming what is left.</li>
 *   <li>The children's aid service rate: children aided / children of the band assessed as needing, as the
 *       basic service rate computes it ({@link RehabilitationRules#serviceRate}).</li>
 * </ul>
 */
public final class ChildAidRules {

    public static final String MIN_AGE = "rehabilitation.childAid.minAge";
    public static final String MAX_AGE = "rehabilitation.childAid.maxAge";
    public static final String YEARLY_CAP = "rehabilitation.childAid.yearlyCap";

    private ChildAidRules() {
    }

    /** The facts an application is judged on; {@code usedThisYear} is the child's aid of the year so far. */
    public record Facts(Person child, Certificate validCertificate, BigDecimal amount, BigDecimal usedThisYear,
                        int minAge, int maxAge, BigDecimal yearlyCap, LocalDate day) {
    }

    /** A refusal: the field it concerns, the message key and its argument. */
    public record Refusal(String field, String key, String argument) {
    }

    /** Every reason an application is refused; empty when it is taken. */
    public static List<Refusal> refusals(Facts f) {
        List<Refusal> refusals = new ArrayList<>();
        if (f.validCertificate() == null) {
            refusals.add(new Refusal("idNumber", "eligibility.noValidCertificate", null));
        }
        if (f.child().isDeceased() && !f.child().deathDate().isAfter(f.day())) {
            refusals.add(new Refusal("idNumber", "eligibility.deceased", null));
        }
        if (!inAgeBand(f.child(), f.day(), f.minAge(), f.maxAge())) {
            refusals.add(new Refusal("idNumber", "rehabilitation.childAid.ageOutOfRange",
                    f.minAge() + "-" + f.maxAge()));
        }
        if (f.amount() == null || f.amount().signum() <= 0 || f.amount().stripTrailingZeros().scale() > 2) {
            refusals.add(new Refusal("amount", "rehabilitation.childAid.amount", null));
        } else if (f.usedThisYear().add(f.amount()).compareTo(f.yearlyCap()) > 0) {
            refusals.add(new Refusal("amount", "rehabilitation.childAid.overCap",
                    remaining(f.yearlyCap(), f.usedThisYear()).toPlainString()));
        }
        return List.copyOf(refusals);
    }

    /** What the cap leaves for the year, never below zero, to the fen. */
    public static BigDecimal remaining(BigDecimal yearlyCap, BigDecimal usedThisYear) {
        BigDecimal left = yearlyCap.subtract(usedThisYear);
        return (left.signum() < 0 ? BigDecimal.ZERO : left).setScale(2);
    }

    /** Whether a child's age on a day lies within the band, both ends included. */
    public static boolean inAgeBand(Person child, LocalDate day, int minAge, int maxAge) {
        int age = child.ageOn(day);
        return age >= minAge && age <= maxAge;
    }
}
