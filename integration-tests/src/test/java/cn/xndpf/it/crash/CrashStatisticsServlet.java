package cn.xndpf.it.crash;

import cn.xndpf.application.statistics.JobRun;
import cn.xndpf.application.statistics.StatisticsJobs;
import cn.xndpf.domain.statistics.PeriodType;
import cn.xndpf.it.StaffLogin;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The crash test's hands on a statistics run inside the server; answers are one line of {@code name=value}
 * pairs separated by spaces.
 * <ul>
 * <li>{@code POST ?do=launch&month&division&itemDelayMillis}: starts the month's statistics as the screen
 * does ({@link StatisticsJobs#start}), slowed down by the test-only system property the job XML reads</li>
 * <li>{@code GET ?do=run&execution}: the execution as the statistics jobs screen shows it
 * ({@link StatisticsJobs#find}), the batch runtime's own status of it (read from its table), and the figures its job instance
 * still has staged</li>
 * <li>{@code POST ?do=restart&execution}: what the screen's restart button does ({@link StatisticsJobs#restart});
 * answers the execution it starts</li>
 * <li>{@code POST ?do=start&month&division}: what the screen's start button does ({@link StatisticsJobs#start});
 * answers the execution</li>
 * <li>{@code GET ?do=figures&month&division}: the month's published figures under the city, counted and
 * digested (every key and value in key order) with plain SQL</li>
 * </ul>
 */
@WebServlet("/it/crash-statistics")
public class CrashStatisticsServlet extends HttpServlet {

    private static final String USER = "city";
    private static final String PASSWORD = "city123";

    @EJB
    private StatisticsJobs jobs;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StaffLogin.as(request, response, USER, PASSWORD);
        String answer = switch (String.valueOf(request.getParameter("do"))) {
            case "run" -> run(Long.parseLong(request.getParameter("execution")));
            case "figures" -> figures(LocalDate.parse(request.getParameter("month")), request.getParameter("division"));
            default -> null;
        };
        CrashRollServlet.write(response, answer);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StaffLogin.as(request, response, USER, PASSWORD);
        String answer = switch (String.valueOf(request.getParameter("do"))) {
            case "launch" -> {
                // the test-only delay the job XML reads (the service passes no test parameter, and Payara
                // shows a run only to the bean that started it, so the run must be the service's own); the
                // JVM is killed with it set
                System.setProperty("dpf.test.statisticsItemDelayMillis",
                        String.valueOf(Long.parseLong(request.getParameter("itemDelayMillis"))));
                yield "execution=" + jobs.start(PeriodType.MONTH, LocalDate.parse(request.getParameter("month")),
                        request.getParameter("division"));
            }
            // both answer at once; the test polls the run (a request held for minutes lost its connection)
            case "restart" -> "execution=" + jobs.restart(Long.parseLong(request.getParameter("execution")));
            case "start" -> "execution=" + jobs.start(PeriodType.MONTH, LocalDate.parse(request.getParameter("month")),
                    request.getParameter("division"));
            default -> null;
        };
        CrashRollServlet.write(response, answer);
    }

    private String run(long execution) {
        Optional<JobRun> run = jobs.find(execution);
        if (run.isEmpty()) {
            return "none=true";
        }
        JobRun r = run.get();
        // the batch runtime's own record, from its table (Payara shows the execution to StatisticsJobs only)
        String runtime = text("SELECT batchstatus FROM executioninstancedata WHERE jobexecid = ?", execution);
        return "status=" + r.status() + " interrupted=" + r.interrupted() + " restartable=" + r.isRestartable()
                + " itemsDone=" + r.itemsDone() + " itemsTotal=" + r.itemsTotal() + " runtimeStatus=" + runtime
                + " staged=" + count("SELECT COUNT(*) FROM stat_figure_stage WHERE job_instance_id = ?", r.instanceId());
    }

    private String figures(LocalDate month, String city) {
        String prefix = city.substring(0, 4) + "%";
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT indicator_code, division_code, dimension, dim_value,"
                     + " figure_value, numerator, denominator FROM stat_figure WHERE period_type = 'MONTH'"
                     + " AND period_start = ? AND division_code LIKE ?"
                     + " ORDER BY indicator_code, division_code, dimension, dim_value")) {
            s.setObject(1, month);
            s.setString(2, prefix);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            int rows = 0;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows++;
                    StringBuilder line = new StringBuilder();
                    for (int i = 1; i <= 7; i++) {
                        Object v = r.getObject(i);
                        line.append(v instanceof java.math.BigDecimal b ? b.stripTrailingZeros().toPlainString() : v)
                                .append('|');
                    }
                    digest.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
                }
            }
            return "rows=" + rows + " digest=" + HexFormat.of().formatHex(digest.digest());
        } catch (SQLException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(String sql, long parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? String.valueOf(r.getString(1)) : "NONE";
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql, long parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
