package cn.xndpf.benchmark;

import cn.xndpf.domain.division.DivisionCode;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference of the roll measurement compares like with like: a roll with exactly the lines the data set
 * owes is complete and timed from its recorded run; one line paid at another amount, or a roll that failed or
 * was never made, is not. The bank file's reference writes the roll's pending lines.
 */
class PaymentRollReferenceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 10);
    private static final YearMonth MONTH = YearMonth.from(DAY);
    private static final DivisionCode CITY = DivisionCode.of("630100");

    @TempDir
    Path dir;

    @Test
    void aRollWithTheOwedLinesIsCompleteAndOneWrongLineIsNot() throws Exception {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL(ProvinceDataSet.h2Url(Map.of("DPF_DATA_DIR", dir.toString())));
        ProvinceDataSet.Loaded loaded = ProvinceDataSet.load(db, 2_000, DAY);

        try (Connection c = db.getConnection()) {
            assertEquals("ABSENT", PaymentRollReference.measure(c, MONTH, CITY).status());

            long rollId = 1;
            // What the roll job leaves for the month: its roll row with the run's times and the owed lines.
            try (PreparedStatement roll = c.prepareStatement("INSERT INTO payment_roll (id, roll_month, division_code,"
                    + " status, line_count, total_amount, cases_total, cases_done, created_by, created_at, run_by,"
                    + " run_started_at, run_ended_at, version) VALUES (?, ?, '630100', 'COMPLETED', ?, 0, ?, ?, 'city',"
                    + " ?, 'city', ?, ?, 1)")) {
                roll.setLong(1, rollId);
                roll.setDate(2, Date.valueOf(MONTH.atDay(1)));
                roll.setLong(3, loaded.subsidyCases());
                roll.setLong(4, loaded.subsidyCases());
                roll.setLong(5, loaded.subsidyCases());
                LocalDateTime start = DAY.atTime(9, 0);
                roll.setTimestamp(6, Timestamp.valueOf(start));
                roll.setTimestamp(7, Timestamp.valueOf(start));
                roll.setTimestamp(8, Timestamp.valueOf(start.plusSeconds(42)));
                roll.executeUpdate();
            }
            try (PreparedStatement lines = c.prepareStatement(SubsidyHistory.linesOwed("payment_line",
                    SubsidyHistory.nextId(false), SubsidyHistory.amountOf(SubsidyHistory.rates(c), MONTH), "'PENDING'",
                    "NULL, NULL"))) {
                lines.setLong(1, rollId);
                lines.setDate(2, Date.valueOf(MONTH.atDay(1)));
                lines.setString(3, "JOB-");
                lines.setDate(4, Date.valueOf(MONTH.atDay(1)));
                lines.setString(5, "6301%");
                assertEquals(loaded.subsidyCases(), lines.executeUpdate());
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE payment_roll SET total_amount = (SELECT SUM(amount) FROM payment_line"
                        + " WHERE roll_id = 1) WHERE id = 1");
            }

            PaymentRollReference.Result same = PaymentRollReference.measure(c, MONTH, CITY);
            assertTrue(same.complete(), same.toJson());
            assertEquals(loaded.subsidyCases(), same.referenceLines());
            assertEquals(42.0, same.jobSeconds());
            assertTrue(same.toJson().contains("\"complete\":true"), same.toJson());
            assertEquals(0, count(c, "SELECT COUNT(*) FROM payment_line WHERE bank_reference LIKE 'REF-%'"),
                    "the reference writes only its scratch table, and drops it");

            Path file = dir.resolve("bank-file.csv");
            BankFileReference.Result bankFile = BankFileReference.write(c, MONTH, CITY, file);
            assertEquals(loaded.subsidyCases(), bankFile.lines(), "the roll's pending lines");
            assertEquals(0, bankFile.total().compareTo(same.jobTotal()));
            java.util.List<String> written = java.nio.file.Files.readAllLines(file);
            assertEquals(bankFile.lines() + 3, written.size(), "title, header, the lines and TOTAL");
            assertTrue(written.get(written.size() - 1).startsWith("TOTAL," + bankFile.lines() + ","));
            assertTrue(written.get(2).matches("\\d+,\\d+,(LS|NS)-\\d+,2026-12,1,(LIVING|NURSING),.+"), written.get(2));

            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE payment_line SET amount = amount + 1 WHERE roll_id = 1"
                        + " AND case_id = (SELECT MIN(case_id) FROM payment_line WHERE roll_id = 1)");
            }
            PaymentRollReference.Result oneWrong = PaymentRollReference.measure(c, MONTH, CITY);
            assertEquals(2, oneWrong.differingLines(), "the wrong line on one side, the owed one on the other");
            assertFalse(oneWrong.complete());

            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE payment_line SET amount = amount - 1 WHERE roll_id = 1"
                        + " AND case_id = (SELECT MIN(case_id) FROM payment_line WHERE roll_id = 1)");
                s.executeUpdate("UPDATE payment_roll SET status = 'FAILED' WHERE id = 1");
            }
            assertFalse(PaymentRollReference.measure(c, MONTH, CITY).complete(), "a failed roll is no figure");
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
