package cn.xndpf.application.employment;

import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.PlatformClock;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * An employer's annual declaration as the human-resources and social-security partner sends it (人社部门报送的年审申报),
 * every value as the partner wrote it: the employer by its unified social credit code, the year, the staff count,
 * the total wages and the disabled employees. {@link #form(long)} reads it into the form every channel shares, each
 * unreadable value refused with its field.
 */
public record PartnerDeclaration(String creditCode, String year, String staffCount, String totalWages,
                                 List<Employee> employees) implements Serializable {

    /** One disabled employee as sent: dates yyyy-MM-dd, amounts in yuan. */
    public record Employee(String idNumber, String certificateNumber, String contractFrom, String contractTo,
                           String insuranceMonths, String monthlyWage) implements Serializable {
    }

    /** The year alone, read before the employer is looked up (it names no field of the employer). */
    int yearValue() {
        Integer y = integer(year);
        if (y == null) {
            throw new InvalidValueException("year", "employment.yearOutOfRange", PlatformClock.today().getYear());
        }
        return y;
    }

    DeclarationForm form(long employerId) {
        int y = yearValue();
        Integer staff = integer(staffCount);
        if (staff == null) {
            throw new InvalidValueException("staffCount", "employment.staffCount");
        }
        BigDecimal wages = decimal(totalWages);
        if (wages == null) {
            throw new InvalidValueException("totalWages", "employment.totalWages");
        }
        List<DeclarationForm.Employee> list = new ArrayList<>();
        for (Employee e : employees == null ? List.<Employee>of() : employees) {
            if (e == null) {
                throw new InvalidValueException("employees", "employment.employeeFieldRequired", "身份证号");
            }
            Integer months = integer(e.insuranceMonths());
            if (months == null) {
                throw new InvalidValueException("insuranceMonths", "employment.insuranceMonthsRange");
            }
            BigDecimal wage = decimal(e.monthlyWage());
            if (wage == null) {
                throw new InvalidValueException("monthlyWage", "employment.monthlyWage");
            }
            list.add(new DeclarationForm.Employee(e.idNumber(), e.certificateNumber(),
                    date("contractFrom", e.contractFrom()), date("contractTo", e.contractTo()), months, wage));
        }
        return new DeclarationForm(employerId, y, staff, wages, list);
    }

    private static Integer integer(String s) {
        if (s == null || s.isBlank() || s.trim().length() > 9) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal decimal(String s) {
        if (s == null || s.isBlank() || s.trim().length() > 20) {
            return null;
        }
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String field, String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "date.format", s.length() > 20 ? s.substring(0, 20) : s);
        }
    }
}
