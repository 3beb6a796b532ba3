package cn.xndpf.infrastructure.persistence.employment;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.employment.CreditCode;
import cn.xndpf.domain.employment.DeclaredEmployee;
import cn.xndpf.domain.employment.Employer;
import cn.xndpf.domain.employment.EmploymentDeclaration;
import cn.xndpf.domain.employment.EmploymentRepository;
import cn.xndpf.domain.employment.SecurityFund;
import cn.xndpf.domain.person.IdNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaEmploymentRepository implements EmploymentRepository {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public Optional<Employer> employer(long id) {
        return Optional.ofNullable(em.find(Employer.class, id));
    }

    @Override
    public Optional<Employer> employer(CreditCode code) {
        return em.createQuery("SELECT e FROM Employer e WHERE e.creditCode = :c", Employer.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    @Override
    public List<Employer> employersWithin(DivisionCode jurisdiction, int max) {
        return em.createQuery("SELECT e FROM Employer e WHERE e.division LIKE :d ORDER BY e.division, e.name, e.id",
                        Employer.class)
                .setParameter("d", jurisdiction.prefix() + "%").setMaxResults(max).getResultList();
    }

    @Override
    public void store(Employer employer) {
        em.persist(employer);
        em.flush();
    }

    @Override
    public Optional<EmploymentDeclaration> declaration(long employerId, int year) {
        return em.createQuery("SELECT d FROM EmploymentDeclaration d WHERE d.employer.id = :e AND d.year = :y",
                        EmploymentDeclaration.class)
                .setParameter("e", employerId).setParameter("y", year).getResultStream().findFirst();
    }

    @Override
    public void store(EmploymentDeclaration declaration) {
        em.persist(declaration);
        em.flush();
    }

    @Override
    public Optional<DeclaredEmployee> declaredEmployee(long id) {
        return Optional.ofNullable(em.find(DeclaredEmployee.class, id));
    }

    @Override
    public List<DeclaredEmployee> declaredInYear(String idNumber, int year) {
        return em.createQuery("SELECT e FROM DeclaredEmployee e WHERE e.idNumber = :i AND e.year = :y ORDER BY e.id",
                        DeclaredEmployee.class)
                .setParameter("i", IdNumber.of(idNumber)).setParameter("y", year).getResultList();
    }

    @Override
    public Optional<SecurityFund> fund(long employerId, int year) {
        return em.createQuery("SELECT f FROM SecurityFund f WHERE f.employer.id = :e AND f.year = :y",
                        SecurityFund.class)
                .setParameter("e", employerId).setParameter("y", year).getResultStream().findFirst();
    }

    @Override
    public List<SecurityFund> fundsWithin(DivisionCode jurisdiction, int year, int max) {
        return withTheirParts(em.createQuery("SELECT f FROM SecurityFund f JOIN FETCH f.employer JOIN FETCH f.declaration"
                        + " WHERE f.division LIKE :d AND f.year = :y ORDER BY f.division, f.employer.name, f.id",
                        SecurityFund.class))
                .setParameter("d", jurisdiction.prefix() + "%").setParameter("y", year).setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<SecurityFund> fundsOfYear(int year, int max) {
        return withTheirParts(em.createQuery("SELECT f FROM SecurityFund f JOIN FETCH f.employer JOIN FETCH f.declaration"
                        + " WHERE f.year = :y ORDER BY f.division, f.employer.name, f.id", SecurityFund.class))
                .setParameter("y", year).setMaxResults(max).getResultList();
    }

    /**
     * A list of funds with what each fund's view and report read: the employer and declaration joined (both eager,
     * which EclipseLink otherwise reads one fund at a time), the computation's lines in one more statement for all
     * of them ({@code IN} the funds' ids) where each fund read its own.
     */
    private static TypedQuery<SecurityFund> withTheirParts(TypedQuery<SecurityFund> query) {
        return query.setHint("eclipselink.batch", "f.lines").setHint("eclipselink.batch.type", "IN");
    }

    @Override
    public void store(SecurityFund fund) {
        em.persist(fund);
        em.flush();
    }
}
