package cn.xndpf.application.employment;

import cn.xndpf.domain.employment.DeclaredEmployee;
import cn.xndpf.domain.employment.EmploymentDeclaration;
import cn.xndpf.domain.employment.VerificationOutcome;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** A declaration with each employee's outcome and reasons (message keys with their argument); ID numbers masked. */
public record DeclarationView(long id, long employerId, String employerName, int year, int staffCount,
                              BigDecimal totalWages, boolean verified, Integer recognisedCount, List<Employee> employees,
                              int version) implements Serializable {

    public record Employee(long id, String maskedIdNumber, int level, VerificationOutcome outcome, int counted,
                           List<String> reasonKeys, List<String> reasonArguments) implements Serializable {
    }

    static DeclarationView of(EmploymentDeclaration d) {
        return new DeclarationView(d.id(), d.employer().id(), d.employer().name(), d.year(), d.staffCount(),
                d.totalWages(), d.isVerified(), d.recognisedCount(),
                d.employees().stream().map(DeclarationView::employee).toList(), d.version());
    }

    private static Employee employee(DeclaredEmployee e) {
        return new Employee(e.id(), e.idNumber().masked(), e.declaredLevel(), e.outcome(), e.counted(),
                e.reasons().stream().map(r -> r.key()).toList(),
                e.reasons().stream().map(r -> r.argument() == null ? "" : r.argument()).toList());
    }
}
