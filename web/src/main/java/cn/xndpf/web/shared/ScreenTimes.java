package cn.xndpf.web.shared;

import cn.xndpf.domain.shared.PlatformClock;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** The one way the screens write a moment: Beijing time, to the minute ({@code 2026-01-15 09:30}). */
public final class ScreenTimes {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(PlatformClock.ZONE);

    private ScreenTimes() {
    }

    /** Empty for no moment, so a page can show a step that has none yet. */
    public static String minute(Instant at) {
        return at == null ? "" : MINUTE.format(at);
    }
}
