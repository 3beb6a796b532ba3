package cn.xndpf.benchmark;

import cn.xndpf.domain.division.DivisionCode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;

/**
 * The bank-file measurement's reference (issue 10): the same payment file as the platform's (the roll's
 * pending lines with the file's columns, a title row, the header and the TOTAL row) written from one JDBC
 * cursor straight to a file, as the cheapest way to produce it, timed in the same run on the same database.
 */
public final class BankFileReference {

    private static final int FETCH = 2_000;

    private BankFileReference() {
    }

    /** What the reference wrote: lines, their total, bytes and seconds. */
    public record Result(long lines, BigDecimal total, long bytes, double seconds) {
    }

    public static Result write(Connection connection, YearMonth month, DivisionCode division, Path file)
            throws SQLException, IOException {
        long started = System.nanoTime();
        long lines = 0;
        BigDecimal total = BigDecimal.ZERO;
        try (PreparedStatement s = connection.prepareStatement("SELECT l.id, l.case_id, g.case_prefix, l.paid_month,"
                + " l.attempt, l.subsidy_type, p.name, p.id_number, l.bank_name, l.bank_account, l.amount"
                + " FROM payment_line l JOIN payment_roll r ON r.id = l.roll_id"
                + " JOIN program_case k ON k.id = l.case_id JOIN program g ON g.code = k.program_code"
                + " JOIN person p ON p.id = l.person_id"
                + " WHERE r.roll_month = ? AND r.division_code = ? AND l.status = 'PENDING' ORDER BY l.id");
             BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            s.setFetchSize(FETCH);
            s.setDate(1, Date.valueOf(month.atDay(1)));
            s.setString(2, division.value());
            out.write("\uFEFF# reference payment file " + month + " " + division.value() + "\r\n");
            out.write("line_id,case_id,case_number,paid_month,attempt,subsidy,name,id_number,bank_name,bank_account,amount\r\n");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    BigDecimal amount = rs.getBigDecimal(11);
                    out.write(rs.getLong(1) + "," + rs.getLong(2) + "," + rs.getString(3) + "-" + rs.getLong(2) + ","
                            + YearMonth.from(rs.getDate(4).toLocalDate()) + "," + rs.getInt(5) + "," + rs.getString(6)
                            + "," + rs.getString(7) + "," + rs.getString(8) + "," + nullToEmpty(rs.getString(9)) + ","
                            + nullToEmpty(rs.getString(10)) + "," + amount.toPlainString() + "\r\n");
                    lines++;
                    total = total.add(amount);
                }
            }
            out.write("TOTAL," + lines + ",,,,,,,,," + total.toPlainString() + "\r\n");
        }
        return new Result(lines, total, Files.size(file), (System.nanoTime() - started) / 1e9);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
