package cn.xndpf.infrastructure.persistence.culture;

import cn.xndpf.domain.culture.CultureEvent;
import cn.xndpf.domain.culture.CultureEventRepository;
import cn.xndpf.domain.division.DivisionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCultureEventRepository implements CultureEventRepository {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public Optional<CultureEvent> find(long id) {
        return Optional.ofNullable(em.find(CultureEvent.class, id));
    }

    @Override
    public void store(CultureEvent event) {
        if (event.id() == null) {
            em.persist(event);
        }
        // flushed now so that the version a revision returns is the one stored
        em.flush();
    }

    @Override
    public void delete(CultureEvent event) {
        em.remove(event);
        em.flush();
    }

    @Override
    public List<CultureEvent> heldBetween(DivisionCode jurisdiction, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT e FROM CultureEvent e WHERE e.division LIKE :d AND e.heldOn BETWEEN :f AND :t"
                        + " ORDER BY e.heldOn DESC, e.id DESC", CultureEvent.class)
                .setParameter("d", jurisdiction.prefix() + "%").setParameter("f", from).setParameter("t", to)
                .getResultList();
    }
}
