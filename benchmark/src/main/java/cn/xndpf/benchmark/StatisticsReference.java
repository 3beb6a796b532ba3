package cn.xndpf.benchmark;

import cn.xndpf.expected.ExpectedFigures;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The statistics measurement's other half (issue 10): after the real statistics job has published a year for
 * a city, every catalogued indicator worked out again over the raw tables by {@link ExpectedFigures} (the
 * restatement {@code StatisticsJobsIT} checks the job against), timed in the same run on the same database;
 * and a check that the job published exactly those figures, so the two times are of the same work.
 */
public final class StatisticsReference {

    private StatisticsReference() {
    }

    /** What the batch runtime recorded of the job's execution: its status and its seconds from start to end. */
    public record JobExecution(long id, String status, double seconds) {

        public static final JobExecution ABSENT = new JobExecution(0, "ABSENT", 0);
    }

    /** The job's published figures against the restatement's, and their times. */
    public record Result(String period, String city, String status, long jobFigures, double jobSeconds,
                         long referenceFigures, double referenceSeconds, long differingFigures, List<String> examples) {

        /** The job completed, published figures, and they are exactly the restatement's. */
        public boolean complete() {
            return "COMPLETED".equals(status) && jobFigures > 0 && jobFigures == referenceFigures && differingFigures == 0;
        }

        public String toJson() {
            StringBuilder ex = new StringBuilder();
            for (String e : examples) {
                ex.append(ex.length() == 0 ? "" : ",").append('"').append(e.replace("\\", "\\\\").replace("\"", "\\\""))
                        .append('"');
            }
            return String.format(Locale.ROOT, "{\"period\":\"%s\",\"city\":\"%s\",\"status\":\"%s\",\"jobFigures\":%d,"
                            + "\"jobSeconds\":%.3f,\"referenceFigures\":%d,\"referenceSeconds\":%.3f,\"differingFigures\":%d,"
                            + "\"examples\":[%s],\"complete\":%b}", period, city, status, jobFigures, jobSeconds,
                    referenceFigures, referenceSeconds, differingFigures, ex, complete());
        }
    }

    /**
     * The year starting {@code yearStart} as the job published it for {@code city}, against every active
     * indicator restated as of the publication's own day.
     */
    public static Result measure(DataSource ds, LocalDate yearStart, String city, JobExecution job) throws SQLException {
        LocalDate asOf = asOf(ds, "YEAR", yearStart, city);
        String period = "YEAR " + yearStart;
        if (asOf == null) {
            // Nothing published: no figures to compare, whatever the job says.
            return new Result(period, city, job.status(), 0, job.seconds(), 0, 0, 0, List.of());
        }
        String prefix = city.substring(0, 4);
        Map<String, String> published = ExpectedFigures.published(ds, "YEAR", yearStart, prefix);
        long started = System.nanoTime();
        Map<String, String> expected = new ExpectedFigures(ds, yearStart, asOf)
                .everyIndicator(ExpectedFigures.counties(ds, city));
        double referenceSeconds = (System.nanoTime() - started) / 1e9;
        Set<String> keys = new HashSet<>(published.keySet());
        keys.addAll(expected.keySet());
        long differing = 0;
        List<String> examples = new java.util.ArrayList<>();
        for (String k : new java.util.TreeSet<>(keys)) {
            if (!Objects.equals(published.get(k), expected.get(k))) {
                differing++;
                if (examples.size() < 5) {
                    examples.add(k + " job " + published.get(k) + " reference " + expected.get(k));
                }
            }
        }
        return new Result(period, city, job.status(), published.size(), job.seconds(), expected.size(),
                referenceSeconds, differing, examples);
    }

    private static LocalDate asOf(DataSource ds, String type, LocalDate start, String city) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("SELECT as_of FROM"
                + " stat_publication WHERE period_type = ? AND period_start = ? AND root_division = ?")) {
            s.setString(1, type);
            s.setDate(2, Date.valueOf(start));
            s.setString(3, city);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getDate(1).toLocalDate() : null;
            }
        }
    }
}
