package cn.xndpf.domain.subsidy;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Import runs of subsidy applications and their rows' outcomes. */
public interface ImportRunRepository {

    Optional<ImportRun> find(long runId);

    void store(ImportRun run);

    void store(ImportRunRow row);

    /** The runs still queued or running, on any server, oldest first (those a stopped server left among them). */
    List<ImportRun> unfinished();

    /** The runs one user uploaded, newest first. */
    List<ImportRun> uploadedBy(String username, int max);

    /** The row numbers between {@code from} and {@code to} (inclusive) that already have an outcome. */
    Set<Integer> rowsWithOutcome(long runId, int from, int to);

    /** Outcomes of one kind (IMPORTED or REFUSED) in row order, a page of them. */
    List<ImportRunRow> rows(long runId, String outcome, int first, int max);

    long countRows(long runId, String outcome);
}
