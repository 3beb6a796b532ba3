package cn.xndpf.infrastructure.persistence.shared;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On H2 the statement runs with lazy execution and the connection, which a pool hands on to other work, has it
 * off again afterwards, also when handling a row failed. Public: H2 calls {@link #seen} from the query.
 */
public class StreamedQueryTest {

    /** Each row passes through {@link #seen}, so a test knows how many rows H2 had worked out at any moment. */
    private static final String LINES = "SELECT SEEN(id) FROM line WHERE roll_id = ? ORDER BY roll_id, case_id";
    private static final AtomicInteger WORKED_OUT = new AtomicInteger();

    private Connection connection;

    @BeforeEach
    void database() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:streamed;MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH", "", "");
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE line (id NUMBER(19) PRIMARY KEY, roll_id NUMBER(19) NOT NULL, case_id NUMBER(19) NOT NULL)");
            s.execute("CREATE INDEX ix_line_roll ON line (roll_id, case_id)");
            s.execute("INSERT INTO line SELECT x, MOD(x, 2), 1000 - x FROM SYSTEM_RANGE(1, 999)");
            // DETERMINISTIC: H2 works out a query with a function that is not whole, lazy or not.
            s.execute("CREATE ALIAS SEEN DETERMINISTIC FOR \"" + StreamedQueryTest.class.getName() + ".seen\"");
        }
        WORKED_OUT.set(0);
    }

    /** Called by H2 for each row of {@link #LINES} as it works the row out. */
    public static long seen(long id) {
        WORKED_OUT.incrementAndGet();
        return id;
    }

    @AfterEach
    void close() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP ALL OBJECTS");
        }
        connection.close();
    }

    @Test
    void handsOnEveryRowInTheIndexOrderAsItIsWorkedOutThenWorksOutWholeResultsAgain() throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<Integer> workedOutAtFirstRow = new ArrayList<>();
        StreamedQuery.each(connection, LINES, s -> s.setLong(1, 1), r -> {
            ids.add(r.getLong(1));
            if (ids.size() == 1) {
                workedOutAtFirstRow.add(WORKED_OUT.get());
            }
        });
        assertEquals(500, ids.size(), "the odd ids of roll 1");
        assertEquals(999L, ids.get(0), "case 1 first: the index's order");
        assertEquals(1L, ids.get(ids.size() - 1));
        assertTrue(workedOutAtFirstRow.get(0) < 10, "streamed: the first row came before the rest were worked out, "
                + workedOutAtFirstRow);

        assertEquals(500, workedOutBeforeTheFirstRowOfAPlainQuery(),
                "the connection goes back to the pool as it came: a plain query is worked out whole first");
    }

    @Test
    void switchesLazinessOffWhenARowCannotBeHandled() throws SQLException {
        SQLException broken = new SQLException("the file could not take the row");
        SQLException thrown = assertThrows(SQLException.class, () -> StreamedQuery.each(connection, LINES,
                s -> s.setLong(1, 0), r -> {
                    throw broken;
                }));
        assertSame(broken, thrown);
        assertEquals(500, workedOutBeforeTheFirstRowOfAPlainQuery(), "the plain query worked out whole again");
    }

    private int workedOutBeforeTheFirstRowOfAPlainQuery() throws SQLException {
        WORKED_OUT.set(0);
        try (PreparedStatement s = connection.prepareStatement(LINES)) {
            s.setLong(1, 1);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return WORKED_OUT.get();
            }
        }
    }
}
