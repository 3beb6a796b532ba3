package cn.xndpf.infrastructure.persistence.subsidy;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.subsidy.OverlappingBenefit;
import cn.xndpf.domain.subsidy.SubsidyCase;
import cn.xndpf.domain.subsidy.SubsidyRate;
import cn.xndpf.domain.subsidy.SubsidyRepository;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.domain.workflow.CaseState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class JpaSubsidyRepository implements SubsidyRepository {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public List<SubsidyRate> rates(SubsidyType type) {
        return em.createQuery("SELECT r FROM SubsidyRate r WHERE r.type = :t ORDER BY r.validFrom", SubsidyRate.class)
                .setParameter("t", type).getResultList();
    }

    @Override
    public List<SubsidyCase> withHolders(java.util.Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM SubsidyCase c JOIN FETCH c.person WHERE c.id IN :ids", SubsidyCase.class)
                .setParameter("ids", caseIds).getResultList();
    }

    @Override
    public void store(SubsidyRate rate) {
        em.persist(rate);
    }

    @Override
    public List<OverlappingBenefit> overlappingBenefits(Person person) {
        return em.createQuery("SELECT b FROM OverlappingBenefit b WHERE b.person = :p ORDER BY b.period.validFrom",
                OverlappingBenefit.class).setParameter("p", person).getResultList();
    }

    @Override
    public List<OverlappingBenefit> overlappingBenefits(java.util.Collection<Person> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT b FROM OverlappingBenefit b WHERE b.person IN :p ORDER BY b.period.validFrom",
                OverlappingBenefit.class).setParameter("p", people).getResultList();
    }

    @Override
    public List<SubsidyCase> openCases(java.util.Collection<Person> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM SubsidyCase c WHERE c.person IN :p AND c.state NOT IN :closed ORDER BY c.id",
                        SubsidyCase.class).setParameter("p", people)
                .setParameter("closed", List.of(CaseState.REJECTED, CaseState.TERMINATED)).getResultList();
    }

    @Override
    public void store(OverlappingBenefit benefit) {
        em.persist(benefit);
    }

    @Override
    public List<SubsidyCase> openCases(Person person, SubsidyType type) {
        return em.createQuery("SELECT c FROM SubsidyCase c WHERE c.person = :p AND c.type = :t"
                        + " AND c.state NOT IN :closed ORDER BY c.id", SubsidyCase.class)
                .setParameter("p", person).setParameter("t", type)
                .setParameter("closed", List.of(CaseState.REJECTED, CaseState.TERMINATED)).getResultList();
    }

    @Override
    public List<SubsidyCase> casesToPay(DivisionCode division, LocalDate month) {
        LocalDate first = month.withDayOfMonth(1);
        return em.createQuery("SELECT c FROM SubsidyCase c WHERE c.division LIKE :d"
                        + " AND c.state IN :paying AND c.benefitFrom <= :first"
                        + " AND (c.benefitUntil IS NULL OR c.benefitUntil >= :first) ORDER BY c.id", SubsidyCase.class)
                .setParameter("d", division.prefix() + "%").setParameter("first", first)
                .setParameter("paying", List.of(CaseState.ACTIVE, CaseState.TERMINATED)).getResultList();
    }
}
