package cn.xndpf.infrastructure.persistence.care;

import cn.xndpf.domain.care.CareCase;
import cn.xndpf.domain.care.CareRepository;
import cn.xndpf.domain.care.CareSettlement;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.institution.Enrolment;
import cn.xndpf.domain.institution.ServiceKind;
import cn.xndpf.domain.workflow.CaseState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCareRepository implements CareRepository {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public List<CareCase> awaitingPlacement(DivisionCode jurisdiction, int max) {
        return em.createQuery("SELECT c FROM CareCase c WHERE c.division LIKE :d AND c.state = :approved"
                        + " ORDER BY c.appliedOn, c.id", CareCase.class)
                .setParameter("d", jurisdiction.prefix() + "%").setParameter("approved", CaseState.APPROVED)
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<Enrolment> enrolments(long institutionId, List<ServiceKind> services, LocalDate firstDay,
                                      LocalDate lastDay) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.institution.id = :i AND e.service IN :s"
                        + " AND e.period.validFrom <= :last AND (e.period.validTo IS NULL OR e.period.validTo >= :first)"
                        + " ORDER BY e.id", Enrolment.class)
                .setParameter("i", institutionId).setParameter("s", services)
                .setParameter("first", firstDay).setParameter("last", lastDay).getResultList();
    }

    @Override
    public long recordedUnits(long personId, long institutionId, ServiceKind service, LocalDate firstDay,
                              LocalDate lastDay) {
        Long sum = em.createQuery("SELECT SUM(r.quantity) FROM ServiceRecord r WHERE r.person.id = :p"
                        + " AND r.institution.id = :i AND r.service = :s AND r.serviceDate BETWEEN :first AND :last",
                        Long.class)
                .setParameter("p", personId).setParameter("i", institutionId).setParameter("s", service)
                .setParameter("first", firstDay).setParameter("last", lastDay).getSingleResult();
        return sum == null ? 0 : sum;
    }

    @Override
    public Optional<CareSettlement> settlement(long institutionId, YearMonth month) {
        return em.createQuery("SELECT s FROM CareSettlement s WHERE s.institution.id = :i AND s.month = :m",
                        CareSettlement.class)
                .setParameter("i", institutionId).setParameter("m", month.atDay(1)).getResultStream().findFirst();
    }

    @Override
    public List<CareSettlement> settlements(DivisionCode jurisdiction, YearMonth month) {
        return em.createQuery("SELECT s FROM CareSettlement s WHERE s.division LIKE :d AND s.month = :m"
                        + " ORDER BY s.institution.name, s.id", CareSettlement.class)
                .setParameter("d", jurisdiction.prefix() + "%").setParameter("m", month.atDay(1)).getResultList();
    }

    @Override
    public void store(CareSettlement settlement) {
        em.persist(settlement);
    }
}
