package cn.xndpf.infrastructure.persistence.statistics;

import cn.xndpf.domain.statistics.ReviewTemplate;
import cn.xndpf.domain.statistics.ReviewTemplateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaReviewTemplateRepository implements ReviewTemplateRepository {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public List<ReviewTemplate> all() {
        return em.createQuery("SELECT t FROM ReviewTemplate t, StatisticsProgram p WHERE p.code = t.programCode"
                + " ORDER BY p.displayOrder, p.code, t.language DESC", ReviewTemplate.class).getResultList();
    }

    @Override
    public Optional<ReviewTemplate> find(long id) {
        return Optional.ofNullable(em.find(ReviewTemplate.class, id));
    }
}
