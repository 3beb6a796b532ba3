package cn.xndpf.domain.employment;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.institution.Enrolment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Sheltered employment (辅助性就业) over the shared institution registry: the workers are the registry's enrolments
 * (service SHELTERED_WORK); the monthly subsidies are this program's. Employment bases (就业创业基地) too.
 */
public interface ShelteredEmploymentRepository {

    /** The institution's sheltered-work enrolments, by start day. */
    List<Enrolment> workers(long institutionId);

    /** The person's sheltered-work enrolments at any institution whose period meets [from, to] (to null: open). */
    List<Enrolment> overlapping(long personId, LocalDate from, LocalDate to);

    /** The institution's sheltered-work enrolments in force on at least one day of [first, last]. */
    List<Enrolment> presentBetween(long institutionId, LocalDate first, LocalDate last);

    Optional<ShelteredSubsidy> subsidy(long institutionId, YearMonth month);

    /** The institution's subsidies, newest month first. */
    List<ShelteredSubsidy> subsidies(long institutionId);

    void store(ShelteredSubsidy subsidy);

    List<EmploymentBaseKind> baseKinds();

    Optional<EmploymentBaseKind> baseKind(String code);

    Optional<EmploymentBase> base(long id);

    boolean baseNamed(DivisionCode division, String name);

    /** The bases within a jurisdiction, by division and name. */
    List<EmploymentBase> basesWithin(DivisionCode jurisdiction, int max);

    void store(EmploymentBase base);
}
