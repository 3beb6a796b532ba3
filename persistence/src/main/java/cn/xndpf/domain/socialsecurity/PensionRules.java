package cn.xndpf.domain.socialsecurity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;

/**
 * Basic pension insurance for urban and rural residents (城乡居民基本养老保险): who is on a year's list and the
 * government's share of the contribution (full for levels 1-2, 代缴; a subsidy for levels 3-4, 补贴), from the
 * dated settings in force on 1 January of the year (V55). Pure: the caller reads the facts and the settings.
 */
public final class PensionRules {

    /** The government's share for a level: this key followed by the level's digit ("...share.1"). */
    public static final String SHARE = "socialsecurity.pension.share.";
    public static final String MIN_AGE = "socialsecurity.pension.minAge";
    public static final String MAX_AGE = "socialsecurity.pension.maxAge";

    private PensionRules() {
    }

    /** 1 January of {@code year}: the day whose settings fix the year's list. */
    public static LocalDate settingsDay(int year) {
        return LocalDate.of(year, 1, 1);
    }

    /** The age reached in the year; contributions are paid from {@code minAge} to {@code maxAge} (both included). */
    public static boolean contributes(LocalDate birthDate, int year, int minAge, int maxAge) {
        int age = year - birthDate.getYear();
        return age >= minAge && age <= maxAge;
    }

    /** The share for {@code level}, or null when no share is set for it (the person is then not listed). */
    public static BigDecimal share(int level, Map<Integer, BigDecimal> sharesByLevel) {
        BigDecimal s = sharesByLevel.get(level);
        return s == null || s.signum() <= 0 ? null : s;
    }

    /**
     * The participation rate (参保率) in percent, two decimals half up: the lines the partner answered as insured
     * among all the year's lines, a line not yet answered counting as not insured (as the statistics count it);
     * null for an empty list.
     */
    public static BigDecimal participationRate(long insured, long listed) {
        if (listed == 0) {
            return null;
        }
        return BigDecimal.valueOf(insured * 100L).divide(BigDecimal.valueOf(listed), 2, RoundingMode.HALF_UP);
    }
}
