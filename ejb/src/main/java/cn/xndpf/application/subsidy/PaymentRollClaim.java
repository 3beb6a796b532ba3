package cn.xndpf.application.subsidy;

import cn.xndpf.application.security.Roles;
import cn.xndpf.application.shared.Incidents;
import cn.xndpf.application.shared.ServerInstances;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.domain.subsidy.PaymentRoll;
import cn.xndpf.domain.subsidy.PaymentRollKey;
import cn.xndpf.domain.subsidy.PaymentRollRepository;
import cn.xndpf.domain.subsidy.PaymentRollStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Instant;

/**
 * Claims a roll for one run before its job is launched, in a transaction of its own that commits before
 * the launch (the job's first step must find the claimed roll). Of two requests for the same roll that
 * both passed {@link PaymentRollService}'s checks, the database lets one claim through: a new roll by its
 * unique key ({@code uq_payment_roll}), an existing one by its version. The other is refused with
 * {@code payment.rollRunning} and nothing is written. Claims take turns on a lock row, so of two rolls of
 * overlapping areas asked for at once the second is refused with {@code payment.rollOverlapping}.
 */
@Stateless
@RolesAllowed({Roles.DISTRICT_STAFF, Roles.CITY_STAFF})
public class PaymentRollClaim {

    @Inject
    private PaymentRollRepository rolls;

    @PersistenceContext(unitName = "dpf")
    private EntityManager em;

    /**
     * @param seenVersion the version of the roll the caller checked, null when it found no roll
     * @return the id of the claimed roll, now {@link PaymentRollStatus#RUNNING}
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long claim(PaymentRollKey key, Integer seenVersion, String actor) {
        Instant now = Instant.now();
        try {
            // Claims take turns on one lock row (V24), so a claim sees every roll an earlier one marked running:
            // two rolls of overlapping areas (the city and one of its districts) asked for at the same instant
            // both pass the service's check, and only this decides between them.
            em.createNativeQuery("SELECT lock_name FROM payment_roll_claim_lock WHERE lock_name = 'payment-roll'"
                    + " FOR UPDATE").getResultList();
        } catch (PersistenceException lockNotGranted) {
            throw running(key);
        }
        for (PaymentRoll other : rolls.running()) {
            PaymentRollKey otherKey = PaymentRollKey.of(other.month().toString(), other.division().value());
            if (!otherKey.equals(key) && otherKey.overlaps(key)) {
                throw new InvalidValueException(PaymentRollKey.MONTH_FIELD, "payment.rollOverlapping",
                        otherKey.month().toString(), otherKey.division().value());
            }
        }
        PaymentRoll roll;
        if (seenVersion == null) {
            roll = new PaymentRoll(key.month(), key.division(), actor, now, ServerInstances.thisServer());
            rolls.store(roll);
        } else {
            roll = rolls.find(key.month(), key.division()).orElseThrow(() -> running(key));
            if (roll.version() != seenVersion || roll.status() == PaymentRollStatus.RUNNING) {
                throw running(key);
            }
            roll.runRequested(actor, now, ServerInstances.thisServer());
        }
        try {
            em.flush();
        } catch (PersistenceException otherRequestFirst) {
            // The duplicate key, the changed version, or the lock the other request still holds on the row:
            // whichever the database reports, another request has the roll.
            throw running(key);
        }
        return roll.id();
    }

    /**
     * The job of a claimed roll could not be launched: the claim ends as a failed run, with the incident
     * number of the launch failure, so it can be asked again.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(long rollId, Exception notLaunched) {
        rolls.find(rollId).filter(r -> r.status() == PaymentRollStatus.RUNNING).ifPresent(r -> {
            PaymentRollRunner.refreshTotals(rolls, r);
            PaymentRollRunner.failed(r, "payment.failed.notLaunched", Incidents.record("payment roll "
                    + r.month() + " " + r.division().value() + " not launched", notLaunched));
        });
    }

    private static InvalidValueException running(PaymentRollKey key) {
        return new InvalidValueException(PaymentRollKey.MONTH_FIELD, "payment.rollRunning", key.month().toString(),
                key.division().value());
    }
}
