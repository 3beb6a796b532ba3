package cn.xndpf.domain.person;

import cn.xndpf.domain.shared.InvalidValueException;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/** 第二代残疾人证号: the holder's 18-character ID number, then the category digit and the level digit. */
public final class CertificateNumber implements Serializable {

    /** An ID number followed by category and level digits, not part of a longer run of digits. */
    private static final java.util.regex.Pattern ANYWHERE = java.util.regex.Pattern.compile(
            "(?<![0-9])([0-9]{4})[0-9]{10}([0-9]{3}[0-9Xx])([0-9]{2})(?![0-9])");

    public static final String FIELD = "certificateNumber";

    private final IdNumber idNumber;
    private final DisabilityCategory category;
    private final DisabilityLevel level;

    private CertificateNumber(IdNumber idNumber, DisabilityCategory category, DisabilityLevel level) {
        this.idNumber = idNumber;
        this.category = category;
        this.level = level;
    }

    public static CertificateNumber of(IdNumber idNumber, DisabilityCategory category, DisabilityLevel level) {
        return new CertificateNumber(Objects.requireNonNull(idNumber), Objects.requireNonNull(category),
                Objects.requireNonNull(level));
    }

    public static CertificateNumber of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(FIELD, "certificateNumber.required");
        }
        String v = raw.trim().toUpperCase(Locale.ROOT);
        if (v.length() != 20) {
            throw new InvalidValueException(FIELD, "certificateNumber.length", v.length());
        }
        IdNumber id;
        try {
            id = IdNumber.of(v.substring(0, 18));
        } catch (InvalidValueException e) {
            throw new InvalidValueException(FIELD, "certificateNumber.idPart", e.getMessage());
        }
        char c = v.charAt(18);
        char l = v.charAt(19);
        if (c < '1' || c > '7') {
            throw new InvalidValueException(FIELD, "certificateNumber.category", String.valueOf(c));
        }
        if (l < '1' || l > '4') {
            throw new InvalidValueException(FIELD, "certificateNumber.level", String.valueOf(l));
        }
        return new CertificateNumber(id, DisabilityCategory.ofCode(c - '0'), DisabilityLevel.ofCode(l - '0'));
    }

    public IdNumber idNumber() {
        return idNumber;
    }

    public DisabilityCategory category() {
        return category;
    }

    public DisabilityLevel level() {
        return level;
    }

    public String value() {
        return idNumber.value() + category.code() + level.code();
    }

    public String masked() {
        return idNumber.masked() + category.code() + level.code();
    }

    /**
     * The text with everything that looks like a certificate number masked by the rule of {@link #masked()}
     * (its ID number masked, category and level kept), and any other ID number by {@link IdNumber#maskWithin}.
     */
    public static String maskWithin(String text) {
        return text == null ? null : IdNumber.maskWithin(ANYWHERE.matcher(text)
                .replaceAll(m -> m.group(1) + "**********" + m.group(2) + m.group(3)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CertificateNumber other && other.value().equals(value());
    }

    @Override
    public int hashCode() {
        return value().hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
