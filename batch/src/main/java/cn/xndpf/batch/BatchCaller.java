package cn.xndpf.batch;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Supplier;

/**
 * How a job artifact calls a steps bean: through {@link BatchIdentity}, as the batch runtime, and with the
 * steps bean's own result or exception, as if it had called it directly.
 */
@ApplicationScoped
public class BatchCaller {

    @EJB
    private BatchIdentity identity;

    /** Calls {@code step} as the batch runtime and returns its result (or throws what it threw). */
    public <T> T call(Supplier<T> step) {
        BatchIdentity.Outcome<T> outcome = identity.attempt(step);
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return outcome.value();
    }

    /** Calls {@code step} as the batch runtime (or throws what it threw). */
    public void run(Runnable step) {
        call(() -> {
            step.run();
            return null;
        });
    }
}
