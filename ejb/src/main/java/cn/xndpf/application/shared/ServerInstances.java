package cn.xndpf.application.shared;

import cn.xndpf.domain.shared.ServerBoundRun;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The servers that run the platform and whether each is alive (服务器实例). One server, or each instance of a
 * cluster, writes its start and then a heartbeat every few seconds into {@code server_instance} in the shared
 * database. Work that a server runs in its own JVM (a payment roll's or an import's batch job, a
 * {@link ServerBoundRun}) names that server; it is over, and may be taken up again elsewhere, once that server
 * has restarted since the work began (its start is later) or has stopped beating (killed, or cut off) for
 * longer than {@link #deadAfter()}. The database is the judge, not one JVM's view of the data grid, so the
 * rule is the same on one server and on many.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ServerInstances {

    private static final Logger LOG = Logger.getLogger(ServerInstances.class.getName());

    /**
     * How long a server may miss its heartbeats before its runs are taken for dead: a few beats, with room
     * for a long garbage collection or a loaded machine; a run wrongly taken for dead would be run twice
     * (the roll's line constraint still pays nothing twice), so it is generous.
     */
    private static final Duration DEAD_AFTER = Duration.ofSeconds(Long.getLong("dpf.server.deadAfterSeconds", 60));

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    /** When this JVM registered itself; set once, at its start. */
    private volatile Instant startedAt;

    /** This JVM's name: the cluster instance's name, or {@code server} for a single server. */
    public static String thisServer() {
        String name = System.getProperty("com.sun.aas.instanceName", "server");
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    public static Duration deadAfter() {
        return DEAD_AFTER;
    }

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void started() {
        startedAt = Instant.now();
        Timestamp now = Timestamp.from(startedAt);
        try (Connection c = dataSource.getConnection()) {
            int updated;
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE server_instance SET started_at = ?, heartbeat_at = ? WHERE server_name = ?")) {
                p.setTimestamp(1, now);
                p.setTimestamp(2, now);
                p.setString(3, thisServer());
                updated = p.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO server_instance (server_name, started_at, heartbeat_at) VALUES (?, ?, ?)")) {
                    p.setString(1, thisServer());
                    p.setTimestamp(2, now);
                    p.setTimestamp(3, now);
                    p.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("server " + thisServer() + " not registered", e);
        }
    }

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void beat() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement(
                     "UPDATE server_instance SET heartbeat_at = ? WHERE server_name = ?")) {
            p.setTimestamp(1, Timestamp.from(Instant.now()));
            p.setString(2, thisServer());
            p.executeUpdate();
        } catch (SQLException e) {
            // A missed beat is only a later one; the next timer tries again.
            LOG.log(Level.WARNING, "heartbeat of " + thisServer() + " not written", e);
        }
    }

    /** Whether a run recorded as running on a server can no longer be running there ({@link #hasStoppedSince}). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean hasStopped(ServerBoundRun run) {
        return hasStoppedSince(run.runningOn(), run.runningSince());
    }

    /**
     * Whether work that {@code server} began at {@code since} can no longer be running there: no server of
     * that name is known (or none was named), it has started again since, or it has not been heard of for
     * longer than {@link #deadAfter()}. This server judges its own work by its own start alone.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean hasStoppedSince(String server, Instant since) {
        if (server == null) {
            return true;
        }
        if (server.equals(thisServer()) && startedAt != null) {
            // This JVM knows it is alive: its own work is over only if it began in a previous life. Its heartbeat
            // may be late on a loaded machine, which must not fail the runs it is running.
            return since != null && startedAt.isAfter(since);
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement(
                     "SELECT started_at, heartbeat_at FROM server_instance WHERE server_name = ?")) {
            p.setString(1, server);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return true;
                }
                Instant started = r.getTimestamp(1).toInstant();
                Instant lastSeen = r.getTimestamp(2).toInstant();
                return (since != null && started.isAfter(since)) || lastSeen.plus(DEAD_AFTER).isBefore(Instant.now());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("server " + server + " not read", e);
        }
    }
}
