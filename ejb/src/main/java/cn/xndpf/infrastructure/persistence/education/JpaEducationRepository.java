package cn.xndpf.infrastructure.persistence.education;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.education.EducationGrantCase;
import cn.xndpf.domain.education.GrantPayment;
import cn.xndpf.domain.education.EducationRepository;
import cn.xndpf.domain.education.SchoolYear;
import cn.xndpf.domain.education.EducationPlan;
import cn.xndpf.domain.education.EnrolmentReport;
import cn.xndpf.domain.education.FeeRelief;
import cn.xndpf.domain.education.ReliefKind;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.workflow.CaseState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;

@ApplicationScoped
public class JpaEducationRepository implements EducationRepository {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public List<EducationGrantCase> grantsOf(IdNumber student, SchoolYear year) {
        return em.createQuery("SELECT c FROM EducationGrantCase c WHERE c.studentIdNumber = :s"
                        + " AND c.schoolYear = :y AND c.state <> :rejected ORDER BY c.id", EducationGrantCase.class)
                .setParameter("s", student).setParameter("y", year.startYear())
                .setParameter("rejected", CaseState.REJECTED).getResultList();
    }

    @Override
    public List<EducationGrantCase> grantsOf(IdNumber student) {
        return em.createQuery("SELECT c FROM EducationGrantCase c WHERE c.studentIdNumber = :s"
                        + " ORDER BY c.schoolYear DESC, c.id DESC", EducationGrantCase.class)
                .setParameter("s", student).getResultList();
    }

    @Override
    public List<EducationPlan> plansOf(Person child) {
        return em.createQuery("SELECT p FROM EducationPlan p WHERE p.child = :c ORDER BY p.versionNumber DESC",
                EducationPlan.class).setParameter("c", child).getResultList();
    }

    @Override
    public void store(EducationPlan plan) {
        em.persist(plan);
    }

    @Override
    public List<FeeRelief> reliefsOf(Person student) {
        return em.createQuery("SELECT r FROM FeeRelief r WHERE r.student = :s"
                + " ORDER BY r.schoolYear DESC, r.term DESC, r.id DESC", FeeRelief.class)
                .setParameter("s", student).getResultList();
    }

    @Override
    public boolean hasRelief(Person student, SchoolYear year, int term, ReliefKind kind) {
        return !em.createQuery("SELECT r.id FROM FeeRelief r WHERE r.student = :s AND r.schoolYear = :y"
                        + " AND r.term = :t AND r.kind = :k", Long.class)
                .setParameter("s", student).setParameter("y", year.startYear()).setParameter("t", term)
                .setParameter("k", kind).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void store(FeeRelief relief) {
        em.persist(relief);
    }

    @Override
    public Optional<EnrolmentReport> enrolmentOf(Person child, SchoolYear year) {
        return em.createQuery("SELECT r FROM EnrolmentReport r WHERE r.child = :c AND r.schoolYear = :y",
                EnrolmentReport.class).setParameter("c", child).setParameter("y", year.startYear())
                .getResultStream().findFirst();
    }

    @Override
    public void store(EnrolmentReport report) {
        em.persist(report);
    }

    @Override
    public List<EducationGrantCase> approvedGrants(DivisionCode jurisdiction, SchoolYear year) {
        return em.createQuery("SELECT c FROM EducationGrantCase c WHERE c.division LIKE :d AND c.schoolYear = :y"
                        + " AND c.state = :approved ORDER BY c.appliedOn, c.id", EducationGrantCase.class)
                .setParameter("d", jurisdiction.prefix() + "%").setParameter("y", year.startYear())
                .setParameter("approved", CaseState.APPROVED).getResultList();
    }

    @Override
    public Map<Long, GrantPayment> paymentsOf(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT p FROM GrantPayment p JOIN FETCH p.grant WHERE p.grant.id IN :ids",
                        GrantPayment.class).setParameter("ids", caseIds).getResultStream()
                .collect(Collectors.toMap(p -> p.grant().id(), Function.identity()));
    }

    @Override
    public void store(GrantPayment payment) {
        em.persist(payment);
    }
}
