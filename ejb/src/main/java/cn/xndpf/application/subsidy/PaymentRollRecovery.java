package cn.xndpf.application.subsidy;

import cn.xndpf.domain.subsidy.PaymentRoll;
import cn.xndpf.domain.subsidy.PaymentRollRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.List;
import java.util.logging.Logger;

/**
 * When the application starts, no run of a roll can be under way: a roll still marked running was left so by
 * a server that stopped (or died) in the middle of its run. It is marked failed, so that staff see it and
 * can run it again (the restart continues after its last committed chunk, or a new run adds what is still
 * owed), instead of being refused for ever as "running".
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class PaymentRollRecovery {

    private static final Logger LOG = Logger.getLogger(PaymentRollRecovery.class.getName());

    @Inject
    private PaymentRollRepository rolls;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void failRunsOfAStoppedServer() {
        List<PaymentRoll> left = rolls.running();
        for (PaymentRoll roll : left) {
            PaymentRollRunner.refreshTotals(rolls, roll);
            PaymentRollRunner.failed(roll, "payment.failed.serverStopped");
            LOG.warning(() -> String.format("Payment roll %s %s was left running by a stopped server: marked failed"
                    + " after %d of %d cases", roll.month(), roll.division().value(), roll.casesDone(),
                    roll.casesTotal()));
        }
    }
}
