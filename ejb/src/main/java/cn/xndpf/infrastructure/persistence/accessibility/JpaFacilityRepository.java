package cn.xndpf.infrastructure.persistence.accessibility;

import cn.xndpf.domain.accessibility.AccessibleFacility;
import cn.xndpf.domain.accessibility.FacilityCount;
import cn.xndpf.domain.accessibility.FacilityInspection;
import cn.xndpf.domain.accessibility.FacilityKind;
import cn.xndpf.domain.accessibility.FacilityRepository;
import cn.xndpf.domain.division.DivisionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaFacilityRepository implements FacilityRepository {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public void store(AccessibleFacility facility) {
        em.persist(facility);
    }

    @Override
    public void store(FacilityInspection inspection) {
        em.persist(inspection);
    }

    @Override
    public void store(FacilityCount count) {
        em.persist(count);
    }

    @Override
    public Optional<AccessibleFacility> find(long id) {
        return Optional.ofNullable(em.find(AccessibleFacility.class, id));
    }

    @Override
    public Optional<FacilityInspection> inspection(long id) {
        return Optional.ofNullable(em.find(FacilityInspection.class, id));
    }

    @Override
    public boolean advanceVersion(long facilityId, int expectedVersion) {
        return em.createQuery("UPDATE AccessibleFacility f SET f.version = f.version + 1 WHERE f.id = :id"
                + " AND f.version = :v").setParameter("id", facilityId).setParameter("v", expectedVersion)
                .executeUpdate() == 1;
    }

    @Override
    public boolean exists(DivisionCode division, FacilityKind kind, String name) {
        return !em.createQuery("SELECT f.id FROM AccessibleFacility f WHERE f.division = :d AND f.kind = :k"
                        + " AND f.name = :n", Long.class)
                .setParameter("d", division).setParameter("k", kind).setParameter("n", name).getResultList().isEmpty();
    }

    @Override
    public List<AccessibleFacility> inJurisdiction(DivisionCode jurisdiction) {
        return em.createQuery("SELECT f FROM AccessibleFacility f WHERE f.division LIKE :d"
                        + " ORDER BY f.division, f.kind, f.name", AccessibleFacility.class)
                .setParameter("d", jurisdiction.prefix() + "%").getResultList();
    }

    @Override
    public List<FacilityCount> countsOf(long facilityId) {
        return em.createQuery("SELECT c FROM FacilityCount c WHERE c.facilityId = :f ORDER BY c.countedOn DESC",
                FacilityCount.class).setParameter("f", facilityId).getResultList();
    }

    @Override
    public Map<Long, FacilityCount> latestCounts(DivisionCode jurisdiction) {
        Map<Long, FacilityCount> out = new HashMap<>();
        for (FacilityCount c : em.createQuery("SELECT c FROM FacilityCount c, AccessibleFacility f"
                        + " WHERE c.facilityId = f.id AND f.division LIKE :d AND c.countedOn ="
                        + " (SELECT MAX(c2.countedOn) FROM FacilityCount c2 WHERE c2.facilityId = f.id)",
                        FacilityCount.class)
                .setParameter("d", jurisdiction.prefix() + "%").getResultList()) {
            out.put(c.facilityId(), c);
        }
        return out;
    }

    @Override
    public List<FacilityInspection> inspectionsOf(long facilityId) {
        return em.createQuery("SELECT i FROM FacilityInspection i WHERE i.facilityId = :f"
                        + " ORDER BY i.inspectedOn DESC, i.id DESC", FacilityInspection.class)
                .setParameter("f", facilityId).getResultList();
    }
}
