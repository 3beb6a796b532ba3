package cn.xndpf.benchmark.gatling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The platform's old-generation heap, sampled every 100 ms by the JDK's {@code jstat} while a measurement
 * runs, without collecting it: its peak over the first sample. G1 puts large arrays, such as a whole file built
 * in memory, straight into the old generation, but this peak also counts short-lived objects that young
 * collections promoted and no collection has freed yet; what the work holds is {@link LiveHeapSampler}'s figure.
 */
final class HeapSampler {

    private final Process jstat;
    private final Thread reader;
    private final List<Double> oldUsedKb = new ArrayList<>();

    private HeapSampler(long pid) throws IOException {
        this.jstat = new ProcessBuilder(jdkTool("jstat"), "-gc", Long.toString(pid), "100").redirectErrorStream(true).start();
        this.reader = new Thread(this::read, "heap-sampler");
        reader.setDaemon(true);
        reader.start();
    }

    /** Samples the Payara server of {@code domain} (the benchmark's own), found by its command line. */
    static HeapSampler start(String domain) throws IOException {
        return new HeapSampler(serverPid(domain));
    }

    /** A tool of the JDK this runs on ({@code jstat}, {@code jcmd}), by its path where the JDK is known. */
    static String jdkTool(String name) {
        return Optional.ofNullable(System.getProperty("java.home")).map(home -> home + "/bin/" + name).orElse(name);
    }

    /** The process of the Payara server of {@code domain}, found by its command line. */
    static long serverPid(String domain) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("domains/" + domain + "/lib/ext"))
                        .orElse(false))
                .findFirst().map(ProcessHandle::pid)
                .orElseThrow(() -> new IllegalStateException("no Payara server of domain " + domain + " is running"));
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
            int column = -1;
            String line;
            while ((line = in.readLine()) != null) {
                String[] cells = line.trim().split("\\s+");
                if (column < 0) {
                    column = Arrays.asList(cells).indexOf("OU");
                } else if (cells.length > column && !cells[column].equals("OU")) {
                    synchronized (oldUsedKb) {
                        oldUsedKb.add(Double.parseDouble(cells[column]));
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the sampler ends with jstat; a figure without samples is reported as not measured
        }
    }

    /** Stops sampling; the growth in MB of the old generation over the first sample, or -1 without samples. */
    double stopAndGrowthMb() throws InterruptedException {
        jstat.destroy();
        reader.join(5_000);
        synchronized (oldUsedKb) {
            if (oldUsedKb.size() < 2) {
                return -1;
            }
            double first = oldUsedKb.get(0);
            return (oldUsedKb.stream().mapToDouble(Double::doubleValue).max().orElse(first) - first) / 1024.0;
        }
    }
}
