package cn.xndpf.it.subsidy;

import cn.xndpf.application.person.RegistryService;
import cn.xndpf.application.subsidy.SubsidyApplication;
import cn.xndpf.application.subsidy.SubsidyService;
import cn.xndpf.domain.subsidy.SubsidyType;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database's own guards against duplicates, tried with plain SQL through {@code jdbc/dpf} so that no
 * service check stands in front of them: a second payment line for the same case, month paid for and
 * attempt, a second roll for the same month and division, and a second open subsidy case of the same
 * program for a person, are each refused by the named unique constraint and add no row. Each test works in one local transaction that it rolls back, so it leaves nothing behind;
 * the rows have negative ids, which the platform's sequence never hands out.
 */
@ExtendWith(ArquillianExtension.class)
class DuplicateGuardsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(DuplicateGuardsIT.class, Applicants.class, Applicants.Applicant.class);
    }

    @EJB
    private SubsidyService subsidies;

    @EJB
    private RegistryService registry;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    @Test
    void aSecondLineForTheSameCaseMonthAndAttemptIsRefusedByTheDatabase() throws Exception {
        Applicants.Applicant a = new Applicants(registry).qualifyingForBoth();
        StaffLogin.as("clerk-dongguan", "clerk123");
        long caseId = subsidies.apply(new SubsidyApplication(a.idNumber(), SubsidyType.NURSING, "青海银行",
                "6228480012345678901", null));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                insertRoll(c, -9_100_001L, "2001-02-01", "630103");
                insertLine(c, -9_100_011L, -9_100_001L, caseId, a.personId(), 1);

                SQLException e = assertThrows(SQLException.class,
                        () -> insertLine(c, -9_100_012L, -9_100_001L, caseId, a.personId(), 1));
                violated(e, "uq_payment_line");
                assertEquals(1, count(c, "SELECT COUNT(*) FROM payment_line WHERE case_id = " + caseId),
                        "the refused line was not added");

                // The constraint is exactly the promise: a reissue (the next attempt) of the same month is allowed.
                insertLine(c, -9_100_013L, -9_100_001L, caseId, a.personId(), 2);
                assertEquals(2, count(c, "SELECT COUNT(*) FROM payment_line WHERE case_id = " + caseId));
            } finally {
                c.rollback();
            }
            assertEquals(0, count(c, "SELECT COUNT(*) FROM payment_line WHERE case_id = " + caseId),
                    "the test left nothing behind");
        }
    }

    @Test
    void aSecondRollForTheSameMonthAndDivisionIsRefusedByTheDatabase() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            String rollsOfMonth = "SELECT COUNT(*) FROM payment_roll WHERE roll_month = DATE '2001-03-01'"
                    + " AND division_code = '630103'";
            try {
                long before = count(c, rollsOfMonth);
                assertEquals(0, before, "no roll of the month yet");
                insertRoll(c, -9_200_001L, "2001-03-01", "630103");

                SQLException e = assertThrows(SQLException.class,
                        () -> insertRoll(c, -9_200_002L, "2001-03-01", "630103"));
                violated(e, "uq_payment_roll");
                assertEquals(1, count(c, rollsOfMonth), "the refused roll was not added");

                // Another division's roll of the same month is a different roll.
                insertRoll(c, -9_200_003L, "2001-03-01", "630102");
            } finally {
                c.rollback();
            }
            assertEquals(0, count(c, rollsOfMonth), "the test left nothing behind");
        }
    }

    @Test
    void aSecondOpenCaseOfTheSameProgramForAPersonIsRefusedByTheDatabase() throws Exception {
        Applicants.Applicant a = new Applicants(registry).qualifyingForBoth();
        StaffLogin.as("clerk-dongguan", "clerk123");
        long caseId = subsidies.apply(new SubsidyApplication(a.idNumber(), SubsidyType.NURSING, "青海银行",
                "6228480012345678901", null));
        String casesOfPerson = "SELECT COUNT(*) FROM program_case WHERE person_id = " + a.personId();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                assertEquals(1, count(c, casesOfPerson), "the applied-for case, open");

                SQLException e = assertThrows(SQLException.class,
                        () -> insertCase(c, -9_300_001L, a.personId(), "NURSING_SUBSIDY", "SUBMITTED"));
                violated(e, "uq_open_subsidy_case");
                assertEquals(1, count(c, casesOfPerson), "the refused case was not added");

                // Closed cases do not count: a rejected one of the same program, and an open one of the other.
                insertCase(c, -9_300_002L, a.personId(), "NURSING_SUBSIDY", "REJECTED");
                insertCase(c, -9_300_003L, a.personId(), "LIVING_SUBSIDY", "SUBMITTED");
                assertEquals(3, count(c, casesOfPerson));
                // Once the open case is closed, a new one of the program may be opened.
                try (PreparedStatement s = c.prepareStatement("UPDATE program_case SET state = 'TERMINATED' WHERE id = ?")) {
                    s.setLong(1, caseId);
                    s.executeUpdate();
                }
                insertCase(c, -9_300_004L, a.personId(), "NURSING_SUBSIDY", "SUBMITTED");
            } finally {
                c.rollback();
            }
            assertEquals(1, count(c, casesOfPerson), "the test left nothing behind");
        }
    }

    /** A unique constraint refused the row, and it is the one named (H2 and Oracle both name it). */
    private static void violated(SQLException e, String constraint) {
        assertTrue(e.getSQLState() != null && e.getSQLState().startsWith("23"),
                "an integrity constraint violation, not " + e.getSQLState() + ": " + e.getMessage());
        assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains(constraint), e.getMessage());
    }

    private static void insertRoll(Connection c, long id, String month, String division) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO payment_roll (id, roll_month, division_code,"
                + " status, line_count, total_amount, cases_total, cases_done, created_by, created_at, version)"
                + " VALUES (?, ?, ?, 'COMPLETED', 0, 0, 0, 0, 'it-constraints', CURRENT_TIMESTAMP, 0)")) {
            s.setLong(1, id);
            s.setDate(2, java.sql.Date.valueOf(month));
            s.setString(3, division);
            s.executeUpdate();
        }
    }

    private static void insertLine(Connection c, long id, long rollId, long caseId, long personId, int attempt)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO payment_line (id, roll_id, case_id, person_id,"
                + " subsidy_type, benefit_level, paid_month, amount, attempt, status, version)"
                + " VALUES (?, ?, ?, ?, 'NURSING', 1, DATE '2001-02-01', 100.00, ?, 'PENDING', 0)")) {
            s.setLong(1, id);
            s.setLong(2, rollId);
            s.setLong(3, caseId);
            s.setLong(4, personId);
            s.setInt(5, attempt);
            s.executeUpdate();
        }
    }

    private static void insertCase(Connection c, long id, long personId, String program, String state)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO program_case (id, case_kind, program_code,"
                + " person_id, division_code, state, applied_on, created_by, version)"
                + " VALUES (?, 'SUBSIDY', ?, ?, ?, ?, DATE '2001-02-01', 'it-constraints', 0)")) {
            s.setLong(1, id);
            s.setString(2, program);
            s.setLong(3, personId);
            s.setString(4, Applicants.DONGGUAN);
            s.setString(5, state);
            s.executeUpdate();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
