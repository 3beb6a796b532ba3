package cn.xndpf.infrastructure.persistence.workflow;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.Person;
import cn.xndpf.domain.workflow.CaseRepository;
import cn.xndpf.domain.workflow.Program;
import cn.xndpf.domain.workflow.ProgramCase;
import cn.xndpf.domain.workflow.ReviewStage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public Optional<ProgramCase> find(long id) {
        return Optional.ofNullable(em.find(ProgramCase.class, id));
    }

    @Override
    public void store(ProgramCase programCase) {
        if (programCase.id() == null) {
            em.persist(programCase);
        }
    }

    @Override
    public List<ProgramCase> casesOf(Person person) {
        return em.createQuery("SELECT c FROM ProgramCase c WHERE c.person = :p ORDER BY c.id DESC", ProgramCase.class)
                .setParameter("p", person).getResultList();
    }

    @Override
    public List<ProgramCase> queue(String role, DivisionCode jurisdiction, int first, int max) {
        return em.createQuery("SELECT c FROM ProgramCase c WHERE c.currentRole = :role AND c.division LIKE :j"
                        + " ORDER BY c.levelDue, c.id", ProgramCase.class)
                .setParameter("role", role).setParameter("j", jurisdiction.prefix() + "%")
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(0, max)).getResultList();
    }

    @Override
    public long countQueue(String role, DivisionCode jurisdiction) {
        return em.createQuery("SELECT COUNT(c) FROM ProgramCase c WHERE c.currentRole = :role AND c.division LIKE :j",
                        Long.class)
                .setParameter("role", role).setParameter("j", jurisdiction.prefix() + "%").getSingleResult();
    }

    @Override
    public List<ProgramCase> overdue(DivisionCode jurisdiction, LocalDate today, int first, int max) {
        List<String> roles = reviewRoles();
        if (roles.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM ProgramCase c" + OVERDUE + " ORDER BY c.levelDue, c.id", ProgramCase.class)
                .setParameter("roles", roles).setParameter("today", today)
                .setParameter("j", jurisdiction.prefix() + "%")
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(0, max)).getResultList();
    }

    @Override
    public long countOverdue(DivisionCode jurisdiction, LocalDate today) {
        List<String> roles = reviewRoles();
        if (roles.isEmpty()) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(c) FROM ProgramCase c" + OVERDUE, Long.class)
                .setParameter("roles", roles).setParameter("today", today)
                .setParameter("j", jurisdiction.prefix() + "%").getSingleResult();
    }

    // A case at a stage has that stage's role (both are set and cleared together), and the roles are the
    // chains' own: named as a list, they let the queue index (role, division, due day) find the cases
    // in review, where "has a stage" made the database read every case of the jurisdiction, decided or not.
    private static final String OVERDUE = " WHERE c.currentRole IN :roles AND c.currentStage IS NOT NULL"
            + " AND c.levelDue < :today AND c.division LIKE :j";

    private List<String> reviewRoles() {
        return em.createQuery("SELECT DISTINCT s.role FROM ReviewStage s", String.class).getResultList();
    }

    @Override
    public List<ReviewStage> stages(String programCode) {
        return em.createQuery("SELECT s FROM ReviewStage s WHERE s.programCode = :p ORDER BY s.stageOrder",
                        ReviewStage.class)
                .setParameter("p", programCode).getResultList();
    }

    @Override
    public List<ReviewStage> stagesOfRole(String role) {
        return em.createQuery("SELECT s FROM ReviewStage s WHERE s.role = :r ORDER BY s.programCode, s.stageOrder",
                        ReviewStage.class)
                .setParameter("r", role).getResultList();
    }

    @Override
    public Optional<Program> program(String code) {
        return Optional.ofNullable(em.find(Program.class, code));
    }
}
