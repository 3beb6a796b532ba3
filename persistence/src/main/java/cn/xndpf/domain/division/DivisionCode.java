package cn.xndpf.domain.division;

import cn.xndpf.domain.shared.InvalidValueException;

import java.io.Serializable;
import java.util.Objects;

/**
 * 行政区划代码. Six digits for province, city and county level (630000, 630100, 630102), nine for a
 * township or street, twelve for a community or village. The code of a division starts with the code
 * of every division above it, once the trailing zero pairs of the higher level are dropped.
 */
public final class DivisionCode implements Serializable {

    public static final String FIELD = "divisionCode";

    private final String value;

    private DivisionCode(String value) {
        this.value = value;
    }

    public static DivisionCode of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(FIELD, "division.required");
        }
        String v = raw.trim();
        if (!v.chars().allMatch(ch -> ch >= '0' && ch <= '9')
                || !(v.length() == 6 || v.length() == 9 || v.length() == 12)) {
            throw new InvalidValueException(FIELD, "division.format", v);
        }
        return new DivisionCode(v);
    }

    public String value() {
        return value;
    }

    public DivisionLevel level() {
        if (value.length() == 12) {
            return DivisionLevel.COMMUNITY;
        }
        if (value.length() == 9) {
            return DivisionLevel.TOWNSHIP;
        }
        if (value.endsWith("0000")) {
            return DivisionLevel.PROVINCE;
        }
        if (value.endsWith("00")) {
            return DivisionLevel.CITY;
        }
        return DivisionLevel.COUNTY;
    }

    /** The prefix shared by this division and every division below it. */
    public String prefix() {
        return switch (level()) {
            case PROVINCE -> value.substring(0, 2);
            case CITY -> value.substring(0, 4);
            default -> value;
        };
    }

    /** True when {@code other} is this division or lies below it. */
    public boolean contains(DivisionCode other) {
        return other.value.startsWith(prefix());
    }

    /** The county-level division (区县) this division belongs to, or itself if above that level. */
    public DivisionCode county() {
        return value.length() > 6 ? new DivisionCode(value.substring(0, 6)) : this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DivisionCode other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
