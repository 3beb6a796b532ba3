package cn.xndpf.domain.person;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.domain.shared.Sex;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * 居民身份证号码 (GB 11643): 6-digit division of first registration, 8-digit birth date,
 * 3-digit sequence (odd male, even female) and a check character.
 */
public final class IdNumber implements Serializable {

    public static final String FIELD = "idNumber";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    /** Earliest birth year accepted: nobody born before it is alive to be registered. */
    public static final int EARLIEST_BIRTH_YEAR = 1880;
    /**
     * Province-level codes of GB/T 2260 (the first two digits). A person keeps the code of the place that
     * issued the number, so any of them may appear in a Xining register.
     */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");

    private static final java.util.regex.Pattern ANYWHERE =
            java.util.regex.Pattern.compile("(?<![0-9])([0-9]{4})[0-9]{10}([0-9]{3}[0-9Xx])(?![0-9])");

    private final String value;

    private IdNumber(String value) {
        this.value = value;
    }

    /** Parses and validates against today's date in Beijing. */
    public static IdNumber of(String raw) {
        return of(raw, PlatformClock.today());
    }

    public static IdNumber of(String raw, LocalDate today) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(FIELD, "idNumber.required");
        }
        String v = raw.trim().toUpperCase(Locale.ROOT);
        if (v.length() != 18) {
            throw new InvalidValueException(FIELD, "idNumber.length", v.length());
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(v.charAt(i)) || v.charAt(i) > '9') {
                throw new InvalidValueException(FIELD, "idNumber.digits");
            }
        }
        char last = v.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            throw new InvalidValueException(FIELD, "idNumber.digits");
        }
        if (!PROVINCES.contains(v.substring(0, 2))) {
            throw new InvalidValueException(FIELD, "idNumber.region", v.substring(0, 2));
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(v.substring(6, 10)),
                    Integer.parseInt(v.substring(10, 12)), Integer.parseInt(v.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new InvalidValueException(FIELD, "idNumber.birthDate");
        }
        if (birth.isAfter(today)) {
            throw new InvalidValueException(FIELD, "idNumber.birthDateRange");
        }
        if (birth.getYear() < EARLIEST_BIRTH_YEAR) {
            throw new InvalidValueException(FIELD, "idNumber.birthDateTooEarly",
                    String.valueOf(EARLIEST_BIRTH_YEAR));
        }
        char expected = checkCharacter(v.substring(0, 17));
        if (expected != last) {
            throw new InvalidValueException(FIELD, "idNumber.checkCharacter");
        }
        return new IdNumber(v);
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)),
                Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** The division where the number was first issued; not necessarily where the person lives now. */
    public DivisionCode issuingDivision() {
        return DivisionCode.of(value.substring(0, 6));
    }

    /** Lists show only the first four and last four characters (PIPL: minimum necessary). */
    public String masked() {
        return value.substring(0, 4) + "**********" + value.substring(14);
    }

    /**
     * The text with everything that looks like an ID number masked by the rule of {@link #masked()}, for
     * text that may carry one unchecked (a request path, a user name typed into a log line).
     */
    public static String maskWithin(String text) {
        return text == null ? null : ANYWHERE.matcher(text).replaceAll(m -> m.group(1) + "**********" + m.group(2));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdNumber other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
