package cn.xndpf.application.subsidy;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.Roles;
import cn.xndpf.application.shared.Incidents;
import cn.xndpf.application.shared.ServerInstances;
import cn.xndpf.application.shared.UploadedFiles;
import cn.xndpf.application.shared.WorkbookReader;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.person.IdNumber;
import cn.xndpf.domain.shared.DomainMessages;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.shared.NotFoundException;
import cn.xndpf.domain.subsidy.ImportRun;
import cn.xndpf.domain.subsidy.ImportRunRepository;
import cn.xndpf.domain.subsidy.ImportRunRow;
import cn.xndpf.domain.subsidy.ImportRunStatus;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The steps of the import job ({@code subsidy-application-import}) as business operations: begin a run, read
 * the stored workbook's rows after a checkpoint, take a chunk of rows, complete or fail the run. Each runs in
 * the transaction of the job step that calls it, so a chunk's cases, their timelines, review tasks and audit
 * entries, the rows' outcomes and the run's counts commit or roll back together: a restart after a crash
 * neither loses nor repeats a row. Only the batch runtime's identity may call it; the rows are judged as the
 * staff member who uploaded the file ({@link SubsidyService#applyAllFor}).
 */
@Stateless
@DeclareRoles(Roles.BATCH)
@RolesAllowed(Roles.BATCH)
public class SubsidyImportSteps {

    private static final Logger LOG = Logger.getLogger(SubsidyImportSteps.class.getName());

    @Inject
    private ImportRunRepository runs;

    @EJB
    private SubsidyService subsidies;

    @Inject
    private AuditTrail audit;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    /** A run of the job begins (the first or a restart): marked running with its execution, on this server. */
    public void begin(long runId, long executionId) {
        run(runId).runStarted(executionId, Instant.now(), ServerInstances.thisServer());
        em.flush();
    }

    /** The rows of the run's workbook after spreadsheet row {@code afterRow}, read as a stream, in order. */
    public List<SubsidyImportService.ParsedRow> rowsAfter(long runId, int afterRow) {
        List<SubsidyImportService.ParsedRow> rows = new ArrayList<>();
        WorkbookReader.stream(run(runId).workbook(), UploadedFiles.MAX_BULK_WORKBOOK_BYTES, ImportColumn.class,
                SubsidyImportService.MAX_JOB_ROWS, afterRow, row -> rows.add(SubsidyImportService.parse(row)));
        return rows;
    }

    /**
     * Takes a chunk of rows: each judged and the good ones opened together ({@link SubsidyService#applyAllFor}),
     * every row's outcome stored, the run's counts moved on. A row that already has an outcome (taken by an
     * earlier run that was not marked finished) is left alone.
     *
     * @return the number of rows imported
     */
    public int take(long runId, List<SubsidyImportService.ParsedRow> chunk) {
        ImportRun run = run(runId);
        if (chunk.isEmpty()) {
            return 0;
        }
        Set<Integer> done = runs.rowsWithOutcome(runId, chunk.get(0).number(), chunk.get(chunk.size() - 1).number());
        List<SubsidyImportService.ParsedRow> rows = chunk.stream().filter(r -> !done.contains(r.number())).toList();
        List<SubsidyService.ImportedForm> forms = rows.stream()
                .map(r -> new SubsidyService.ImportedForm(r.form(), !r.sheetProblems().isEmpty())).toList();
        List<SubsidyService.FormOutcome> outcomes = subsidies.applyAllFor(run.uploadedBy(), forms,
                Map.of("importRun", runId));
        int imported = 0;
        for (int i = 0; i < rows.size(); i++) {
            SubsidyImportService.ParsedRow row = rows.get(i);
            SubsidyService.FormOutcome outcome = outcomes.get(i);
            if (outcome.caseId() != null) {
                runs.store(ImportRunRow.imported(runId, row.number(), outcome.caseId(),
                        IdNumber.of(row.form().idNumber()).masked()));
                imported++;
                continue;
            }
            // What the sheet itself got wrong is said in the sheet's terms; the service judges everything else.
            List<InvalidValueException> found = new ArrayList<>(row.sheetProblems());
            Set<String> alreadySaid = new HashSet<>();
            found.forEach(p -> alreadySaid.add(p.field()));
            for (InvalidValueException p : outcome.problems()) {
                if (!alreadySaid.contains(p.field())) {
                    found.add(p);
                }
            }
            int n = 0;
            for (InvalidValueException p : found) {
                runs.store(ImportRunRow.refused(runId, row.number(), ++n, p.field(),
                        p.message(Locale.SIMPLIFIED_CHINESE), p.message(Locale.ENGLISH)));
            }
        }
        run.rowsDone(imported, rows.size() - imported);
        em.flush();
        return imported;
    }

    /** The last step: every row has its outcome. */
    public void complete(long runId) {
        ImportRun run = run(runId);
        run.completed(Instant.now());
        audited(audit, Roles.BATCH_PRINCIPAL, run, "批量导入完成 ");
        LOG.info(() -> String.format("Import run %d completed: %d rows, %d imported, %d refused", runId,
                run.rowsDone(), run.rowsImported(), run.rowsRefused()));
    }

    /**
     * After a run, whatever happened: a run still queued or running did not reach its last step, so it failed (its
     * committed chunks stay, a restart continues after them). The reason: a rule in its own words, anything
     * else as an incident number whose details are in the server log.
     */
    public void failIfRunning(long runId, Exception failure) {
        ImportRun run = run(runId);
        if (run.status() == ImportRunStatus.COMPLETED || run.status() == ImportRunStatus.FAILED) {
            return; // still QUEUED: the run could not even begin
        }
        InvalidValueException rule = rule(failure);
        if (rule != null) {
            run.failed(rule.message(Locale.SIMPLIFIED_CHINESE), rule.message(Locale.ENGLISH), Instant.now());
        } else if (failure != null) {
            failed(run, "import.run.failed", Incidents.record("subsidy import run " + runId, failure));
        } else {
            failed(run, "import.run.failedUnknown");
        }
        audited(audit, Roles.BATCH_PRINCIPAL, run, "批量导入中断 ");
        LOG.warning(() -> String.format("Import run %d failed after %d of %d rows: %s", runId, run.rowsDone(),
                run.rowsTotal(), run.failureReasonEn()));
    }

    /** Marks a run failed for a reason from the platform's messages, in both languages. */
    static void failed(ImportRun run, String reasonKey, Object... args) {
        run.failed(DomainMessages.format(reasonKey, Locale.SIMPLIFIED_CHINESE, args),
                DomainMessages.format(reasonKey, Locale.ENGLISH, args), Instant.now());
    }

    /** A run's end (completed, failed, or left by a server that stopped), audited with its counts. */
    static void audited(AuditTrail audit, String actor, ImportRun run, String summary) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", run.status().name());
        after.put("rowsDone", run.rowsDone());
        after.put("rowsImported", run.rowsImported());
        after.put("rowsRefused", run.rowsRefused());
        after.put("jobExecution", run.jobExecutionId());
        audit.record(actor, AuditAction.UPDATE, "ImportRun", run.id(), run.division().value(),
                summary + run.fileName() + "：导入 " + run.rowsImported() + " 行，未导入 " + run.rowsRefused() + " 行",
                null, after);
    }

    private static InvalidValueException rule(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidValueException e) {
                return e;
            }
        }
        return null;
    }

    private ImportRun run(long runId) {
        return runs.find(runId).orElseThrow(() -> new NotFoundException("run", "import.runNotFound"));
    }
}
