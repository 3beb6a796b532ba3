package cn.xndpf.benchmark.gatling;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The table is read from reports laid out as Gatling 3.13 writes them (target/gatling/simulation-timestamp/
 * js/stats.json); a missing report or a failed request makes a measurement incomplete, a slow one does not.
 */
class BenchmarkReportTest {

    @TempDir
    Path results;

    @Test
    void printsEachFigureBesideItsReferenceAndGoal() throws IOException {
        report("healthreferencesimulation-20261129194000000", PartnerLoad.HEALTH, 100_000, 0, 3_000.0, 20, 60);
        // An older report of the same simulation is ignored: the newest is this run's.
        report("certificateverificationsimulation-20261129190000000", PartnerLoad.VERIFICATION, 10, 5, 1.0, 1, 1);
        report("certificateverificationsimulation-20261129194100000", PartnerLoad.VERIFICATION, 30_000, 0, 900.0, 120, 400);
        searchReport("registrysearchsimulation-20261129194200000", 0);
        rollFigures(true, 98.2, 61.0);
        bankFile(581_700, 581_700, 12_000, 4.0, 35.5);
        busyScreens(0, 700);
        statisticsFigures(true, 30.0, 24.0);
        importFigures(true, 0, 12.5);

        List<BenchmarkReport.Row> rows = BenchmarkReport.rows(results);

        assertEquals(13, rows.size());
        assertRow(rows.get(0), "98.2 s", "INSERT ... SELECT 61.0 s", "1.61x", "<= 1.50x", "NO");
        assertTrue(rows.get(0).what().contains("581,700 lines"), rows.get(0).what());
        assertRow(rows.get(1), "12.0 s, heap +36 MB (old gen. peak +600 MB)", "JDBC cursor 4.0 s, heap +41 MB (old gen. peak +7 MB)",
                "3.00x", "<= 1.50x, heap < 100 MB", "NO");
        assertRow(rows.get(2), "900 req/s", "/health 3,000 req/s", "0.30x", ">= 0.70x", "NO");
        assertRow(rows.get(3), "400 ms", "/health 60 ms", "6.67x", "< 50 ms", "NO");
        assertRow(rows.get(4), "250 ms", "-", "-", "< 300 ms", "yes");
        assertRow(rows.get(5), "600 ms", "-", "-", "< 500 ms", "NO");
        assertTrue(rows.get(6).what().startsWith("home page load"), rows.get(6).what());
        assertRow(rows.get(6), "100 ms", "-", "-", "< 500 ms", "yes");
        assertRow(rows.get(9), "400 ms", "-", "-", "< 500 ms", "yes");
        assertTrue(rows.get(10).what().startsWith("statistics dashboard page load"), rows.get(10).what());
        assertRow(rows.get(10), "700 ms", "-", "-", "< 500 ms", "NO");
        assertTrue(rows.get(11).what().startsWith("a year of statistics of the city, 5,432 figures"), rows.get(11).what());
        assertRow(rows.get(11), "30.0 s", "SQL restatement 24.0 s", "1.25x", "<= 1.50x", "yes");
        assertEquals("Excel import of 50,000 applications (the job, uploaded on the import screen)", rows.get(12).what());
        assertRow(rows.get(12), "4,000 rows/s (12.5 s)", "-", "-", ">= 5,000 rows/s", "NO");
        assertTrue(rows.stream().allMatch(BenchmarkReport.Row::complete), "slow is not incomplete");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BenchmarkReport.print(rows, new PrintStream(out, true, StandardCharsets.UTF_8));
        String table = out.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("| measurement"), table);
        assertTrue(table.contains("| 900 req/s"), table);
        assertEquals(1 + 2 + rows.size(), table.lines().count(), table);
    }

    @Test
    void theBankFilesHeapGoalJudgesTheLiveHeapNotTheOldGenerationsPeak() throws IOException {
        bankFile(581_700, 581_700, 4_000, 4.0, 35.5);
        assertRow(bankFileRow(), "4.0 s, heap +36 MB (old gen. peak +600 MB)",
                "JDBC cursor 4.0 s, heap +41 MB (old gen. peak +7 MB)", "1.00x", "<= 1.50x, heap < 100 MB", "yes");

        bankFile(581_700, 581_700, 4_000, 4.0, 120.0);
        assertEquals("NO", bankFileRow().met(), "a download holding 120 MB");

        bankFile(581_700, 581_700, 4_000, 4.0, -1);
        assertFalse(bankFileRow().complete(), "a live heap never sampled during the download");

        bankFile(581_700, 581_700, 4_000, 4.0, 35.5);
        bankFileReport(4_000, 1);
        assertFalse(bankFileRow().complete(), "the weighed download failed");
    }

    @Test
    void aMissingReportOrAFailedRequestMakesTheMeasurementIncomplete() throws IOException {
        report("healthreferencesimulation-20261129194000000", PartnerLoad.HEALTH, 100_000, 0, 3_000.0, 20, 60);
        // No verification report at all; the search had failed requests.
        searchReport("registrysearchsimulation-20261129194200000", 3);
        // The roll's lines differ from the reference's: no figure, whatever the times.
        rollFigures(false, 10.0, 20.0);
        // The bank file held fewer lines than the reference.
        bankFile(581_699, 581_700, 12_000, 4.0, 35.5);
        // One failed dashboard load among the busy screens.
        busyScreens(1, 300);
        // The job published a figure the restatement does not agree with.
        statisticsFigures(false, 30.0, 24.0);
        // One row of the workbook has no outcome in the run.
        importFigures(false, 0, 12.5);

        List<BenchmarkReport.Row> rows = BenchmarkReport.rows(results);

        assertEquals(12, rows.size());
        assertFalse(rows.get(0).complete(), "lines differing from the reference");
        assertTrue(rows.get(0).met().contains("1 differing"), rows.get(0).met());
        assertFalse(rows.get(1).complete(), "a bank file missing a line");
        assertFalse(rows.get(2).complete(), "no verification report");
        assertFalse(rows.get(3).complete(), "failed searches");
        assertTrue(rows.get(4).complete(), "the page loads themselves all succeeded");
        assertTrue(rows.get(2).met().startsWith("INCOMPLETE"));
        assertTrue(rows.subList(5, 9).stream().allMatch(BenchmarkReport.Row::complete), "the other screens loaded");
        assertFalse(rows.get(9).complete(), "a failed dashboard load");
        assertFalse(rows.get(10).complete(), "a figure differing from the restatement");
        assertTrue(rows.get(10).met().contains("1 differing"), rows.get(10).met());
        assertFalse(rows.get(11).complete(), "a row of the workbook without an outcome");
        assertTrue(rows.get(11).met().contains("49,999 of 50,000 rows with one outcome"), rows.get(11).met());
    }

    @Test
    void anImportWithRefusedRowsOrAFailedUploadIsIncomplete() throws IOException {
        importFigures(true, 3, 12.5);
        assertFalse(last(BenchmarkReport.rows(results)).complete(), "valid applications refused");

        importFigures(true, 0, 12.5);
        report("subsidyimportsimulation-20261129200000000", SubsidyImportSimulation.UPLOAD, 0, 1, 0.1, 900, 900);
        BenchmarkReport.Row failedUpload = last(BenchmarkReport.rows(results));
        assertFalse(failedUpload.complete(), "the upload failed: the figures are an earlier run's");
    }

    @Test
    void noResultsAtAllIsIncompleteEverywhere() throws IOException {
        List<BenchmarkReport.Row> rows = BenchmarkReport.rows(results.resolve("absent"));
        assertTrue(rows.stream().noneMatch(BenchmarkReport.Row::complete));
    }

    private static BenchmarkReport.Row last(List<BenchmarkReport.Row> rows) {
        return rows.get(rows.size() - 1);
    }

    private static void assertRow(BenchmarkReport.Row row, String figure, String reference, String ratio, String goal,
                                  String met) {
        assertEquals(List.of(figure, reference, ratio, goal, met),
                List.of(row.figure(), row.reference(), row.ratio(), row.goal(), row.met()), row.what());
    }

    private void bankFileReport(double downloadMs, long weighedFailed) throws IOException {
        write("bankfilesimulation-20261129195000000",
                request(BankFileSimulation.DOWNLOAD, 1, 0, 0.1, downloadMs, downloadMs) + ",\n"
                        + request(BankFileSimulation.DOWNLOAD_WEIGHED, 1 - weighedFailed, weighedFailed, 0.1, 9_000, 9_000));
    }

    private BenchmarkReport.Row bankFileRow() throws IOException {
        return BenchmarkReport.bankFile(results, BenchmarkReport.figures(results, "bankfilesimulation",
                BankFileSimulation.DOWNLOAD), BenchmarkReport.figures(results, "bankfilesimulation",
                BankFileSimulation.DOWNLOAD_WEIGHED));
    }

    /** BankFileSimulation's report (the timed download and the one weighed) and figures. */
    private void bankFile(long fileLines, long referenceLines, double downloadMs, double referenceSeconds,
                          double heapMb) throws IOException {
        bankFileReport(downloadMs, 0);
        Files.writeString(results.resolve(BankFileSimulation.FIGURES), String.format(java.util.Locale.ROOT,
                "{\"fileLines\":%d,\"referenceLines\":%d,\"referenceSeconds\":%.3f,\"referenceBytes\":1,"
                        + "\"heapGrowthMb\":%.1f,\"oldGenPeakGrowthMb\":600.0,\"referenceHeapGrowthMb\":41.0,"
                        + "\"referenceOldGenPeakGrowthMb\":7.0}", fileLines, referenceLines, referenceSeconds,
                heapMb));
    }

    /** PaymentRollSimulation's figures as PaymentRollReference.Result writes them. */
    private void rollFigures(boolean complete, double jobSeconds, double referenceSeconds) throws IOException {
        Files.createDirectories(results);
        Files.writeString(results.resolve(PaymentRollSimulation.FIGURES), new cn.xndpf.benchmark.PaymentRollReference
                .Result("2026-12", "630100", "COMPLETED", 581_700, new java.math.BigDecimal("58170000.00"), jobSeconds,
                complete ? 581_700 : 581_699, new java.math.BigDecimal("58170000.00"), referenceSeconds,
                complete ? 0 : 1).toJson());
    }

    /** StatisticsSimulation's figures as StatisticsReference.Result writes them. */
    private void statisticsFigures(boolean complete, double jobSeconds, double referenceSeconds) throws IOException {
        Files.createDirectories(results);
        Files.writeString(results.resolve(StatisticsSimulation.FIGURES), new cn.xndpf.benchmark.StatisticsReference
                .Result("YEAR 2026-01-01", "630100", "COMPLETED", 5_432, jobSeconds, 5_432, referenceSeconds,
                complete ? 0 : 1, complete ? List.of() : List.of("REG_HOLDERS|630102|TOTAL|- job 11.00 reference \"10.00\""))
                .toJson());
    }

    /**
     * SubsidyImportSimulation's upload and its check as SubsidyImportCheck.Result writes it: 50,000 rows, all
     * but {@code refused} imported, each with its case when {@code complete}, one row without an outcome if not.
     */
    private void importFigures(boolean complete, long refused, double jobSeconds) throws IOException {
        report("subsidyimportsimulation-20261129195500000", SubsidyImportSimulation.UPLOAD, 1, 0, 0.1, 800, 800);
        long rows = 50_000;
        long withOutcome = complete ? rows : rows - 1;
        long imported = withOutcome - refused;
        Files.writeString(results.resolve(SubsidyImportSimulation.FIGURES), new cn.xndpf.benchmark.SubsidyImportCheck
                .Result(7, "COMPLETED", jobSeconds, rows, withOutcome, 0, imported, refused, imported, imported,
                complete ? List.of() : List.of("row 50001 has no outcome")).toJson());
    }

    /** BusyScreensSimulation's report: each screen 100 ms more than the one before, the dashboard's given. */
    private void busyScreens(long failedDashboards, double dashboardP95) throws IOException {
        java.util.List<String> requests = new java.util.ArrayList<>();
        for (int i = 0; i < BusyScreensSimulation.SCREENS.size(); i++) {
            boolean last = i == BusyScreensSimulation.SCREENS.size() - 1;
            double p95 = last ? dashboardP95 : 100 * (i + 1);
            requests.add(request(BusyScreensSimulation.SCREENS.get(i).name(), 500, last ? failedDashboards : 0, 8.0,
                    p95, p95));
        }
        write("busyscreenssimulation-20261129194500000", String.join(",", requests));
    }

    private void searchReport(String dir, long failedSearches) throws IOException {
        write(dir, request(RegistrySearchSimulation.PAGE, 2_000, 0, 40.0, 600, 900) + ","
                + request(RegistrySearchSimulation.SEARCH, 2_000, failedSearches, 40.0, 250, 400) + ","
                + request("sign-in", 16, 0, 0.5, 100, 100));
    }

    private void report(String dir, String name, long ok, long ko, double perSecond, double p95, double p99)
            throws IOException {
        write(dir, request(name, ok, ko, perSecond, p95, p99));
    }

    /** A report's js/stats.js as Gatling 3.13 writes it: a script assigning the figures, then the page's functions. */
    private void write(String dir, String contents) throws IOException {
        Path js = Files.createDirectories(results.resolve(dir).resolve("js"));
        Files.writeString(js.resolve("stats.js"), "var stats = {\n    type: \"GROUP\",\nname: \"All Requests\",\npath: \"\",\n"
                + "pathFormatted: \"group_missing-name-b06d1\",\nstats: {\n},\ncontents: {\n" + contents + "\n}\n\n}\n\n"
                + "function fillStats(stat){\n    $(\"#numberOfRequests\").append(stat.numberOfRequests.total);\n}\n");
    }

    /** One request's entry as Gatling writes it: "-" where there is nothing, percentiles3/4 the 95th/99th. */
    private static String request(String name, long ok, long ko, double perSecond, double p95, double p99) {
        String koCount = ko == 0 ? "\"-\"" : "\"" + ko + "\"";
        return "\"req_" + name.replace(' ', '-') + "\": {\n        type: \"REQUEST\",\n        name: \"" + name + "\",\npath: \""
                + name + "\",\npathFormatted: \"req_x\",\nstats: {\"name\": \"" + name + "\","
                + "\"numberOfRequests\": {\"total\": \"" + (ok + ko) + "\", \"ok\": \"" + ok + "\", \"ko\": " + koCount + "},"
                + "\"percentiles3\": {\"total\": \"" + p95 + "\", \"ok\": \"" + p95 + "\", \"ko\": \"-\"},"
                + "\"percentiles4\": {\"total\": \"" + p99 + "\", \"ok\": \"" + p99 + "\", \"ko\": \"-\"},"
                + "\"meanNumberOfRequestsPerSecond\": {\"total\": \"" + perSecond + "\", \"ok\": \"" + perSecond
                + "\", \"ko\": \"-\"}}\n    }";
    }
}
