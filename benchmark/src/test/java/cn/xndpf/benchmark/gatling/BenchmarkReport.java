package cn.xndpf.benchmark.gatling;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The benchmark's one table: for each of issue 10's measurements the platform's figure, the reference
 * measured in the same run, their ratio, the goal and whether it is met, read from the stats.js of the
 * newest Gatling report of each simulation.
 *
 * <p>A measurement without a report, with failed requests or without requests is "incomplete": the
 * run then fails (exit status 1), whatever the times. A goal not met does not fail the run: it is a
 * figure to work on, and the machine it was measured on may have been busy.
 */
public final class BenchmarkReport {

    /** Gatling's default percentiles: percentiles3 is the 95th, percentiles4 the 99th. */
    private static final String P95 = "percentiles3";
    private static final String P99 = "percentiles4";

    private BenchmarkReport() {
    }

    /** The figures of one request name in one report. */
    record Figures(long ok, long failed, double perSecond, double p95, double p99) {
        boolean complete() {
            return ok > 0 && failed == 0;
        }
    }

    /** One line of the table. {@code reference} and {@code ratio} are null where the issue has none. */
    record Row(String what, String figure, String reference, String ratio, String goal, String met, boolean complete) {
    }

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args.length > 0 ? args[0] : "target/gatling");
        List<Row> rows = rows(results);
        print(rows, System.out);
        if (rows.stream().anyMatch(r -> !r.complete())) {
            System.err.println("[benchmark] a measurement is missing or incomplete: see the table and the reports in " + results);
            System.exit(1);
        }
    }

    static List<Row> rows(Path results) throws IOException {
        Optional<Figures> verification = figures(results, "certificateverificationsimulation", PartnerLoad.VERIFICATION);
        Optional<Figures> health = figures(results, "healthreferencesimulation", PartnerLoad.HEALTH);
        Optional<Figures> search = figures(results, "registrysearchsimulation", RegistrySearchSimulation.SEARCH);
        Optional<Figures> page = figures(results, "registrysearchsimulation", RegistrySearchSimulation.PAGE);

        List<Row> rows = new ArrayList<>();
        rows.add(paymentRoll(results));
        rows.add(bankFile(results, figures(results, "bankfilesimulation", BankFileSimulation.DOWNLOAD),
                figures(results, "bankfilesimulation", BankFileSimulation.DOWNLOAD_WEIGHED)));
        boolean partnerComplete = complete(verification) && complete(health);
        if (partnerComplete) {
            double ratio = verification.get().perSecond() / health.get().perSecond();
            rows.add(new Row("partner certificate verification, 64 partners: throughput",
                    perSecond(verification.get().perSecond()), "/health " + perSecond(health.get().perSecond()),
                    ratio(ratio), ">= 0.70x", yesNo(ratio >= 0.7), true));
            double p99 = verification.get().p99();
            rows.add(new Row("partner certificate verification, 64 partners: p99", ms(p99),
                    "/health " + ms(health.get().p99()), ratio(p99 / health.get().p99()), "< 50 ms", yesNo(p99 < 50), true));
        } else {
            rows.add(incomplete("partner certificate verification, 64 partners (and /health)"));
        }
        if (complete(search)) {
            double p95 = search.get().p95();
            rows.add(new Row("registry search (surname, ID, certificate no.), 16 staff: p95", ms(p95), "-", "-",
                    "< 300 ms", yesNo(p95 < 300), true));
        } else {
            rows.add(incomplete("registry search, 16 staff"));
        }
        if (complete(page)) {
            double p95 = page.get().p95();
            rows.add(new Row("registry search page load (city-wide first page), 16 staff: p95", ms(p95), "-", "-",
                    "< 500 ms", yesNo(p95 < 500), true));
        } else {
            rows.add(incomplete("registry search page load, 16 staff"));
        }
        for (BusyScreensSimulation.Screen screen : BusyScreensSimulation.SCREENS) {
            Optional<Figures> load = figures(results, "busyscreenssimulation", screen.name());
            String what = screen.name() + " load, 16 staff opening the busy screens in turn: p95";
            if (complete(load)) {
                double p95 = load.get().p95();
                rows.add(new Row(what, ms(p95), "-", "-", "< 500 ms", yesNo(p95 < 500), true));
            } else {
                rows.add(incomplete(what));
            }
        }
        rows.add(statistics(results));
        rows.add(excelImport(results, figures(results, "subsidyimportsimulation", SubsidyImportSimulation.UPLOAD)));
        return rows;
    }

    private static final String IMPORT = "Excel import of the applications (the job, uploaded on the import screen)";
    private static final String IMPORT_GOAL = ">= 5,000 rows/s";

    /** The import job's rows a second, from SubsidyImportSimulation's upload and its check of the run. */
    static Row excelImport(Path results, Optional<Figures> upload) throws IOException {
        Path file = results.resolve(SubsidyImportSimulation.FIGURES);
        if (!complete(upload) || !Files.isRegularFile(file)) {
            return incomplete(IMPORT);
        }
        JsonNode f = new ObjectMapper().readTree(file.toFile());
        String what = String.format(Locale.ROOT, "Excel import of %,d applications (the job, uploaded on the import"
                + " screen)", f.path("fileRows").asLong());
        if (!f.path("complete").asBoolean()) {
            return new Row(what, f.path("status").asText(), "-", "-", IMPORT_GOAL, String.format(Locale.ROOT,
                    "INCOMPLETE (job %s, %,d of %,d rows with one outcome, %,d imported, %,d refused, %,d cases made,"
                            + " %,d of them the row's)", f.path("status").asText(), f.path("rowsWithOutcome").asLong(),
                    f.path("fileRows").asLong(), f.path("imported").asLong(), f.path("refused").asLong(),
                    f.path("casesMade").asLong(), f.path("casesMatchingRow").asLong()), false);
        }
        double perSecond = f.path("rowsPerSecond").asDouble();
        return new Row(what, String.format(Locale.ROOT, "%,.0f rows/s (%s)", perSecond,
                seconds(f.path("jobSeconds").asDouble())), "-", "-", IMPORT_GOAL, yesNo(perSecond >= 5_000), true);
    }

    /** The statistics job against the restatement of every indicator, from StatisticsSimulation's figures. */
    static Row statistics(Path results) throws IOException {
        Path file = results.resolve(StatisticsSimulation.FIGURES);
        String goal = "<= 1.50x";
        if (!Files.isRegularFile(file)) {
            return incomplete("a year of statistics of the city, every catalogued indicator (the job, started on the"
                    + " statistics jobs screen)");
        }
        JsonNode f = new ObjectMapper().readTree(file.toFile());
        String what = String.format(Locale.ROOT, "a year of statistics of the city, %,d figures of every catalogued"
                + " indicator (the job, started on the statistics jobs screen)", f.path("jobFigures").asLong());
        if (!f.path("complete").asBoolean()) {
            return new Row(what, f.path("status").asText(), "-", "-", goal, String.format(Locale.ROOT,
                    "INCOMPLETE (job %s, %,d figures against %,d of the restatement, %,d differing)",
                    f.path("status").asText(), f.path("jobFigures").asLong(), f.path("referenceFigures").asLong(),
                    f.path("differingFigures").asLong()), false);
        }
        double job = f.path("jobSeconds").asDouble();
        double reference = f.path("referenceSeconds").asDouble();
        double ratio = job / reference;
        return new Row(what, seconds(job), "SQL restatement " + seconds(reference), ratio(ratio), goal,
                yesNo(ratio <= 1.5), true);
    }

    /** The roll job against the hand-written INSERT ... SELECT, from PaymentRollSimulation's figures. */
    static Row paymentRoll(Path results) throws IOException {
        Path file = results.resolve(PaymentRollSimulation.FIGURES);
        if (!Files.isRegularFile(file)) {
            return incomplete("monthly payment roll of the city (the job, started on the rolls screen)");
        }
        JsonNode f = new ObjectMapper().readTree(file.toFile());
        String what = String.format(Locale.ROOT, "monthly payment roll of the city, %,d lines (the job, started on the"
                + " rolls screen)", f.path("jobLines").asLong());
        if (!f.path("complete").asBoolean()) {
            return new Row(what, f.path("status").asText(), "-", "-", "<= 1.50x", String.format(Locale.ROOT,
                    "INCOMPLETE (roll %s, %,d lines against %,d of the reference, %,d differing)",
                    f.path("status").asText(), f.path("jobLines").asLong(), f.path("referenceLines").asLong(),
                    f.path("differingLines").asLong()), false);
        }
        double job = f.path("jobSeconds").asDouble();
        double reference = f.path("referenceSeconds").asDouble();
        double ratio = job / reference;
        return new Row(what, seconds(job), "INSERT ... SELECT " + seconds(reference), ratio(ratio), "<= 1.50x",
                yesNo(ratio <= 1.5), true);
    }

    /**
     * The timed download's time (one request: its 95th percentile is its time) against the JDBC cursor's, and the
     * live heap's growth while the file was downloaded again, which the goal judges, with the old generation's peak
     * during the timed download beside it (it counts promoted garbage too; {@link LiveHeapSampler}); the cursor's
     * two figures, where sampled, are shown beside its time.
     */
    static Row bankFile(Path results, Optional<Figures> download, Optional<Figures> weighed) throws IOException {
        Path file = results.resolve(BankFileSimulation.FIGURES);
        String goal = "<= 1.50x, heap < 100 MB";
        if (!complete(download) || !complete(weighed) || !Files.isRegularFile(file)) {
            return incomplete("bank file of the city's roll (partner API)");
        }
        JsonNode f = new ObjectMapper().readTree(file.toFile());
        long lines = f.path("fileLines").asLong();
        String what = String.format(Locale.ROOT, "bank file of the city's roll, %,d lines (partner API)", lines);
        double heap = f.path("heapGrowthMb").asDouble(-1);
        if (lines <= 0 || lines != f.path("referenceLines").asLong() || heap < 0) {
            return new Row(what, "-", "-", "-", goal, String.format(Locale.ROOT,
                    "INCOMPLETE (%,d lines against %,d of the reference; heap %s)", lines,
                    f.path("referenceLines").asLong(), heap < 0 ? "not sampled" : "sampled"), false);
        }
        double seconds = download.get().p95() / 1000.0;
        double reference = f.path("referenceSeconds").asDouble();
        double ratio = seconds / reference;
        return new Row(what, seconds(seconds) + heapGrowth(heap, f.path("oldGenPeakGrowthMb").asDouble(-1)),
                "JDBC cursor " + seconds(reference) + heapGrowth(f.path("referenceHeapGrowthMb").asDouble(-1),
                        f.path("referenceOldGenPeakGrowthMb").asDouble(-1)),
                ratio(ratio), goal, yesNo(ratio <= 1.5 && heap < 100), true);
    }

    private static String heapGrowth(double liveMb, double oldGenPeakMb) {
        String live = liveMb < 0 ? "" : ", heap +" + String.format(Locale.ROOT, "%,.0f MB", liveMb);
        return oldGenPeakMb < 0 ? live : live + String.format(Locale.ROOT, " (old gen. peak +%,.0f MB)", oldGenPeakMb);
    }

    private static String seconds(double v) {
        return String.format(Locale.ROOT, "%,.1f s", v);
    }

    private static boolean complete(Optional<Figures> f) {
        return f.isPresent() && f.get().complete();
    }

    private static Row incomplete(String what) {
        return new Row(what, "-", "-", "-", "-", "INCOMPLETE (no report, no requests or failed requests)", false);
    }

    /** The figures of {@code request} in the newest report of {@code simulation} (Gatling names them simulation-timestamp). */
    static Optional<Figures> figures(Path results, String simulation, String request) throws IOException {
        if (!Files.isDirectory(results)) {
            return Optional.empty();
        }
        Optional<Path> newest;
        try (Stream<Path> reports = Files.list(results)) {
            newest = reports.filter(p -> p.getFileName().toString().matches(simulation + "-\\d+"))
                    .filter(p -> Files.isRegularFile(p.resolve(STATS)))
                    .max(Comparator.comparing(p -> Long.parseLong(p.getFileName().toString().substring(simulation.length() + 1))));
        }
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        JsonNode root = readStats(newest.get().resolve(STATS));
        for (JsonNode node : root.path("contents")) {
            if (request.equals(node.path("name").asText())) {
                JsonNode stats = node.path("stats");
                return Optional.of(new Figures(
                        number(stats.path("numberOfRequests").path("ok")),
                        number(stats.path("numberOfRequests").path("ko")),
                        decimal(stats.path("meanNumberOfRequestsPerSecond").path("ok")),
                        decimal(stats.path(P95).path("ok")),
                        decimal(stats.path(P99).path("ok"))));
            }
        }
        return Optional.empty();
    }

    /** Gatling 3.13's report keeps its figures in a script, not in a JSON file. */
    static final String STATS = "js/stats.js";

    /**
     * The object a report's {@code stats.js} assigns ({@code var stats = {...}}, followed by the page's
     * functions): JSON but for its unquoted top-level names.
     */
    static JsonNode readStats(Path statsJs) throws IOException {
        String script = Files.readString(statsJs);
        int start = script.indexOf('{');
        int end = script.indexOf("\nfunction ");
        if (start < 0) {
            throw new IOException("no figures in " + statsJs);
        }
        String object = script.substring(start, end < 0 ? script.length() : end);
        return JsonMapper.builder().enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES).build().readTree(object);
    }

    // Gatling writes "-" where there is nothing to count (no failed requests, for instance).
    private static long number(JsonNode n) {
        return n.isNumber() ? n.asLong() : n.asText().matches("\\d+") ? Long.parseLong(n.asText()) : 0;
    }

    private static double decimal(JsonNode n) {
        if (n.isNumber()) {
            return n.asDouble();
        }
        try {
            return Double.parseDouble(n.asText());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static void print(List<Row> rows, PrintStream out) {
        String[] head = {"measurement", "platform", "reference (same run)", "ratio", "goal", "met"};
        int[] width = new int[head.length];
        List<String[]> lines = new ArrayList<>();
        lines.add(head);
        rows.forEach(r -> lines.add(new String[]{r.what(), r.figure(), r.reference(), r.ratio(), r.goal(), r.met()}));
        for (String[] l : lines) {
            for (int i = 0; i < l.length; i++) {
                width[i] = Math.max(width[i], l[i].length());
            }
        }
        out.println("[benchmark] issue 10's measurements (figures from a loaded machine are no proof that a goal is met)");
        for (int n = 0; n < lines.size(); n++) {
            StringBuilder b = new StringBuilder("|");
            for (int i = 0; i < head.length; i++) {
                b.append(' ').append(String.format("%-" + width[i] + "s", lines.get(n)[i])).append(" |");
            }
            out.println(b);
            if (n == 0) {
                StringBuilder rule = new StringBuilder("|");
                for (int w : width) {
                    rule.append("-".repeat(w + 2)).append('|');
                }
                out.println(rule);
            }
        }
    }

    private static String perSecond(double v) {
        return String.format(Locale.ROOT, "%,.0f req/s", v);
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%,.0f ms", v);
    }

    private static String ratio(double v) {
        return String.format(Locale.ROOT, "%.2fx", v);
    }

    private static String yesNo(boolean met) {
        return met ? "yes" : "NO";
    }
}
