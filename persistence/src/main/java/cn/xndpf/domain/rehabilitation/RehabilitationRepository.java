package cn.xndpf.domain.rehabilitation;

import cn.xndpf.domain.division.DivisionCode;

import java.time.LocalDate;
import java.util.List;

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
}
