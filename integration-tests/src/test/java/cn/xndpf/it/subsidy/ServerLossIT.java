package cn.xndpf.it.subsidy;

import cn.xndpf.application.shared.ServerInstances;
import cn.xndpf.it.Deployments;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A payment roll, or an import run, runs in the JVM of the server that launched it; on a cluster that server
 * may die while the others go on. A roll or import is no longer running once its server has stopped beating
 * for longer than {@link ServerInstances#deadAfter()} or has started again since the run began, and the
 * servers still alive mark it failed within half a minute (a roll 服务器中断, an import queued or running
 * 服务器在导入过程中停止, audited), so staff can run it again or continue it; one whose server is alive is left
 * alone. Shown on one server with rows standing for the other servers: "it-gone" (its last heartbeat ten
 * minutes ago), "it-restarted" (started after its run began) and "it-alive" (beating throughout). The
 * instances themselves, killed for real, are in {@code ClusterFailoverIT} ({@code mvn -Pcluster verify}); a
 * real kill of the one server in the middle of a roll and of an import, in {@code CrashRecoveryIT}.
 */
@ExtendWith(ArquillianExtension.class)
class ServerLossIT {

    private static final long GONE = -9101;
    private static final long RESTARTED = -9102;
    private static final long ALIVE = -9103;
    private static final long IMPORT_GONE = -9104;
    private static final long IMPORT_QUEUED_RESTARTED = -9105;
    private static final long IMPORT_ALIVE = -9106;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ServerLossIT.class);
    }

    @EJB
    private ServerInstances servers;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    @AfterEach
    void removeTheOtherServersAndTheirRolls() throws SQLException {
        update("DELETE FROM payment_roll WHERE id IN (" + GONE + ", " + RESTARTED + ", " + ALIVE + ")");
        update("DELETE FROM import_run WHERE id IN (" + IMPORT_GONE + ", " + IMPORT_QUEUED_RESTARTED + ", "
                + IMPORT_ALIVE + ")");
        update("DELETE FROM server_instance WHERE server_name LIKE 'it-%'");
    }

    @Test
    void theRollsOfAServerThatDiedOrRestartedAreFailedByTheServersAliveAndTheRollsOfALiveServerAreNot() throws Exception {
        Instant now = Instant.now();
        Instant runBegan = now.minus(Duration.ofMinutes(30));
        server("it-gone", now.minus(Duration.ofHours(2)), now.minus(Duration.ofMinutes(10)));
        server("it-restarted", now.minusSeconds(5), now);
        server("it-alive", now.minus(Duration.ofHours(2)), now);
        runningRoll(GONE, "1980-01-01", "it-gone", runBegan);
        runningRoll(RESTARTED, "1980-02-01", "it-restarted", runBegan);
        runningRoll(ALIVE, "1980-03-01", "it-alive", runBegan);

        assertTrue(servers.hasStoppedSince("it-gone", runBegan), "not heard of for ten minutes");
        assertTrue(servers.hasStoppedSince("it-restarted", runBegan), "started again since the run began");
        assertFalse(servers.hasStoppedSince("it-alive", runBegan), "beating, and up since before the run");
        assertTrue(servers.hasStoppedSince("it-never-seen", runBegan), "no such server");
        assertFalse(servers.hasStoppedSince(ServerInstances.thisServer(), Instant.now()),
                "this server, beating, up since before a run beginning now");

        // the recovery timer (every 30 s on every server) decides; the live server goes on beating meanwhile
        long deadline = System.currentTimeMillis() + Duration.ofSeconds(100).toMillis();
        while (!("FAILED".equals(status(GONE)) && "FAILED".equals(status(RESTARTED)))) {
            assertTrue(System.currentTimeMillis() < deadline, "the rolls of the lost servers are failed within a"
                    + " timer's round: " + status(GONE) + ", " + status(RESTARTED));
            update("UPDATE server_instance SET heartbeat_at = CURRENT_TIMESTAMP WHERE server_name = 'it-alive'");
            Thread.sleep(2000);
        }
        assertEquals("服务器中断", string("SELECT failure_reason FROM payment_roll WHERE id = " + GONE));
        assertEquals("Server stopped", string("SELECT failure_reason_en FROM payment_roll WHERE id = " + RESTARTED));
        assertEquals("RUNNING", status(ALIVE), "a live server's roll is left running");
    }

    @Test
    void theImportsOfAServerThatDiedOrRestartedAreFailedAuditedAndTheImportsOfALiveServerAreNot() throws Exception {
        Instant now = Instant.now();
        Instant runBegan = now.minus(Duration.ofMinutes(30));
        server("it-gone", now.minus(Duration.ofHours(2)), now.minus(Duration.ofMinutes(10)));
        server("it-restarted", now.minusSeconds(5), now);
        server("it-alive", now.minus(Duration.ofHours(2)), now);
        long audited = count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'ImportRun' AND entity_id IN ('"
                + IMPORT_GONE + "', '" + IMPORT_QUEUED_RESTARTED + "', '" + IMPORT_ALIVE + "')");
        importRun(IMPORT_GONE, "RUNNING", "it-gone", runBegan);
        importRun(IMPORT_QUEUED_RESTARTED, "QUEUED", "it-restarted", runBegan);  // its job never began
        importRun(IMPORT_ALIVE, "RUNNING", "it-alive", runBegan);

        long deadline = System.currentTimeMillis() + Duration.ofSeconds(100).toMillis();
        while (!("FAILED".equals(importStatus(IMPORT_GONE))
                && "FAILED".equals(importStatus(IMPORT_QUEUED_RESTARTED)))) {
            assertTrue(System.currentTimeMillis() < deadline, "the imports of the lost servers are failed within a"
                    + " timer's round: " + importStatus(IMPORT_GONE) + ", " + importStatus(IMPORT_QUEUED_RESTARTED));
            update("UPDATE server_instance SET heartbeat_at = CURRENT_TIMESTAMP WHERE server_name = 'it-alive'");
            Thread.sleep(2000);
        }
        assertEquals("服务器在导入过程中停止，已导入的行不受影响，请点击“继续导入”",
                string("SELECT failure_reason FROM import_run WHERE id = " + IMPORT_GONE));
        assertEquals("The server stopped during the import; the rows already imported stay; choose \"Continue\"",
                string("SELECT failure_reason_en FROM import_run WHERE id = " + IMPORT_QUEUED_RESTARTED));
        assertEquals("3", string("SELECT rows_done FROM import_run WHERE id = " + IMPORT_GONE), "its counts stay");
        assertEquals("RUNNING", importStatus(IMPORT_ALIVE), "a live server's import is left running");
        assertNull(string("SELECT failure_reason FROM import_run WHERE id = " + IMPORT_ALIVE));
        assertEquals(audited + 2, count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'ImportRun' AND"
                + " entity_id IN ('" + IMPORT_GONE + "', '" + IMPORT_QUEUED_RESTARTED + "', '" + IMPORT_ALIVE + "')"),
                "each failed import audited once, the live one not at all");
    }

    private void server(String name, Instant started, Instant lastSeen) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(
                "INSERT INTO server_instance (server_name, started_at, heartbeat_at) VALUES (?, ?, ?)")) {
            p.setString(1, name);
            p.setTimestamp(2, Timestamp.from(started));
            p.setTimestamp(3, Timestamp.from(lastSeen));
            p.executeUpdate();
        }
    }

    private void runningRoll(long id, String month, String server, Instant began) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(
                "INSERT INTO payment_roll (id, roll_month, division_code, status, line_count, total_amount, cases_total,"
                        + " cases_done, created_by, created_at, run_by, run_started_at, running_on, version)"
                        + " VALUES (?, DATE '" + month + "', '630102', 'RUNNING', 0, 0, 10, 3, 'it', ?, 'it', ?, ?, 0)")) {
            p.setLong(1, id);
            p.setTimestamp(2, Timestamp.from(began));
            p.setTimestamp(3, Timestamp.from(began));
            p.setString(4, server);
            p.executeUpdate();
        }
    }

    /** An import run marked {@code status} on {@code server} since {@code began}; a running one did 3 of 10 rows. */
    private void importRun(long id, String status, String server, Instant began) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(
                "INSERT INTO import_run (id, file_name, workbook, size_bytes, uploaded_by, uploaded_at, division_code,"
                        + " status, rows_total, rows_done, rows_imported, rows_refused, run_started_at, running_on,"
                        + " version)"
                        + " VALUES (?, 'it.xlsx', ?, 4, 'clerk-dongguan', ?, '630102', ?, 10, ?, ?, 0, ?, ?, 0)")) {
            boolean running = "RUNNING".equals(status);
            p.setLong(1, id);
            p.setBytes(2, new byte[]{'P', 'K', 3, 4});
            p.setTimestamp(3, Timestamp.from(began));
            p.setString(4, status);
            p.setInt(5, running ? 3 : 0);
            p.setInt(6, running ? 3 : 0);
            if (running) {
                p.setTimestamp(7, Timestamp.from(began));
            } else {
                p.setNull(7, Types.TIMESTAMP);
            }
            p.setString(8, server);
            p.executeUpdate();
        }
    }

    private String importStatus(long id) throws SQLException {
        return string("SELECT status FROM import_run WHERE id = " + id);
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(string(sql));
    }

    private String status(long id) throws SQLException {
        return string("SELECT status FROM payment_roll WHERE id = " + id);
    }

    private String string(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql);
             ResultSet r = p.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private void update(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            p.executeUpdate();
        }
    }
}
