package cn.xndpf.domain.subsidy;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.shared.InvalidValueException;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * What names a payment roll: its month and the division it pays, the whole city or one county-level
 * division (发放名册按市或区县生成), never a township, so a bank file always covers whole districts.
 */
public record PaymentRollKey(YearMonth month, DivisionCode division) implements Serializable {

    public static final String MONTH_FIELD = "month";

    public PaymentRollKey {
        if (month == null) {
            throw new InvalidValueException(MONTH_FIELD, "payment.month");
        }
        if (division == null) {
            throw new InvalidValueException(DivisionCode.FIELD, "division.required");
        }
        if (division.level() != DivisionLevel.CITY && division.level() != DivisionLevel.COUNTY) {
            throw new InvalidValueException(DivisionCode.FIELD, "payment.division", division.value());
        }
    }

    /** From text as typed or passed in a URL: month yyyy-MM, division code. */
    public static PaymentRollKey of(String month, String division) {
        return new PaymentRollKey(month(month), DivisionCode.of(division));
    }

    public static YearMonth month(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(MONTH_FIELD, "payment.month");
        }
        try {
            return YearMonth.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(MONTH_FIELD, "payment.month");
        }
    }

    /** Whether two rolls of the same month would pay some of the same cases (one division contains the other). */
    public boolean overlaps(PaymentRollKey other) {
        return month.equals(other.month)
                && (division.contains(other.division) || other.division.contains(division));
    }

    @Override
    public String toString() {
        return month + "/" + division.value();
    }
}
