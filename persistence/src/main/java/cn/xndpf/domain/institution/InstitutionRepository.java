package cn.xndpf.domain.institution;

import cn.xndpf.domain.division.DivisionCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface InstitutionRepository {

    Optional<Institution> find(long id);

    /** The institutions whose division lies within a jurisdiction, by division and name. */
    List<Institution> within(DivisionCode jurisdiction);

    void store(Institution institution);

    void store(Enrolment enrolment);

    void store(ServiceRecord record);

    /** The person's enrolment with the institution for the service that is in force on the day, if any. */
    Optional<Enrolment> enrolment(long personId, long institutionId, ServiceKind service, LocalDate day);

    Optional<Enrolment> findEnrolment(long id);

    /** How many people are enrolled with the institution on the day (its places taken). */
    long enrolledOn(long institutionId, LocalDate day);

    /** The enrolments a program's case made (institution_enrolment.case_id). */
    List<Enrolment> enrolmentsOfCase(long caseId);

    /** The person's enrolments, newest first. */
    List<Enrolment> enrolmentsOf(long personId);

    boolean recordExists(long personId, long institutionId, ServiceKind service, LocalDate day);

    /**
     * Service records of one month, newest day first: of one institution (when {@code institutionId} is
     * not null), and of people whose division lies within {@code jurisdiction}.
     */
    List<ServiceRecord> records(DivisionCode jurisdiction, Long institutionId, LocalDate firstDay, LocalDate lastDay,
                                int first, int max);

    long countRecords(DivisionCode jurisdiction, Long institutionId, LocalDate firstDay, LocalDate lastDay);
}
