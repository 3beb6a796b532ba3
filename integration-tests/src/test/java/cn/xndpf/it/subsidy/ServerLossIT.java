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
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A payment roll runs in the JVM of the server that launched it; on a cluster that server may die while the
 * others go on. A roll is no longer running once its server has stopped beating for longer than
 * {@link ServerInstances#deadAfter()} or has started again since the run began, and the servers still alive
 * mark it failed (服务器中断) within half a minute, so staff can run it again; a roll whose server is alive is
 * left alone. Shown on one server with rows standing for the other servers: "it-gone" (its last heartbeat ten
 * minutes ago), "it-restarted" (started after its run began) and "it-alive" (beating throughout). The
 * instances themselves, killed for real, are in {@code ClusterFailoverIT} ({@code mvn -Pcluster verify}).
 */
@ExtendWith(ArquillianExtension.class)
class ServerLossIT {

    private static final long GONE = -9101;
    private static final long RESTARTED = -9102;
    private static final long ALIVE = -9103;

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
