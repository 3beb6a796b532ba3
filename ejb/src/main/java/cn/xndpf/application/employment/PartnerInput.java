package cn.xndpf.application.employment;

import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Values of the tax office's requests as its system writes them (text over REST and SOAP alike), read with the field
 * each belongs to; the service behind checks what they mean.
 */
public final class PartnerInput {

    private PartnerInput() {
    }

    /** A year of four digits; anything else is refused on {@code year}. */
    public static int year(String s) {
        try {
            if (s != null && s.trim().length() == 4) {
                return Integer.parseInt(s.trim());
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidValueException("year", "employment.yearOutOfRange", PlatformClock.today().getYear());
    }

    /** An amount in yuan; unreadable is refused on {@code amount}. */
    public static BigDecimal amount(String s) {
        try {
            if (s != null && !s.isBlank() && s.trim().length() <= 20) {
                return new BigDecimal(s.trim());
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidValueException("amount", "employment.collectedAmount");
    }

    /** A day yyyy-MM-dd on {@code field}; missing or unreadable is refused. */
    public static LocalDate day(String field, String s) {
        if (s == null || s.isBlank()) {
            throw new InvalidValueException(field, "date.required");
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "date.format", s.length() > 20 ? s.substring(0, 20) : s);
        }
    }
}
