package cn.xndpf.infrastructure.persistence.subsidy;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.DisabilityLevel;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.subsidy.CaseToPay;
import cn.xndpf.domain.subsidy.OverlappingBenefit;
import cn.xndpf.domain.subsidy.PaymentSchedule;
import cn.xndpf.domain.subsidy.SubsidyCase;
import cn.xndpf.domain.subsidy.SubsidyRate;
import cn.xndpf.domain.subsidy.SubsidyRepository;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.domain.workflow.CaseState;
import cn.xndpf.infrastructure.persistence.shared.InLists;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class JpaSubsidyRepository implements SubsidyRepository {

    private static final String CASES_TO_PAY = "SELECT c.id, c.person_id, s.subsidy_type, s.benefit_level, c.state,"
            + " c.benefit_from, c.benefit_until, p.death_date, s.bank_name, s.bank_account"
            + " FROM program_case c JOIN subsidy_case s ON s.case_id = c.id JOIN person p ON p.id = c.person_id"
            + " WHERE c.id IN (";

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    /** Enlisted in the caller's transaction (the roll's chunk). */
    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    @Override
    public List<SubsidyRate> rates(SubsidyType type) {
        return em.createQuery("SELECT r FROM SubsidyRate r WHERE r.type = :t ORDER BY r.validFrom", SubsidyRate.class)
                .setParameter("t", type).getResultList();
    }

    /**
     * Plain JDBC on the enlisted data source, not entities: the roll reads every case of every chunk, and the
     * cases with their holders as entities held 27 of the 194 samples of the roll's chunks in a profile
     * (issue 10); the roll needs ten columns of them, and nothing of them is changed.
     */
    @Override
    public List<CaseToPay> toPay(java.util.Collection<Long> caseIds) {
        List<CaseToPay> cases = new ArrayList<>(caseIds.size());
        try (Connection c = dataSource.getConnection()) {
            for (List<Long> group : InLists.groups(caseIds)) {
                try (PreparedStatement s = c.prepareStatement(CASES_TO_PAY + InLists.markers(group.size()) + ")")) {
                    InLists.bind(s, 1, group);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            cases.add(new CaseToPay(r.getLong(1), r.getLong(2), SubsidyType.valueOf(r.getString(3)),
                                    DisabilityLevel.ofCode(r.getInt(4)), new PaymentSchedule.CaseFacts(
                                    CaseState.valueOf(r.getString(5)), day(r.getDate(6)), day(r.getDate(7)),
                                    day(r.getDate(8))), r.getString(9), r.getString(10)));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("subsidy cases to pay, " + caseIds.size() + " cases", e);
        }
        return cases;
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
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
