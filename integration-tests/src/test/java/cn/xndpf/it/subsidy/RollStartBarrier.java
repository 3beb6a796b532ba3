package cn.xndpf.it.subsidy;

import cn.xndpf.application.subsidy.PaymentRollStartChecked;
import cn.xndpf.it.InEjbModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/**
 * Holds each request to run a roll at the point where it has passed every check and has not yet written,
 * until the armed barrier lets all of them go at once. Deployed in the EJB module (where the event is
 * fired; a web module's observer would not see it), hence public: the test in the web module reaches it
 * through the application's class loader.
 */
@InEjbModule
@ApplicationScoped
public class RollStartBarrier {

    private static volatile CyclicBarrier armed;

    public static void arm(CyclicBarrier barrier) {
        armed = barrier;
    }

    public static void disarm() {
        armed = null;
    }

    void held(@Observes PaymentRollStartChecked checked) throws Exception {
        CyclicBarrier barrier = armed;
        if (barrier != null) {
            barrier.await(60, TimeUnit.SECONDS);
        }
    }
}
