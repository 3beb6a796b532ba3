package cn.xndpf.benchmark.gatling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The platform's live heap while a measurement runs: a full collection ({@code jcmd GC.run}) and then the old
 * generation's occupancy ({@code jstat}), over and over. After a full collection G1 keeps every live object in the
 * old generation and nothing else, so the growth of that figure over the one taken before is what the measured
 * work holds. {@link HeapSampler}'s peak without collections also counts whatever short-lived garbage the young
 * collections promoted meanwhile (at a million people, hundreds of megabytes for a download that holds nothing),
 * so it is printed beside this figure, not judged. The collections slow the server down: a timed run is never
 * sampled this way.
 */
final class LiveHeapSampler {

    private final long pid;
    private final double baselineKb;
    private final Thread sampler;
    private volatile boolean stopped;
    private volatile double maxKb;
    private volatile int samples;

    private LiveHeapSampler(long pid) throws IOException, InterruptedException {
        this.pid = pid;
        this.baselineKb = liveOldGenKb();
        this.maxKb = baselineKb;
        this.sampler = new Thread(this::sample, "live-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Takes the live heap of the Payara server of {@code domain} now and samples it until {@link #stopAndGrowthMb}. */
    static LiveHeapSampler start(String domain) throws IOException, InterruptedException {
        return new LiveHeapSampler(HeapSampler.serverPid(domain));
    }

    private void sample() {
        while (!stopped) {
            try {
                double kb = liveOldGenKb();
                maxKb = Math.max(maxKb, kb);
                samples++;
            } catch (IOException | RuntimeException e) {
                return; // the last sample, taken by stopAndGrowthMb, still weighs the work at its end
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Stops sampling and takes one last sample, so that what the work still holds at its end is counted too; the
     * largest growth in MB over the first sample. A sample takes a full collection (about a second with a few
     * hundred megabytes live), so work shorter than that is weighed at its end only, as the small run's is.
     */
    double stopAndGrowthMb() throws IOException, InterruptedException {
        stopped = true;
        sampler.join(60_000);
        double last = liveOldGenKb();
        return (Math.max(maxKb, last) - baselineKb) / 1024.0;
    }

    /** How many samples were taken while the work ran (the README's figures say how many). */
    int samplesDuring() {
        return samples;
    }

    private double liveOldGenKb() throws IOException, InterruptedException {
        run(HeapSampler.jdkTool("jcmd"), Long.toString(pid), "GC.run");
        String[] lines = run(HeapSampler.jdkTool("jstat"), "-gc", Long.toString(pid)).trim().split("\\R");
        String[] heading = lines[0].trim().split("\\s+");
        String[] values = lines[lines.length - 1].trim().split("\\s+");
        int column = Arrays.asList(heading).indexOf("OU");
        if (column < 0 || values.length <= column) {
            throw new IllegalStateException("jstat gave no old generation figure: " + String.join(" | ", lines));
        }
        return Double.parseDouble(values[column]);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
