package cn.xndpf.infrastructure.persistence.subsidy;

import cn.xndpf.domain.subsidy.ImportRun;
import cn.xndpf.domain.subsidy.ImportRunRepository;
import cn.xndpf.domain.subsidy.ImportRunRow;
import cn.xndpf.domain.subsidy.ImportRunStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaImportRunRepository implements ImportRunRepository {

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    @Override
    public Optional<ImportRun> find(long runId) {
        return Optional.ofNullable(em.find(ImportRun.class, runId));
    }

    @Override
    public void store(ImportRun run) {
        if (run.id() == null) {
            em.persist(run);
        }
    }

    @Override
    public void store(ImportRunRow row) {
        em.persist(row);
    }

    @Override
    public List<ImportRun> unfinished() {
        return em.createQuery("SELECT r FROM ImportRun r WHERE r.status IN :s ORDER BY r.id", ImportRun.class)
                .setParameter("s", List.of(ImportRunStatus.QUEUED, ImportRunStatus.RUNNING)).getResultList();
    }

    @Override
    public List<ImportRun> uploadedBy(String username, int max) {
        return em.createQuery("SELECT r FROM ImportRun r WHERE r.uploadedBy = :u ORDER BY r.uploadedAt DESC, r.id DESC",
                ImportRun.class).setParameter("u", username).setMaxResults(max).getResultList();
    }

    @Override
    public Set<Integer> rowsWithOutcome(long runId, int from, int to) {
        return new HashSet<>(em.createQuery("SELECT DISTINCT r.rowNumber FROM ImportRunRow r WHERE r.runId = :run"
                        + " AND r.rowNumber BETWEEN :f AND :t", Integer.class)
                .setParameter("run", runId).setParameter("f", from).setParameter("t", to).getResultList());
    }

    @Override
    public List<ImportRunRow> rows(long runId, String outcome, int first, int max) {
        return em.createQuery("SELECT r FROM ImportRunRow r WHERE r.runId = :run AND r.outcome = :o"
                        + " ORDER BY r.rowNumber, r.problemNo", ImportRunRow.class)
                .setParameter("run", runId).setParameter("o", outcome).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countRows(long runId, String outcome) {
        return em.createQuery("SELECT COUNT(r) FROM ImportRunRow r WHERE r.runId = :run AND r.outcome = :o", Long.class)
                .setParameter("run", runId).setParameter("o", outcome).getSingleResult();
    }
}
