package cn.xndpf.infrastructure.persistence.institution;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.institution.Enrolment;
import cn.xndpf.domain.institution.Institution;
import cn.xndpf.domain.institution.InstitutionRepository;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.institution.ServiceRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaInstitutionRepository implements InstitutionRepository {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public Optional<Institution> find(long id) {
        return Optional.ofNullable(em.find(Institution.class, id));
    }

    @Override
    public List<Institution> within(DivisionCode jurisdiction) {
        return em.createQuery("SELECT i FROM Institution i WHERE i.division LIKE :d ORDER BY i.division, i.name, i.id",
                Institution.class).setParameter("d", jurisdiction.prefix() + "%").getResultList();
    }

    @Override
    public void store(Institution institution) {
        em.persist(institution);
        // written now, so that the caller reads back the version the row got (optimistic locking)
        em.flush();
    }

    @Override
    public void store(Enrolment enrolment) {
        em.persist(enrolment);
    }

    @Override
    public void store(ServiceRecord record) {
        em.persist(record);
    }

    @Override
    public Optional<Enrolment> enrolment(long personId, long institutionId, ServiceKind service, LocalDate day) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.person.id = :p AND e.institution.id = :i"
                        + " AND e.service = :s AND e.period.validFrom <= :d"
                        + " AND (e.period.validTo IS NULL OR e.period.validTo >= :d) ORDER BY e.id DESC", Enrolment.class)
                .setParameter("p", personId).setParameter("i", institutionId).setParameter("s", service)
                .setParameter("d", day).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<Enrolment> findEnrolment(long id) {
        return Optional.ofNullable(em.find(Enrolment.class, id));
    }

    @Override
    public long enrolledOn(long institutionId, LocalDate day) {
        return em.createQuery("SELECT COUNT(DISTINCT e.person.id) FROM Enrolment e WHERE e.institution.id = :i"
                        + " AND e.period.validFrom <= :d AND (e.period.validTo IS NULL OR e.period.validTo >= :d)",
                Long.class).setParameter("i", institutionId).setParameter("d", day).getSingleResult();
    }

    @Override
    public List<Enrolment> enrolmentsOfCase(long caseId) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.caseId = :c ORDER BY e.id", Enrolment.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public List<Enrolment> enrolmentsOf(long personId) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.person.id = :p ORDER BY e.period.validFrom DESC, e.id DESC",
                Enrolment.class).setParameter("p", personId).getResultList();
    }

    @Override
    public boolean recordExists(long personId, long institutionId, ServiceKind service, LocalDate day) {
        return em.createQuery("SELECT COUNT(r) FROM ServiceRecord r WHERE r.person.id = :p AND r.institution.id = :i"
                        + " AND r.service = :s AND r.serviceDate = :d", Long.class)
                .setParameter("p", personId).setParameter("i", institutionId).setParameter("s", service)
                .setParameter("d", day).getSingleResult() > 0;
    }

    @Override
    public List<ServiceRecord> records(DivisionCode jurisdiction, Long institutionId, LocalDate firstDay,
                                       LocalDate lastDay, int first, int max) {
        return recordQuery(ServiceRecord.class, "SELECT r", jurisdiction, institutionId, firstDay, lastDay,
                " ORDER BY r.serviceDate DESC, r.id DESC").setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countRecords(DivisionCode jurisdiction, Long institutionId, LocalDate firstDay, LocalDate lastDay) {
        return recordQuery(Long.class, "SELECT COUNT(r)", jurisdiction, institutionId, firstDay, lastDay, "")
                .getSingleResult();
    }

    private <T> TypedQuery<T> recordQuery(Class<T> type, String select, DivisionCode jurisdiction, Long institutionId,
                                          LocalDate firstDay, LocalDate lastDay, String order) {
        String jpql = select + " FROM ServiceRecord r WHERE r.serviceDate BETWEEN :a AND :b"
                + (jurisdiction == null ? "" : " AND r.division LIKE :j")
                + (institutionId == null ? "" : " AND r.institution.id = :i") + order;
        TypedQuery<T> q = em.createQuery(jpql, type).setParameter("a", firstDay).setParameter("b", lastDay);
        if (jurisdiction != null) {
            q.setParameter("j", jurisdiction.prefix() + "%");
        }
        if (institutionId != null) {
            q.setParameter("i", institutionId);
        }
        return q;
    }
}
