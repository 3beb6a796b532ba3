package cn.xndpf.domain.rehabilitation;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.Person;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Assessments and rehabilitation cases by what the rehabilitation service asks of them. */
public interface RehabilitationRepository {

    void store(RehabilitationAssessment assessment);

    /** A person's assessments, oldest first. */
    List<RehabilitationAssessment> assessmentsOf(long personId);

    /** Approved rehabilitation cases not yet placed with an institution, within a jurisdiction, oldest first. */
    List<RehabilitationCase> awaitingPlacement(DivisionCode jurisdiction, int max);

    /** People of a jurisdiction assessed as needing a basic service on some day of the period (distinct). */
    long assessedAsNeeding(DivisionCode jurisdiction, LocalDate firstDay, LocalDate lastDay);

    /**
     * Of those, the people a designated rehabilitation institution recorded a basic service for on some day of
     * the period (distinct).
     */
    long servedOfNeeding(DivisionCode jurisdiction, LocalDate firstDay, LocalDate lastDay);

    /**
     * Holds the child's row until the transaction ends, so two applications for one child at once are judged
     * one after the other against the yearly cap.
     */
    void lockForAid(Person child);

    /** A child's aid of an aid year so far: the amounts of every case of the year not rejected. */
    BigDecimal childAidOfYear(long personId, int aidYear);

    /** The assessments of a jurisdiction that found a need on some day of the period (a service needed). */
    List<RehabilitationAssessment> needingAssessments(DivisionCode jurisdiction, LocalDate firstDay,
                                                      LocalDate lastDay);

    /** Ids of the children of a jurisdiction with an aid case of the year approved (已审批 or later, not rejected). */
    Set<Long> childrenAided(DivisionCode jurisdiction, int aidYear);
}
