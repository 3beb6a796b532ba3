package cn.xndpf.application.subsidy;

import cn.xndpf.application.shared.ServerInstances;
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
 * A roll marked running whose server has stopped is not running: its job died with that server's JVM. Such
 * a roll is marked failed, so that staff see it and can run it again (the restart continues after its last
 * committed chunk, or a new run adds what is still owed), instead of being refused for ever as "running".
 * A server checks at its start (the rolls its previous life left) and then every half minute (the rolls of
 * a cluster's instance that died: the surviving instances take them up); {@link ServerInstances} says which
 * servers have stopped.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "ServerInstances"})
public class PaymentRollRecovery {

    private static final Logger LOG = Logger.getLogger(PaymentRollRecovery.class.getName());

    @Inject
    private PaymentRollRepository rolls;

    @Inject
    private ServerInstances servers;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void failRunsOfAStoppedServer() {
        for (PaymentRoll roll : rolls.running()) {
            if (servers.hasStoppedSince(roll.runningOn(), roll.runningSince())) {
                PaymentRollRunner.refreshTotals(rolls, roll);
                PaymentRollRunner.failed(roll, "payment.failed.serverStopped");
                LOG.warning(() -> String.format("Payment roll %s %s was left running by server %s, which stopped:"
                        + " marked failed after %d of %d cases", roll.month(), roll.division().value(),
                        roll.runningOn(), roll.casesDone(), roll.casesTotal()));
            }
        }
    }

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void failRunsOfAServerThatDied() {
        failRunsOfAStoppedServer();
    }
}
