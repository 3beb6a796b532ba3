package cn.xndpf.infrastructure.persistence.poverty;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.poverty.MutualAidPayment;
import cn.xndpf.domain.poverty.MutualAidPilot;
import cn.xndpf.domain.poverty.MutualAidRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMutualAidRepository implements MutualAidRepository {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public void store(MutualAidPilot pilot) {
        if (pilot.id() == null) {
            em.persist(pilot);
        }
        em.flush();
    }

    @Override
    public Optional<MutualAidPilot> findPilot(long id) {
        return Optional.ofNullable(em.find(MutualAidPilot.class, id));
    }

    @Override
    public List<MutualAidPilot> pilots() {
        return em.createQuery("SELECT p FROM MutualAidPilot p ORDER BY p.division, p.id", MutualAidPilot.class)
                .getResultList();
    }

    @Override
    public void lockPilot(MutualAidPilot pilot) {
        em.lock(pilot, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public boolean paid(IdNumber helper, long householdId, YearMonth month) {
        return !em.createQuery("SELECT x.id FROM MutualAidPayment x WHERE x.helperIdNumber = :i"
                        + " AND x.householdId = :h AND x.payMonth = :m", Long.class)
                .setParameter("i", helper).setParameter("h", householdId).setParameter("m", month.atDay(1))
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void add(MutualAidPayment payment) {
        em.persist(payment);
        // written now: a month paid twice at once fails on the unique key inside the caller's transaction
        em.flush();
    }

    @Override
    public List<MutualAidPayment> payments(DivisionCode jurisdiction, LocalDate from, LocalDate to, int max) {
        return em.createQuery("SELECT x FROM MutualAidPayment x WHERE x.division LIKE :d AND x.payMonth BETWEEN :f AND :t"
                        + " ORDER BY x.payMonth DESC, x.id DESC", MutualAidPayment.class)
                .setParameter("d", jurisdiction.prefix() + "%").setParameter("f", from).setParameter("t", to)
                .setMaxResults(max).getResultList();
    }
}
