package cn.xndpf.domain.care;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.institution.Enrolment;
import cn.xndpf.domain.institution.ServiceKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Care cases and settlements by what the care screens and the settlement ask of them. */
public interface CareRepository {

    /** Approved care cases not yet placed with an institution (待安置), within a jurisdiction, oldest first. */
    List<CareCase> awaitingPlacement(DivisionCode jurisdiction, int max);

    /** The enrolments with an institution for any of {@code services} in force on some day of the period. */
    List<Enrolment> enrolments(long institutionId, List<ServiceKind> services, LocalDate firstDay, LocalDate lastDay);

    /** Days or visits recorded for one person, institution and service over a period (the sum of quantities). */
    long recordedUnits(long personId, long institutionId, ServiceKind service, LocalDate firstDay, LocalDate lastDay);

    Optional<CareSettlement> settlement(long institutionId, YearMonth month);

    /** A month's settlements of institutions within a jurisdiction, by institution name. */
    List<CareSettlement> settlements(DivisionCode jurisdiction, YearMonth month);

    void store(CareSettlement settlement);
}
