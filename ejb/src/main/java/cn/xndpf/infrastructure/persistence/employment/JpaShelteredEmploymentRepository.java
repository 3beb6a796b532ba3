package cn.xndpf.infrastructure.persistence.employment;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.employment.EmploymentBase;
import cn.xndpf.domain.employment.EmploymentBaseKind;
import cn.xndpf.domain.employment.ShelteredEmploymentRepository;
import cn.xndpf.domain.employment.ShelteredSubsidy;
import cn.xndpf.domain.institution.Enrolment;
import cn.xndpf.domain.institution.ServiceKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaShelteredEmploymentRepository implements ShelteredEmploymentRepository {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public List<Enrolment> workers(long institutionId) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.institution.id = :i AND e.service = :s"
                        + " ORDER BY e.period.validFrom, e.id", Enrolment.class)
                .setParameter("i", institutionId).setParameter("s", ServiceKind.SHELTERED_WORK).getResultList();
    }

    @Override
    public List<Enrolment> overlapping(long personId, LocalDate from, LocalDate to) {
        // a period [f, t] meets [from, to] when it starts by `to` and does not end before `from`
        String upTo = to == null ? "" : " AND e.period.validFrom <= :to";
        var q = em.createQuery("SELECT e FROM Enrolment e WHERE e.person.id = :p AND e.service = :s" + upTo
                + " AND (e.period.validTo IS NULL OR e.period.validTo >= :from) ORDER BY e.id", Enrolment.class)
                .setParameter("p", personId).setParameter("s", ServiceKind.SHELTERED_WORK).setParameter("from", from);
        if (to != null) {
            q.setParameter("to", to);
        }
        return q.getResultList();
    }

    @Override
    public List<Enrolment> presentBetween(long institutionId, LocalDate first, LocalDate last) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.institution.id = :i AND e.service = :s"
                        + " AND e.period.validFrom <= :last AND (e.period.validTo IS NULL OR e.period.validTo >= :first)"
                        + " ORDER BY e.person.id, e.id", Enrolment.class)
                .setParameter("i", institutionId).setParameter("s", ServiceKind.SHELTERED_WORK)
                .setParameter("first", first).setParameter("last", last).getResultList();
    }

    @Override
    public Optional<ShelteredSubsidy> subsidy(long institutionId, YearMonth month) {
        return em.createQuery("SELECT s FROM ShelteredSubsidy s WHERE s.institution.id = :i AND s.month = :m",
                        ShelteredSubsidy.class).setParameter("i", institutionId).setParameter("m", month.atDay(1))
                .getResultStream().findFirst();
    }

    @Override
    public List<ShelteredSubsidy> subsidies(long institutionId) {
        return em.createQuery("SELECT s FROM ShelteredSubsidy s WHERE s.institution.id = :i ORDER BY s.month DESC",
                ShelteredSubsidy.class).setParameter("i", institutionId).getResultList();
    }

    @Override
    public void store(ShelteredSubsidy subsidy) {
        em.persist(subsidy);
        // written now, so the unique key (one subsidy per institution and month) refuses a second payment here
        em.flush();
    }

    @Override
    public List<EmploymentBaseKind> baseKinds() {
        return em.createQuery("SELECT k FROM EmploymentBaseKind k ORDER BY k.displayOrder", EmploymentBaseKind.class)
                .getResultList();
    }

    @Override
    public Optional<EmploymentBaseKind> baseKind(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(EmploymentBaseKind.class, code));
    }

    @Override
    public Optional<EmploymentBase> base(long id) {
        return Optional.ofNullable(em.find(EmploymentBase.class, id));
    }

    @Override
    public boolean baseNamed(DivisionCode division, String name) {
        return !em.createQuery("SELECT b.id FROM EmploymentBase b WHERE b.division = :d AND b.name = :n", Long.class)
                .setParameter("d", division).setParameter("n", name).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<EmploymentBase> basesWithin(DivisionCode jurisdiction, int max) {
        return em.createQuery("SELECT b FROM EmploymentBase b WHERE b.division LIKE :d ORDER BY b.division, b.name, b.id",
                EmploymentBase.class).setParameter("d", jurisdiction.prefix() + "%").setMaxResults(max).getResultList();
    }

    @Override
    public void store(EmploymentBase base) {
        em.persist(base);
        em.flush();
    }
}
