package cn.xndpf.application.subsidy;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.shared.ServerInstances;
import cn.xndpf.domain.subsidy.ImportRun;
import cn.xndpf.domain.subsidy.ImportRunRepository;
import cn.xndpf.domain.subsidy.PaymentRoll;
import cn.xndpf.domain.subsidy.PaymentRollRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * The subsidy program's runs that a server runs in its own JVM, a payment roll's and an import run's (中断恢复):
 * one marked running (or, for an import, queued) whose server has stopped since is not running, as its job died
 * with that server's JVM. It is marked failed, so that staff see it and take it up again (a roll run again, an
 * import continued, each after its last committed chunk or by a new run that skips what is done), instead of
 * seeing it "running" for ever and being refused. A server checks at its start (the runs its previous life
 * left) and then every half minute (the runs of a cluster's instance that died: the surviving instances take
 * them up); {@link ServerInstances} says which servers have stopped.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "ServerInstances"})
public class RunRecovery {

    private static final Logger LOG = Logger.getLogger(RunRecovery.class.getName());

    @Inject
    private PaymentRollRepository rolls;

    @Inject
    private ImportRunRepository imports;

    @Inject
    private ServerInstances servers;

    @Inject
    private AuditTrail audit;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void failRunsOfAStoppedServer() {
        for (PaymentRoll roll : rolls.running()) {
            if (servers.hasStopped(roll)) {
                PaymentRollRunner.refreshTotals(rolls, roll);
                PaymentRollRunner.failed(roll, "payment.failed.serverStopped");
                LOG.warning(() -> String.format("Payment roll %s %s was left running by server %s, which stopped:"
                        + " marked failed after %d of %d cases", roll.month(), roll.division().value(),
                        roll.runningOn(), roll.casesDone(), roll.casesTotal()));
            }
        }
        for (ImportRun run : imports.unfinished()) {
            if (servers.hasStopped(run)) {
                String was = run.status().name();
                SubsidyImportSteps.failed(run, "import.run.serverStopped");
                SubsidyImportSteps.audited(audit, "system", run, "批量导入因服务器停止中断 ");
                LOG.warning(() -> String.format("Import run %d was left %s by server %s, which stopped: marked"
                        + " failed after %d of %d rows", run.id(), was, run.runningOn(), run.rowsDone(),
                        run.rowsTotal()));
            }
        }
    }

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void failRunsOfAServerThatDied() {
        failRunsOfAStoppedServer();
    }
}
