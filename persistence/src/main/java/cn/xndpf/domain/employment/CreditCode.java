package cn.xndpf.domain.employment;

import cn.xndpf.domain.shared.InvalidValueException;

import java.io.Serializable;
import java.util.Locale;

/**
 * 统一社会信用代码 (GB 32100-2015) of an employer: registering authority, organisation kind, 6-digit division
 * code, 9-character organisation code and a check character, 18 characters from an alphabet without I, O, S,
 * V and Z. Validated on creation like {@link cn.xndpf.domain.person.IdNumber}, each rule with its own key.
 */
public final class CreditCode implements Serializable {

    public static final String FIELD = "creditCode";
    /** The code's alphabet; a character's value is its index. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final String value;

    private CreditCode(String value) {
        this.value = value;
    }

    public static CreditCode of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(FIELD, "creditCode.required");
        }
        String v = raw.trim().toUpperCase(Locale.ROOT);
        if (v.length() != 18) {
            throw new InvalidValueException(FIELD, "creditCode.length", v.length());
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(v.charAt(i)) < 0) {
                throw new InvalidValueException(FIELD, "creditCode.characters", String.valueOf(v.charAt(i)));
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(v.charAt(i))) {
                throw new InvalidValueException(FIELD, "creditCode.division");
            }
        }
        if (checkCharacter(v.substring(0, 17)) != v.charAt(17)) {
            throw new InvalidValueException(FIELD, "creditCode.checkCharacter");
        }
        return new CreditCode(v);
    }

    /** The check character of the first 17 characters: 31 - (weighted sum mod 31), where 31 is "0". */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    public String value() {
        return value;
    }

    /** The division code of registration (characters 3-8); not necessarily the employer's division today. */
    public String registrationDivision() {
        return value.substring(2, 8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditCode other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
