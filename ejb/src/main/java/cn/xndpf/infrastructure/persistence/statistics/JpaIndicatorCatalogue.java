package cn.xndpf.infrastructure.persistence.statistics;

import cn.xndpf.domain.statistics.AgeBand;
import cn.xndpf.domain.statistics.Indicator;
import cn.xndpf.domain.statistics.IndicatorCatalogue;
import cn.xndpf.domain.statistics.IndicatorTarget;
import cn.xndpf.domain.statistics.StatisticsPeriod;
import cn.xndpf.domain.statistics.StatisticsProgram;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaIndicatorCatalogue implements IndicatorCatalogue {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public List<StatisticsProgram> programs() {
        return em.createQuery("SELECT p FROM StatisticsProgram p ORDER BY p.displayOrder, p.code",
                StatisticsProgram.class).getResultList();
    }

    @Override
    public List<Indicator> indicators() {
        return em.createQuery("SELECT i FROM Indicator i, StatisticsProgram p WHERE p.code = i.programCode"
                        + " AND i.active = :active ORDER BY p.displayOrder, i.displayOrder, i.code", Indicator.class)
                .setParameter("active", true).getResultList();
    }

    @Override
    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(code == null ? null : em.find(Indicator.class, code));
    }

    @Override
    public List<AgeBand> ageBands() {
        return em.createQuery("SELECT b FROM AgeBand b ORDER BY b.minAge", AgeBand.class).getResultList();
    }

    @Override
    public List<IndicatorTarget> targets(StatisticsPeriod period) {
        return em.createQuery("SELECT t FROM IndicatorTarget t WHERE t.periodType = :t AND t.periodStart = :s"
                        + " ORDER BY t.indicatorCode, t.divisionCode", IndicatorTarget.class)
                .setParameter("t", period.type()).setParameter("s", period.start()).getResultList();
    }

    @Override
    public void store(IndicatorTarget target) {
        em.persist(target);
    }
}
