package cn.xndpf.infrastructure.persistence.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ids from the platform's sequence {@code dpf_seq} (主键序列) for rows written without entities (the roll's
 * lines, the demo's and the benchmark's loaders), taken the way EclipseLink takes them: each value drawn is
 * the last of a block of {@value #BLOCK} (the entities' {@code allocationSize} and the sequence's increment,
 * V1__registry.sql), so a row written here never takes an id an entity will, in this server or another.
 * One per connection and unit of work; the rest of a block it does not use stays unused, as EclipseLink
 * leaves the rest of its block when a server stops.
 */
public final class SequenceIds {

    private static final int BLOCK = 50;

    private final Connection connection;
    private String nextBlock;
    private long next;
    private long last = -1;

    public SequenceIds(Connection connection) {
        this.connection = connection;
    }

    public long next() throws SQLException {
        if (next > last) {
            if (nextBlock == null) {
                // Oracle's own syntax; H2 answers the standard one in any mode (a loader's plain H2 file too).
                nextBlock = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("oracle")
                        ? "SELECT dpf_seq.NEXTVAL FROM dual" : "SELECT NEXT VALUE FOR dpf_seq";
            }
            try (PreparedStatement s = connection.prepareStatement(nextBlock); ResultSet r = s.executeQuery()) {
                r.next();
                last = r.getLong(1);
                next = last - BLOCK + 1;
            }
        }
        return next++;
    }
}
