package cn.xndpf.application.employment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An employer's declaration of a year (年审申报): staff count, total wages and the disabled employees. */
public record DeclarationForm(long employerId, int year, Integer staffCount, BigDecimal totalWages,
                              List<Employee> employees) implements Serializable {

    /** One disabled employee as declared: the certificate number (20 characters) carries the level. */
    public record Employee(String idNumber, String certificateNumber, LocalDate contractFrom, LocalDate contractTo,
                           Integer insuranceMonths, BigDecimal monthlyWage) implements Serializable {
    }
}
