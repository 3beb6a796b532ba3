package cn.xndpf.it.crash;

import cn.xndpf.application.shared.BatchLauncher;
import cn.xndpf.application.subsidy.PaymentRollService;
import cn.xndpf.application.subsidy.RollSummary;
import cn.xndpf.it.StaffLogin;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import java.util.Set;

/**
 * The crash test's hands inside the server, which the test itself (a client: it kills the server) cannot
 * have. Every answer is one line of {@code name=value} pairs separated by spaces.
 * <ul>
 * <li>{@code POST ?do=launch&month&division&itemDelayMillis}: starts the roll's job, one case per chunk,
 * slowed down, through the job operator (the service takes no chunk size or delay)</li>
 * <li>{@code GET ?do=roll&month&division}: the roll as staff see it ({@link PaymentRollService#roll})</li>
 * <li>{@code POST ?do=run&month&division}: runs the roll as staff do ({@link PaymentRollService#start}) and
 * waits for its end</li>
 * <li>{@code GET ?do=lines&rollId}: the roll's lines counted and summed with plain SQL, and the months its
 * cases are owed twice</li>
 * </ul>
 */
@WebServlet("/it/crash-roll")
public class CrashRollServlet extends HttpServlet {

    private static final String USER = "city";
    private static final String PASSWORD = "city123";

    @EJB
    private PaymentRollService rolls;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StaffLogin.as(request, response, USER, PASSWORD);
        String month = request.getParameter("month");
        String division = request.getParameter("division");
        String answer = switch (String.valueOf(request.getParameter("do"))) {
            case "roll" -> rolls.roll(month, division).map(CrashRollServlet::describe).orElse("none=true");
            case "lines" -> lines(Long.parseLong(request.getParameter("rollId")));
            default -> null;
        };
        write(response, answer);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StaffLogin.as(request, response, USER, PASSWORD);
        String month = request.getParameter("month");
        String division = request.getParameter("division");
        String answer = switch (String.valueOf(request.getParameter("do"))) {
            case "launch" -> {
                Properties p = new Properties();
                p.setProperty(PaymentRollService.MONTH, month);
                p.setProperty(PaymentRollService.DIVISION, division);
                p.setProperty(PaymentRollService.REQUESTED_BY, USER);
                p.setProperty(BatchLauncher.CHUNK_SIZE, "1");
                p.setProperty(BatchLauncher.ITEM_DELAY_MILLIS, request.getParameter("itemDelayMillis"));
                yield "execution=" + BatchRuntime.getJobOperator().start(PaymentRollService.JOB, p);
            }
            case "run" -> {
                long execution = rolls.start(month, division);
                yield "execution=" + execution + " batchStatus=" + await(execution);
            }
            default -> null;
        };
        write(response, answer);
    }

    private String await(long execution) {
        Set<String> ended = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");
        long deadline = System.currentTimeMillis() + 300_000;
        String status = "";
        while (System.currentTimeMillis() < deadline) {
            status = rolls.executionStatus(execution).orElse("UNKNOWN");
            if (ended.contains(status)) {
                return status;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "INTERRUPTED";
            }
        }
        return "TIMEOUT-" + status;
    }

    private static String describe(RollSummary r) {
        return "rollId=" + r.rollId() + " status=" + r.status() + " casesDone=" + r.casesDone() + " casesTotal="
                + r.casesTotal() + " lineCount=" + r.lineCount() + " totalAmount=" + r.totalAmount()
                + " failureReason=" + (r.failureReason() == null ? "" : r.failureReason().replace(' ', '_'))
                + " failureReasonEn=" + (r.failureReasonEn() == null ? "" : r.failureReasonEn().replace(' ', '_'));
    }

    private String lines(long rollId) {
        try (Connection c = dataSource.getConnection()) {
            String totals = query(c, "SELECT COUNT(*), COALESCE(SUM(amount), 0) FROM payment_line WHERE roll_id = ?",
                    rollId, r -> "sqlLines=" + r.getLong(1) + " sqlAmount=" + r.getBigDecimal(2).setScale(2));
            // A month owed twice: two lines of one case and month that are not a failed payment and its reissue.
            String duplicates = query(c, "SELECT COUNT(*) FROM (SELECT case_id, paid_month FROM payment_line"
                    + " WHERE status <> 'FAILED' AND case_id IN (SELECT case_id FROM payment_line WHERE roll_id = ?)"
                    + " GROUP BY case_id, paid_month HAVING COUNT(*) > 1) d", rollId, r -> "duplicates=" + r.getLong(1));
            String cases = query(c, "SELECT COUNT(DISTINCT case_id) FROM payment_line WHERE roll_id = ?", rollId,
                    r -> "sqlCases=" + r.getLong(1));
            return totals + " " + duplicates + " " + cases;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Row {
        String read(ResultSet r) throws SQLException;
    }

    private static String query(Connection c, String sql, long parameter, Row row) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return row.read(r);
            }
        }
    }

    /** The answer as plain text, or 400 for a request the crash servlets do not know (shared by the three). */
    static void write(HttpServletResponse response, String answer) throws IOException {
        if (answer == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(answer);
    }
}
