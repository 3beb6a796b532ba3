package cn.xndpf.domain.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The federation works on Beijing time whatever the server's own zone; dates are judged in it. */
public final class PlatformClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private PlatformClock() {
    }

    public static LocalDate today() {
        return LocalDate.now(Clock.system(ZONE));
    }
}
