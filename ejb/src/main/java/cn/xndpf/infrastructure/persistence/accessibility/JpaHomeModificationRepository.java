package cn.xndpf.infrastructure.persistence.accessibility;

import cn.xndpf.domain.accessibility.HomeModificationCase;
import cn.xndpf.domain.accessibility.HomeModificationFile;
import cn.xndpf.domain.accessibility.HomeModificationRepository;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.workflow.CaseState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaHomeModificationRepository implements HomeModificationRepository {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public Optional<HomeModificationCase> find(long caseId) {
        return Optional.ofNullable(em.find(HomeModificationCase.class, caseId));
    }

    @Override
    public boolean hasOpenCase(long householdId) {
        return !em.createQuery("SELECT c.id FROM HomeModificationCase c WHERE c.householdId = :h"
                        + " AND c.state NOT IN :closed", Long.class)
                .setParameter("h", householdId).setParameter("closed", List.of(CaseState.REJECTED, CaseState.TERMINATED))
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<HomeModificationCase> inJurisdiction(DivisionCode jurisdiction, int max) {
        return em.createQuery("SELECT c FROM HomeModificationCase c WHERE c.division LIKE :d"
                        + " ORDER BY c.appliedOn DESC, c.id DESC", HomeModificationCase.class)
                .setParameter("d", jurisdiction.prefix() + "%").setMaxResults(max).getResultList();
    }

    @Override
    public void store(HomeModificationFile file) {
        em.persist(file);
    }

    @Override
    public List<HomeModificationFile> filesOf(long caseId) {
        return em.createQuery("SELECT f FROM HomeModificationFile f WHERE f.caseId = :c ORDER BY f.uploadedAt, f.id",
                HomeModificationFile.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public Optional<HomeModificationFile> file(long fileId) {
        return Optional.ofNullable(em.find(HomeModificationFile.class, fileId));
    }
}
