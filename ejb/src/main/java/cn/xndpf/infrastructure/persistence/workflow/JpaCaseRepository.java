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

    /**
     * One statement per role, merged: with the roles bound as one IN list H2 2.2 read the whole queue index
     * for every page and count (583,470 entries at a million people, seconds each), where a role bound by
     * equality is a seek (50,179 entries for a role holding 50,179 cases). Each role gives its first
     * {@code first + max} cases in the page's order, so the merged page is exact.
     */
    @Override
    public List<ProgramCase> overdue(DivisionCode jurisdiction, LocalDate today, int first, int max) {
        int from = Math.max(0, first);
        int upTo = from + Math.max(0, max);
        List<ProgramCase> merged = new java.util.ArrayList<>();
        for (String role : reviewRoles()) {
            merged.addAll(em.createQuery("SELECT c FROM ProgramCase c" + OVERDUE + " ORDER BY c.levelDue, c.id",
                            ProgramCase.class)
                    .setParameter("role", role).setParameter("today", today)
                    .setParameter("j", jurisdiction.prefix() + "%")
                    .setMaxResults(upTo).getResultList());
        }
        merged.sort(java.util.Comparator.comparing(ProgramCase::levelDue).thenComparing(ProgramCase::id));
        return merged.size() <= from ? List.of() : List.copyOf(merged.subList(from, Math.min(upTo, merged.size())));
    }

    @Override
    public long countOverdue(DivisionCode jurisdiction, LocalDate today) {
        long count = 0;
        for (String role : reviewRoles()) {
            count += em.createQuery("SELECT COUNT(c) FROM ProgramCase c" + OVERDUE, Long.class)
                    .setParameter("role", role).setParameter("today", today)
                    .setParameter("j", jurisdiction.prefix() + "%").getSingleResult();
        }
        return count;
    }

    // A case at a stage has that stage's role (both are set and cleared together), and the roles are the
    // chains' own: named one by one, they let the queue index (role, division, due day) find the cases
    // in review, where "has a stage" made the database read every case of the jurisdiction, decided or not.
    private static final String OVERDUE = " WHERE c.currentRole = :role AND c.currentStage IS NOT NULL"
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
