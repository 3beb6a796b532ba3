package cn.xndpf.application.institution;

import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.institution.ServiceRecord;
import cn.xndpf.domain.shared.InvalidValueException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * One real-name service as staff, an import row or an institution's system report it: the person by ID
 * number, the institution (a partner's own is taken whatever it sends), the service, the day, how many
 * days or sessions, and the cost in yuan.
 */
public record NewServiceRecord(String idNumber, Long institutionId, ServiceKind service, LocalDate day,
                               Integer quantity, BigDecimal amount) implements Serializable {

    /**
     * A record from text as partners and spreadsheets write it (service by its code, day yyyy-MM-dd);
     * a value that cannot be read is refused with its field, as the registry's rules are.
     */
    public static NewServiceRecord parse(String idNumber, String institutionId, String service, String day,
                                         String quantity, String amount) {
        return new NewServiceRecord(idNumber, blank(institutionId) ? null : number("institutionId", institutionId),
                kind(service), date(day), blank(quantity) ? null : quantity(quantity), decimal(amount));
    }

    /** More characters than any amount up to 100,000 yuan with two decimals could need, written any way. */
    private static final int MAX_AMOUNT_TEXT = 40;

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static long number(String field, String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, field.equals("quantity") ? "serviceRecord.quantityRange"
                    : "institution.notFound", ServiceRecord.MAX_QUANTITY);
        }
    }

    /** A whole number of days or sessions; one too large for an int is out of range, not wrapped round. */
    private static int quantity(String s) {
        long n = number("quantity", s);
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw new InvalidValueException("quantity", "serviceRecord.quantityRange", ServiceRecord.MAX_QUANTITY);
        }
        return (int) n;
    }

    private static ServiceKind kind(String s) {
        if (blank(s)) {
            return null;
        }
        try {
            return ServiceKind.valueOf(s.trim());
        } catch (IllegalArgumentException e) {
            String code = s.trim();
            throw new InvalidValueException("service", "serviceRecord.serviceUnknown",
                    code.length() > 40 ? code.substring(0, 40) + "…" : code);
        }
    }

    private static LocalDate date(String s) {
        if (blank(s)) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("day", "serviceRecord.dayFormat");
        }
    }

    private static BigDecimal decimal(String s) {
        if (blank(s)) {
            return null;
        }
        String text = s.trim();
        // BigDecimal reads a long string of digits in time that grows with its square (a 10 MB amount held
        // a request thread for minutes): anything longer than an amount can be is refused unread
        if (text.length() > MAX_AMOUNT_TEXT) {
            throw new InvalidValueException("amount", "serviceRecord.amountRange");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("amount", "serviceRecord.amountRange");
        }
    }
}
