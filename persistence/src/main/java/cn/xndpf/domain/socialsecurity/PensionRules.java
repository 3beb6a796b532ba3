package cn.xndpf.domain.socialsecurity;

import java.math.BigDecimal;
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
}
