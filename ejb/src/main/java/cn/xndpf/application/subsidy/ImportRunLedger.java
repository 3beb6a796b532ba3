package cn.xndpf.application.subsidy;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.Roles;
import cn.xndpf.application.shared.ServerInstances;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.subsidy.ImportRun;
import cn.xndpf.domain.subsidy.ImportRunRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Map;

/**
 * The records of an import run that must be committed around the launch of its job, each in a transaction of
 * its own: the stored upload before the job starts (its first step must find it), naming this server, which
 * launches the job; or why its job could not be launched.
 */
@Stateless
@RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportRunLedger {

    @Inject
    private ImportRunRepository runs;

    @Inject
    private AuditTrail audit;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    /** Stores an upload, audited; returns the run's id. */
    public long open(StaffUser me, String fileName, byte[] workbook, int rows) {
        ImportRun run = new ImportRun(fileName, workbook, rows, me.username(), me.jurisdiction(), Instant.now(),
                ServerInstances.thisServer());
        runs.store(run);
        em.flush();
        audit.record(me.username(), AuditAction.CREATE, "ImportRun", run.id(), me.jurisdiction().value(),
                "上传两项补贴批量导入文件 " + fileName + "（" + rows + " 行）", null,
                Map.of("fileName", fileName, "rows", rows, "bytes", workbook.length));
        return run.id();
    }

    /** The job could not be launched: the run is failed at once, so that it can be started again. */
    public void notLaunched(long runId, String incident) {
        SubsidyImportSteps.failed(runs.find(runId).orElseThrow(), "import.run.failed", incident);
    }
}
