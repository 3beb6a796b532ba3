package cn.xndpf.infrastructure.persistence.subsidy;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.subsidy.RecheckFinding;
import cn.xndpf.domain.subsidy.RecheckFindingRepository;
import cn.xndpf.domain.subsidy.RecheckFindingStatus;
import cn.xndpf.domain.subsidy.SubsidyCase;
import cn.xndpf.domain.workflow.CaseState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRecheckFindingRepository implements RecheckFindingRepository {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public Optional<RecheckFinding> find(long id) {
        return Optional.ofNullable(em.find(RecheckFinding.class, id));
    }

    @Override
    public Optional<RecheckFinding> find(SubsidyCase subsidyCase, LocalDate checkDate) {
        return em.createQuery("SELECT f FROM RecheckFinding f WHERE f.subsidyCase = :c AND f.checkDate = :d",
                        RecheckFinding.class)
                .setParameter("c", subsidyCase).setParameter("d", checkDate).getResultStream().findFirst();
    }

    @Override
    public void store(RecheckFinding finding) {
        if (finding.id() == null) {
            em.persist(finding);
        }
    }

    @Override
    public void remove(RecheckFinding finding) {
        em.remove(finding);
    }

    @Override
    public List<RecheckFinding> open(DivisionCode jurisdiction, int first, int max) {
        return em.createQuery("SELECT f FROM RecheckFinding f WHERE f.status = :open AND f.division LIKE :j"
                        + " ORDER BY f.checkDate DESC, f.division, f.id", RecheckFinding.class)
                .setParameter("open", RecheckFindingStatus.OPEN).setParameter("j", jurisdiction.prefix() + "%")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countOpen(DivisionCode jurisdiction) {
        return em.createQuery("SELECT COUNT(f) FROM RecheckFinding f WHERE f.status = :open AND f.division LIKE :j",
                        Long.class)
                .setParameter("open", RecheckFindingStatus.OPEN).setParameter("j", jurisdiction.prefix() + "%")
                .getSingleResult();
    }

    @Override
    public List<RecheckFinding> findingsOf(SubsidyCase subsidyCase) {
        return em.createQuery("SELECT f FROM RecheckFinding f WHERE f.subsidyCase = :c ORDER BY f.checkDate DESC",
                RecheckFinding.class).setParameter("c", subsidyCase).getResultList();
    }

    @Override
    public int removeOpen(DivisionCode division, LocalDate checkDate) {
        return em.createQuery("DELETE FROM RecheckFinding f WHERE f.status = :open AND f.checkDate = :d"
                        + " AND f.division LIKE :p")
                .setParameter("open", RecheckFindingStatus.OPEN).setParameter("d", checkDate)
                .setParameter("p", division.prefix() + "%").executeUpdate();
    }

    @Override
    public List<Long> casesToRecheck(DivisionCode division, long afterId) {
        return em.createQuery("SELECT c.id FROM SubsidyCase c WHERE c.division LIKE :p AND c.state IN :running"
                        + " AND c.id > :after ORDER BY c.id", Long.class)
                .setParameter("p", division.prefix() + "%")
                .setParameter("running", List.of(CaseState.ACTIVE, CaseState.SUSPENDED))
                .setParameter("after", afterId).getResultList();
    }
}
