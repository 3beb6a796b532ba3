package cn.xndpf.domain.care;

import cn.xndpf.domain.person.Certificate;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.Person;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The care program's rules as pure functions of the facts on a day, so the form, the review and the
 * settlement judge alike.
 *
 * <ul>
 *   <li>Who: a valid certificate of an intellectual or mental disability of any level, or of a physical
 *       disability of level 1 or 2 (重度肢体); alive; of an age within the dated band
 *       (settings {@code care.eligibility.minAge} .. {@code maxAge}); no other open care case.</li>
 *   <li>What the institution is paid (阳光家园补助): per person and month the dated monthly amount of the care
 *       kind, in full once the days or visits recorded that month reach the dated full-month count, else
 *       that share of it (rounded to the fen).</li>
 * </ul>
 */
public final class CareRules {

    /** Setting keys (policy_setting, dated). */
    public static final String MIN_AGE = "care.eligibility.minAge";
    public static final String MAX_AGE = "care.eligibility.maxAge";
    private static final String MONTHLY = "care.subsidy.monthly.";
    private static final String FULL_MONTH_UNITS = "care.subsidy.fullMonthUnits.";

    private CareRules() {
    }

    /** Setting key of the monthly amount of a care kind. */
    public static String monthlyAmountKey(CareKind kind) {
        return MONTHLY + kind.name();
    }

    /** Setting key of the days or visits that earn a care kind's full monthly amount. */
    public static String fullMonthUnitsKey(CareKind kind) {
        return FULL_MONTH_UNITS + kind.name();
    }

    /** The facts the rules look at, gathered by the service for one person and day. */
    public record Facts(Person person, Certificate validCertificate, boolean hasOpenCareCase, int minAge, int maxAge,
                        LocalDate day) {
    }

    public static CareEligibility assess(Facts f) {
        List<CareEligibility.Reason> reasons = new ArrayList<>();
        Certificate c = f.validCertificate();
        if (c == null) {
            reasons.add(new CareEligibility.Reason("eligibility.noValidCertificate", null));
        } else if (!covered(c)) {
            reasons.add(new CareEligibility.Reason("care.categoryNotCovered", c.category().chineseName()));
        }
        if (f.person().isDeceased() && !f.person().deathDate().isAfter(f.day())) {
            reasons.add(new CareEligibility.Reason("eligibility.deceased", null));
        }
        int age = f.person().ageOn(f.day());
        if (age < f.minAge() || age > f.maxAge()) {
            reasons.add(new CareEligibility.Reason("care.ageOutOfRange", f.minAge() + "-" + f.maxAge()));
        }
        if (f.hasOpenCareCase()) {
            reasons.add(new CareEligibility.Reason("care.openCase", null));
        }
        return new CareEligibility(reasons.isEmpty(), List.copyOf(reasons));
    }

    private static boolean covered(Certificate c) {
        return c.category() == DisabilityCategory.INTELLECTUAL || c.category() == DisabilityCategory.MENTAL
                || c.category() == DisabilityCategory.PHYSICAL && c.level().isSevere();
    }

    /**
     * What a month of care earns the institution for one person: {@code monthlyAmount} in full once
     * {@code units} (days or visits recorded) reach {@code fullMonthUnits}, else its share, to the fen.
     */
    public static BigDecimal monthlySubsidy(BigDecimal monthlyAmount, int fullMonthUnits, int units) {
        if (units <= 0 || fullMonthUnits <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (units >= fullMonthUnits) {
            return monthlyAmount.setScale(2, RoundingMode.HALF_UP);
        }
        return monthlyAmount.multiply(BigDecimal.valueOf(units))
                .divide(BigDecimal.valueOf(fullMonthUnits), 2, RoundingMode.HALF_UP);
    }
}
