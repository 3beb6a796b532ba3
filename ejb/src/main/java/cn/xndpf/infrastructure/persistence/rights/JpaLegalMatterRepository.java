package cn.xndpf.infrastructure.persistence.rights;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.rights.LegalMatter;
import cn.xndpf.domain.rights.LegalMatterKind;
import cn.xndpf.domain.rights.LegalMatterRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaLegalMatterRepository implements LegalMatterRepository {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public Optional<LegalMatter> find(long id) {
        return Optional.ofNullable(em.find(LegalMatter.class, id));
    }

    @Override
    public void store(LegalMatter matter) {
        if (matter.id() == null) {
            em.persist(matter);
        }
        // written now, so that the caller reads back the version the row got (optimistic locking)
        em.flush();
    }

    @Override
    public List<LegalMatter> openedBetween(DivisionCode jurisdiction, LegalMatterKind kind, LocalDate from,
                                           LocalDate to) {
        return em.createQuery("SELECT m FROM LegalMatter m WHERE m.division LIKE :d AND m.openedOn BETWEEN :f AND :t"
                        + " ORDER BY m.openedOn DESC, m.id DESC",
                LegalMatter.class).setParameter("d", jurisdiction.prefix() + "%").setParameter("f", from)
                .setParameter("t", to).getResultList().stream()
                .filter(m -> kind == null || m.kind() == kind).toList();
    }
}
