package cn.xndpf.benchmark;

import cn.xndpf.benchmark.StatisticsReference.JobExecution;
import cn.xndpf.domain.subsidy.SubsidyType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Excel import measurement's check (issue 10; what {@link StatisticsReference} is for the statistics): after
 * the import job has taken a workbook, its run holds exactly one outcome for every row of the file, and the cases
 * the run took are exactly the rows it reports IMPORTED, each of the person and subsidy of its row. So the rows a
 * second are of rows really imported. There is no reference time: nothing outside the platform takes an
 * application by the platform's rules.
 *
 * <p>Read from the run's tables ({@code import_run}, {@code import_run_row}: one or more entries per row, a
 * refused row one per problem) and the cases made since the upload, in plain SQL.
 */
public final class SubsidyImportCheck {

    private SubsidyImportCheck() {
    }

    /** What the run recorded against the workbook, and the job's time. */
    public record Result(long runId, String status, double jobSeconds, long fileRows, long rowsWithOutcome,
                         long rowsWithTwoOutcomes, long imported, long refused, long casesMade, long casesMatchingRow,
                         List<String> examples) {

        /**
         * The job completed; every row of the file has exactly one outcome; every row was imported (each is a
         * valid application); the cases made since the upload are the IMPORTED rows', of their rows' people.
         */
        public boolean complete() {
            return "COMPLETED".equals(status) && fileRows > 0 && rowsWithOutcome == fileRows && rowsWithTwoOutcomes == 0
                    && imported == fileRows && refused == 0 && casesMade == imported && casesMatchingRow == imported;
        }

        /** The file's rows over the job's seconds; 0 unless the job completed (a failed job's time is no rate). */
        public double rowsPerSecond() {
            return "COMPLETED".equals(status) && jobSeconds > 0 ? fileRows / jobSeconds : 0;
        }

        public String toJson() {
            StringBuilder ex = new StringBuilder();
            for (String e : examples) {
                ex.append(ex.length() == 0 ? "" : ",").append('"').append(e.replace("\\", "\\\\").replace("\"", "\\\""))
                        .append('"');
            }
            return String.format(Locale.ROOT, "{\"runId\":%d,\"status\":\"%s\",\"jobSeconds\":%.3f,\"fileRows\":%d,"
                            + "\"rowsWithOutcome\":%d,\"rowsWithTwoOutcomes\":%d,\"imported\":%d,\"refused\":%d,"
                            + "\"casesMade\":%d,\"casesMatchingRow\":%d,\"rowsPerSecond\":%.1f,\"examples\":[%s],"
                            + "\"complete\":%b}", runId, status, jobSeconds, fileRows, rowsWithOutcome, rowsWithTwoOutcomes,
                    imported, refused, casesMade, casesMatchingRow, rowsPerSecond(), ex, complete());
        }
    }

    /** The highest subsidy case id and import run id before the upload: what is above them is the run's. */
    public record Before(long caseId, long runId) {
    }

    public static Before before(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return new Before(single(c, "SELECT COALESCE(MAX(id), 0) FROM program_case WHERE case_kind = 'SUBSIDY'"),
                    single(c, "SELECT COALESCE(MAX(id), 0) FROM import_run"));
        }
    }

    /**
     * The newest run after {@code before} against the workbook's {@code rows} (row 2 of the sheet first), with the
     * job's execution as the batch runtime recorded it. No run: nothing to check, incomplete.
     */
    public static Result check(DataSource ds, Before before, List<ImportApplications.Application> rows, JobExecution job)
            throws SQLException {
        try (Connection c = ds.getConnection()) {
            long runId;
            try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM import_run WHERE id > ?")) {
                s.setLong(1, before.runId());
                runId = single(s);
            }
            if (runId == 0) {
                return new Result(0, job.status(), job.seconds(), rows.size(), 0, 0, 0, 0, 0, 0, List.of("no import run"));
            }
            List<String> examples = new ArrayList<>();
            Map<Integer, String> outcome = new HashMap<>();
            Map<Integer, Long> caseOfRow = new HashMap<>();
            long twoOutcomes = 0;
            try (PreparedStatement s = c.prepareStatement("SELECT row_number, MIN(outcome), MAX(outcome), MAX(case_id),"
                    + " COUNT(DISTINCT case_id) FROM import_run_row WHERE run_id = ? GROUP BY row_number")) {
                s.setLong(1, runId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        int row = r.getInt(1);
                        if (!r.getString(2).equals(r.getString(3)) || r.getLong(5) > 1) {
                            twoOutcomes++;
                            example(examples, "row " + row + " has outcomes " + r.getString(2) + " and " + r.getString(3));
                        }
                        outcome.put(row, r.getString(3));
                        long caseId = r.getLong(4);
                        if (!r.wasNull()) {
                            caseOfRow.put(row, caseId);
                        }
                    }
                }
            }
            long withOutcome = 0;
            for (int row = 2; row < rows.size() + 2; row++) {
                if (outcome.containsKey(row)) {
                    withOutcome++;
                } else {
                    example(examples, "row " + row + " has no outcome");
                }
            }
            long imported = outcome.values().stream().filter("IMPORTED"::equals).count();
            long refused = outcome.values().stream().filter("REFUSED"::equals).count();
            if (refused > 0) {
                example(examples, refused + " rows refused");
            }

            // The cases made since the upload, with their person and subsidy.
            Map<Long, String> madeCases = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT k.id, p.id_number, k.program_code FROM program_case k"
                    + " JOIN person p ON p.id = k.person_id WHERE k.case_kind = 'SUBSIDY' AND k.id > ?")) {
                s.setLong(1, before.caseId());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        madeCases.put(r.getLong(1), r.getString(2) + " " + r.getString(3));
                    }
                }
            }
            long matching = 0;
            Set<Long> importedCases = new HashSet<>();
            for (Map.Entry<Integer, Long> e : caseOfRow.entrySet()) {
                int row = e.getKey();
                if (!"IMPORTED".equals(outcome.get(row)) || row - 2 >= rows.size()) {
                    continue;
                }
                importedCases.add(e.getValue());
                ImportApplications.Application a = rows.get(row - 2);
                String expected = a.idNumber() + " " + programCode(a.type());
                if (expected.equals(madeCases.get(e.getValue()))) {
                    matching++;
                } else {
                    example(examples, "row " + row + " made case " + e.getValue() + " of " + madeCases.get(e.getValue())
                            + ", not of the row's person and subsidy");
                }
            }
            for (Long made : madeCases.keySet()) {
                if (!importedCases.contains(made)) {
                    example(examples, "case " + made + " made since the upload is no IMPORTED row's");
                }
            }
            return new Result(runId, job.status(), job.seconds(), rows.size(), withOutcome, twoOutcomes, imported, refused,
                    madeCases.size(), matching, examples);
        }
    }

    private static String programCode(SubsidyType type) {
        return type.programCode();
    }

    private static void example(List<String> examples, String e) {
        if (examples.size() < 5) {
            examples.add(e);
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            return single(s);
        }
    }

    private static long single(PreparedStatement s) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
