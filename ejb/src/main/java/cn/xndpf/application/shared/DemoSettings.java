package cn.xndpf.application.shared;

/**
 * Whether this server is a demonstration (演示): the server properties the run command and the tests set
 * ({@code dpf-server.sh} passes {@code -Ddpf.demo.people}); a production domain sets neither. Read in one
 * place because three parts of the platform act on them: the demo data, the first administrator (a demo
 * has its own accounts) and the demo's published statistics history.
 */
public final class DemoSettings {

    private DemoSettings() {
    }

    /** How many people the demo generates; 0 (the default) for a platform that is no demo. */
    public static int people() {
        return Integer.getInteger("dpf.demo.people", 0);
    }

    public static boolean isDemo() {
        return people() > 0;
    }

    /** Whether a demo publishes its years of statistics at start ({@code dpf.demo.history}, true by default). */
    public static boolean publishesHistory() {
        return isDemo() && Boolean.parseBoolean(System.getProperty("dpf.demo.history", "true"));
    }
}
