package cn.xndpf.infrastructure.persistence.rights;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.rights.DisputeFinding;
import cn.xndpf.domain.rights.DisputeRepository;
import cn.xndpf.domain.rights.DisputeRound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDisputeRepository implements DisputeRepository {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public void store(DisputeRound round) {
        if (round.id() == null) {
            em.persist(round);
        }
        // written now, so that the caller reads back the ids and versions the rows got
        em.flush();
    }

    @Override
    public Optional<DisputeRound> findRound(long id) {
        return Optional.ofNullable(em.find(DisputeRound.class, id));
    }

    @Override
    public Optional<DisputeFinding> findFinding(long id) {
        return Optional.ofNullable(em.find(DisputeFinding.class, id));
    }

    @Override
    public List<DisputeRound> rounds(DivisionCode jurisdiction, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT r FROM DisputeRound r WHERE r.division LIKE :d AND r.screenedOn BETWEEN :f AND :t"
                        + " ORDER BY r.screenedOn DESC, r.id DESC", DisputeRound.class)
                .setParameter("d", jurisdiction.prefix() + "%").setParameter("f", from).setParameter("t", to)
                .getResultList();
    }
}
