package cn.xndpf.infrastructure.persistence.rehabilitation;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.institution.InstitutionKind;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.rehabilitation.ChildAidCase;
import cn.xndpf.domain.rehabilitation.RehabilitationAssessment;
import cn.xndpf.domain.rehabilitation.RehabilitationCase;
import cn.xndpf.domain.rehabilitation.RehabilitationRepository;
import cn.xndpf.domain.workflow.CaseState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class JpaRehabilitationRepository implements RehabilitationRepository {

    /** The needing: people with an assessment in the period, within the jurisdiction, that found a need. */
    private static final String NEEDING = "SELECT DISTINCT a.person_id FROM rehabilitation_assessment a"
            + " WHERE a.needs_service = 1 AND a.division_code LIKE ?1 AND a.assessed_on BETWEEN ?2 AND ?3";

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public void store(RehabilitationAssessment assessment) {
        em.persist(assessment);
        em.flush();
    }

    @Override
    public List<RehabilitationAssessment> assessmentsOf(long personId) {
        return em.createQuery("SELECT a FROM RehabilitationAssessment a WHERE a.person.id = :p"
                        + " ORDER BY a.assessedOn, a.id", RehabilitationAssessment.class)
                .setParameter("p", personId).getResultList();
    }

    @Override
    public List<RehabilitationCase> awaitingPlacement(DivisionCode jurisdiction, int max) {
        return em.createQuery("SELECT c FROM RehabilitationCase c WHERE c.division LIKE :d AND c.state = :approved"
                        + " ORDER BY c.appliedOn, c.id", RehabilitationCase.class)
                .setParameter("d", jurisdiction.prefix() + "%").setParameter("approved", CaseState.APPROVED)
                .setMaxResults(max).getResultList();
    }

    @Override
    public long assessedAsNeeding(DivisionCode jurisdiction, LocalDate firstDay, LocalDate lastDay) {
        return count("SELECT COUNT(*) FROM (" + NEEDING + ") n", jurisdiction, firstDay, lastDay);
    }

    @Override
    public long servedOfNeeding(DivisionCode jurisdiction, LocalDate firstDay, LocalDate lastDay) {
        return count("SELECT COUNT(DISTINCT r.person_id) FROM service_record r"
                + " JOIN institution i ON i.id = r.institution_id"
                + " WHERE r.person_id IN (" + NEEDING + ") AND r.service_date BETWEEN ?4 AND ?5"
                + " AND i.kind = '" + InstitutionKind.REHABILITATION.name() + "'"
                + " AND r.service_kind IN ('REHABILITATION_TRAINING', 'DEVICE_FITTING')",
                jurisdiction, firstDay, lastDay);
    }

    private long count(String sql, DivisionCode jurisdiction, LocalDate firstDay, LocalDate lastDay) {
        var q = em.createNativeQuery(sql).setParameter(1, jurisdiction.prefix() + "%")
                .setParameter(2, Date.valueOf(firstDay)).setParameter(3, Date.valueOf(lastDay));
        if (sql.contains("?4")) {
            q.setParameter(4, Date.valueOf(firstDay)).setParameter(5, Date.valueOf(lastDay));
        }
        Object n = q.getSingleResult();
        return ((Number) n).longValue();
    }

    @Override
    public void lockForAid(Person child) {
        em.lock(child, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public BigDecimal childAidOfYear(long personId, int aidYear) {
        BigDecimal sum = em.createQuery("SELECT SUM(c.amount) FROM ChildAidCase c WHERE c.person.id = :p"
                        + " AND c.aidYear = :y AND c.state <> :rejected", BigDecimal.class)
                .setParameter("p", personId).setParameter("y", aidYear).setParameter("rejected", CaseState.REJECTED)
                .getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    @Override
    public List<RehabilitationAssessment> needingAssessments(DivisionCode jurisdiction, LocalDate firstDay,
                                                             LocalDate lastDay) {
        return em.createQuery("SELECT a FROM RehabilitationAssessment a JOIN FETCH a.person WHERE a.service IS NOT NULL"
                        + " AND a.division LIKE :d AND a.assessedOn BETWEEN :first AND :last ORDER BY a.id",
                        RehabilitationAssessment.class)
                .setParameter("d", jurisdiction.prefix() + "%").setParameter("first", firstDay)
                .setParameter("last", lastDay).getResultList();
    }

    @Override
    public Set<Long> childrenAided(DivisionCode jurisdiction, int aidYear) {
        return new HashSet<>(em.createQuery("SELECT DISTINCT c.person.id FROM ChildAidCase c WHERE c.division LIKE :d"
                        + " AND c.aidYear = :y AND c.state IN :aided", Long.class)
                .setParameter("d", jurisdiction.prefix() + "%").setParameter("y", aidYear)
                .setParameter("aided", List.of(CaseState.APPROVED, CaseState.ACTIVE, CaseState.SUSPENDED,
                        CaseState.TERMINATED))
                .getResultList());
    }
}
