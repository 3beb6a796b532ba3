package cn.xndpf.infrastructure.persistence.division;

import cn.xndpf.domain.division.Division;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.division.DivisionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDivisionRepository implements DivisionRepository {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public Optional<Division> find(DivisionCode code) {
        return Optional.ofNullable(em.find(Division.class, code.value()));
    }

    @Override
    public List<Division> children(DivisionCode parent) {
        return em.createQuery("SELECT d FROM Division d WHERE d.parentCode = :p ORDER BY d.code", Division.class)
                .setParameter("p", parent).getResultList();
    }

    @Override
    public List<Division> subtree(DivisionCode root) {
        return em.createQuery("SELECT d FROM Division d WHERE d.code LIKE :prefix ORDER BY d.code", Division.class)
                .setParameter("prefix", root.prefix() + "%").getResultList();
    }

    @Override
    public List<Division> atLevel(DivisionLevel level) {
        return em.createQuery("SELECT d FROM Division d WHERE d.level = :l ORDER BY d.code", Division.class)
                .setParameter("l", level).getResultList();
    }

    @Override
    public void store(Division division) {
        if (em.find(Division.class, division.code().value()) == null) {
            em.persist(division);
            // the parent is a plain column, not a relationship: written at once, a parent reaches the
            // database before its children even when JDBC batch writing would reorder the inserts
            em.flush();
        }
    }
}
