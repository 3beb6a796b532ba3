package cn.xndpf.domain.employment;

import cn.xndpf.domain.division.DivisionCode;

import java.util.List;
import java.util.Optional;

public interface EmploymentRepository {

    Optional<Employer> employer(long id);

    Optional<Employer> employer(CreditCode code);

    /** Employers of a jurisdiction, by division and name. */
    List<Employer> employersWithin(DivisionCode jurisdiction, int max);

    void store(Employer employer);

    Optional<EmploymentDeclaration> declaration(long employerId, int year);

    void store(EmploymentDeclaration declaration);

    Optional<DeclaredEmployee> declaredEmployee(long id);

    /** Every declared employee of a year with this ID number, whichever employer declared them. */
    List<DeclaredEmployee> declaredInYear(String idNumber, int year);

    Optional<SecurityFund> fund(long employerId, int year);

    /** Funds of a year for employers of a jurisdiction, by division and employer name. */
    List<SecurityFund> fundsWithin(DivisionCode jurisdiction, int year, int max);

    /** Every fund of a year, by division and employer name (the tax office's view, filtered by its divisions). */
    List<SecurityFund> fundsOfYear(int year, int max);

    void store(SecurityFund fund);
}
