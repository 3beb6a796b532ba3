package cn.xndpf.infrastructure.persistence.rights;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.rights.Petition;
import cn.xndpf.domain.rights.PetitionRepository;
import cn.xndpf.domain.rights.PetitionState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPetitionRepository implements PetitionRepository {

    private static final List<PetitionState> CLOSED = List.of(PetitionState.REFUSED, PetitionState.CLOSED);

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public Optional<Petition> find(long id) {
        return Optional.ofNullable(em.find(Petition.class, id));
    }

    @Override
    public void store(Petition petition) {
        if (petition.id() == null) {
            em.persist(petition);
        }
        // written now, so that the caller reads back the version the row got (optimistic locking)
        em.flush();
    }

    @Override
    public List<Petition> openWithin(DivisionCode jurisdiction, LocalDate today) {
        List<Petition> open = em.createQuery("SELECT p FROM Petition p WHERE p.division LIKE :d"
                        + " AND p.state NOT IN :closed ORDER BY p.receivedOn, p.id", Petition.class)
                .setParameter("d", jurisdiction.prefix() + "%").setParameter("closed", CLOSED).getResultList();
        // overdue first, then by the nearest deadline; those waiting on the petitioner (no deadline) last
        return open.stream().sorted(Comparator.comparing((Petition p) -> !p.isOverdueOn(today))
                .thenComparing(Petition::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    @Override
    public List<Petition> dueBetween(DivisionCode jurisdiction, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT p FROM Petition p WHERE p.division LIKE :d AND p.state NOT IN :closed"
                        + " AND p.dueOn BETWEEN :f AND :t ORDER BY p.dueOn, p.id", Petition.class)
                .setParameter("d", jurisdiction.prefix() + "%").setParameter("closed", CLOSED)
                .setParameter("f", from).setParameter("t", to).getResultList();
    }

    @Override
    public List<Petition> receivedBetween(DivisionCode jurisdiction, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT p FROM Petition p WHERE p.division LIKE :d"
                        + " AND p.receivedOn BETWEEN :f AND :t ORDER BY p.receivedOn DESC, p.id DESC", Petition.class)
                .setParameter("d", jurisdiction.prefix() + "%").setParameter("f", from).setParameter("t", to)
                .getResultList();
    }
}
