package cn.xndpf.application.shared;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Work done once whichever server asks first (一次性认领): on a cluster every instance starts the same start-up
 * beans and fires the same timers, so work that must happen once (the demo data of an empty database, a
 * period's scheduled statistics) is claimed by inserting its key into {@code run_claim}; the primary key lets
 * one server in, in the shared database, and the others are told no. A claim is never released: the key
 * names the work itself (with its period), not a lock.
 */
@Stateless
@PermitAll
public class RunClaims {

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    /** True for the one caller (across all servers) that claims this key first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement p = c.prepareStatement(
                     "INSERT INTO run_claim (claim_key, claimed_at, claimed_by) VALUES (?, ?, ?)")) {
            p.setString(1, key);
            p.setTimestamp(2, Timestamp.from(Instant.now()));
            p.setString(3, ServerInstances.thisServer());
            p.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false;   // integrity constraint: another server claimed it
            }
            throw new IllegalStateException("run claim " + key, e);
        }
    }
}
