package cn.xndpf.infrastructure.persistence.poverty;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.Household;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.poverty.PovertyMonitoring;
import cn.xndpf.domain.poverty.PovertyRepository;
import cn.xndpf.domain.poverty.PovertyStatusChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPovertyRepository implements PovertyRepository {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public void lockHousehold(long householdId) {
        Household h = em.find(Household.class, householdId);
        if (h != null) {
            em.lock(h, LockModeType.PESSIMISTIC_WRITE);
        }
    }

    @Override
    public void add(PovertyStatusChange change) {
        em.persist(change);
        // written now: a concurrent writer of the same step fails here, inside the caller's transaction
        em.flush();
    }

    @Override
    public List<PovertyStatusChange> history(long householdId) {
        return em.createQuery("SELECT s FROM PovertyStatusChange s WHERE s.householdId = :h ORDER BY s.seq",
                PovertyStatusChange.class).setParameter("h", householdId).getResultList();
    }

    @Override
    public List<PovertyStatusChange> latest(DivisionCode jurisdiction, int max) {
        return em.createQuery("SELECT s FROM PovertyStatusChange s WHERE s.division LIKE :d AND s.seq ="
                        + " (SELECT MAX(t.seq) FROM PovertyStatusChange t WHERE t.householdId = s.householdId)"
                        + " ORDER BY s.effectiveOn DESC, s.id DESC", PovertyStatusChange.class)
                .setParameter("d", jurisdiction.prefix() + "%").setMaxResults(max).getResultList();
    }

    @Override
    public void store(PovertyMonitoring monitoring) {
        if (monitoring.id() == null) {
            em.persist(monitoring);
        }
        // written now, so that the caller reads back the ids and versions the rows got
        em.flush();
    }

    @Override
    public Optional<PovertyMonitoring> findMonitoring(long id) {
        return Optional.ofNullable(em.find(PovertyMonitoring.class, id));
    }

    @Override
    public List<PovertyMonitoring> monitorings(long householdId) {
        return em.createQuery("SELECT m FROM PovertyMonitoring m WHERE m.householdId = :h"
                + " ORDER BY m.startedOn DESC, m.id DESC", PovertyMonitoring.class)
                .setParameter("h", householdId).getResultList();
    }

    @Override
    public List<PovertyMonitoring> openMonitorings(DivisionCode jurisdiction, int max) {
        return em.createQuery("SELECT m FROM PovertyMonitoring m WHERE m.division LIKE :d AND m.riskRemovedOn IS NULL"
                        + " ORDER BY m.startedOn, m.id", PovertyMonitoring.class)
                .setParameter("d", jurisdiction.prefix() + "%").setMaxResults(max).getResultList();
    }

    @Override
    public List<Person> members(long householdId) {
        return em.createQuery("SELECT p FROM Person p WHERE p.household.id = :h ORDER BY p.id", Person.class)
                .setParameter("h", householdId).getResultList();
    }
}
