package cn.xndpf.application.demo;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the demo's history statistics are still being computed on this server (the batch module's
 * {@code DemoStatisticsHistory} runs them in the background after start-up), so the home page can say so
 * instead of "nothing published". Held in memory: a restart starts the missing runs again and sets it.
 */
public final class DemoHistoryProgress {

    private static final AtomicBoolean PREPARING = new AtomicBoolean();

    private DemoHistoryProgress() {
    }

    public static boolean isPreparing() {
        return PREPARING.get();
    }

    public static void preparing(boolean preparing) {
        PREPARING.set(preparing);
    }
}
