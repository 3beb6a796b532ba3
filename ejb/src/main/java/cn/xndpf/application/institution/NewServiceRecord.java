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
                kind(service), date(day), blank(quantity) ? null : (int) number("quantity", quantity),
                decimal(amount));
    }

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

    private static ServiceKind kind(String s) {
        if (blank(s)) {
            return null;
        }
        try {
            return ServiceKind.valueOf(s.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("service", "serviceRecord.serviceUnknown", s.trim());
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
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("amount", "serviceRecord.amountRange");
        }
    }
}
