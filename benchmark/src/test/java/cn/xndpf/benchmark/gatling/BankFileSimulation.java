package cn.xndpf.benchmark.gatling;

import cn.xndpf.benchmark.BankFileReference;
import io.gatling.javaapi.core.Simulation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The bank's download of the payment file of the city's roll made by {@link PaymentRollSimulation} (run
 * after it), over the partner API as a bank fetches it, twice: timed while {@link HeapSampler} watches the
 * old generation's peak, then again while {@link LiveHeapSampler} collects and weighs the live heap (the figure the
 * goal judges: what the download holds). The second download reads what the first brought into H2's page cache,
 * which lives in the platform's JVM with the embedded database and stays after the download (README,
 * Performance). Then the same file written from a JDBC cursor ({@link BankFileReference}), sampled both ways
 * likewise. Figures go to {@code bank-file.json} beside Gatling's reports (issue 10: within 1.5x of the
 * reference, heap growth under 100 MB).
 */
public class BankFileSimulation extends Simulation {

    static final String DOWNLOAD = "bank file download";
    static final String DOWNLOAD_WEIGHED = "bank file download, live heap sampled";
    static final String FIGURES = "bank-file.json";

    private final YearMonth month = YearMonth.now();
    private final String bankFile = "/dpf/api/v1/payment-rolls/" + month + "/" + PaymentRollSimulation.CITY.value()
            + "/bank-file";
    private final AtomicLong fileLines = new AtomicLong(-1);
    private HeapSampler heap;
    private volatile double oldGenPeakMb = -1;
    private volatile double liveHeapMb = -1;
    private volatile LiveHeapSampler liveHeap;

    {
        setUp(scenario("a bank downloads the city's payment file")
                .exec(http(DOWNLOAD).get(bankFile)
                        .check(status().is(200), regex("TOTAL,(\\d+),").saveAs("fileLines")))
                .exec(session -> {
                    fileLines.set(Long.parseLong(session.getString("fileLines")));
                    oldGenPeakMb = stop(heap::stopAndGrowthMb);
                    liveHeap = startLive();
                    return session;
                })
                .exec(http(DOWNLOAD_WEIGHED).get(bankFile)
                        .check(status().is(200), regex("TOTAL,(\\d+),").is(session -> session.getString("fileLines"))))
                .exec(session -> {
                    liveHeapMb = stop(liveHeap::stopAndGrowthMb);
                    return session;
                })
                .injectOpen(atOnceUsers(1)))
                .protocols(http.baseUrl(BenchmarkTarget.BASE_URL).acceptHeader("text/csv")
                        .basicAuth("partner-demo", "partner-demo-secret"));
    }

    @Override
    public void before() {
        try {
            heap = sampleHeap();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("cannot sample the platform's heap", e);
        }
    }

    @Override
    public void after() {
        Path results = Path.of(System.getProperty("dpf.benchmark.results", "target/gatling"));
        try (Connection c = BenchmarkTarget.connection()) {
            Files.createDirectories(results);
            // The reference's cursor is read inside the platform's JVM too (H2 runs there), so the same sampling
            // beside it tells what reading the lines through the database costs the heap whoever reads them.
            HeapSampler referenceHeap = sampleHeap();
            BankFileReference.Result reference = BankFileReference.write(c, month, PaymentRollSimulation.CITY,
                    results.resolve("bank-file-reference.csv"));
            double referenceOldGenPeakMb = stop(referenceHeap::stopAndGrowthMb);
            LiveHeapSampler referenceLive = startLive();
            BankFileReference.write(c, month, PaymentRollSimulation.CITY, results.resolve("bank-file-reference.csv"));
            double referenceLiveMb = stop(referenceLive::stopAndGrowthMb);
            String json = String.format(Locale.ROOT, "{\"fileLines\":%d,\"referenceLines\":%d,\"referenceSeconds\":%.3f,"
                            + "\"referenceBytes\":%d,\"heapGrowthMb\":%.1f,\"heapSamples\":%d,\"oldGenPeakGrowthMb\":%.1f,"
                            + "\"referenceHeapGrowthMb\":%.1f,\"referenceHeapSamples\":%d,\"referenceOldGenPeakGrowthMb\":%.1f}",
                    fileLines.get(), reference.lines(), reference.seconds(), reference.bytes(), liveHeapMb,
                    liveHeap == null ? 0 : liveHeap.samplesDuring(),
                    oldGenPeakMb, referenceLiveMb, referenceLive.samplesDuring(), referenceOldGenPeakMb);
            Files.writeString(results.resolve(FIGURES), json);
            System.out.println("[benchmark] bank file: " + json);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("the bank file's reference could not be measured", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static LiveHeapSampler startLive() {
        try {
            return LiveHeapSampler.start(domain());
        } catch (IOException e) {
            throw new IllegalStateException("cannot weigh the platform's live heap", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while weighing the platform's live heap", e);
        }
    }

    /** How a sampler ends: its growth in MB. */
    @FunctionalInterface
    private interface Growth {
        double stopAndGrowthMb() throws IOException, InterruptedException;
    }

    /** A sampler's growth in MB, or -1 (not measured) when it could not be stopped. */
    private static double stop(Growth sampler) {
        try {
            return sampler.stopAndGrowthMb();
        } catch (IOException | RuntimeException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String domain() {
        return System.getProperty("dpf.benchmark.domain", "dpf-benchmark");
    }

    /** Samples the platform's heap from now on, with a first sample taken before what is measured starts. */
    private static HeapSampler sampleHeap() throws IOException, InterruptedException {
        HeapSampler sampler = HeapSampler.start(domain());
        Thread.sleep(1_000);
        return sampler;
    }
}
