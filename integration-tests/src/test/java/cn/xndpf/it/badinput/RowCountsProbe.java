package cn.xndpf.it.badinput;

import cn.xndpf.application.security.PasswordHasher;
import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * TEST DEPLOYMENT ONLY (added to the WAR by {@link BadInputIT}, never part of the built EAR): the row counts of
 * the tables partners and uploads can change, and of the audit log, as {@code table=count} lines.
 */
@WebServlet("/it/row-counts")
public class RowCountsProbe extends HttpServlet {

    static final List<String> TABLES = List.of("person", "household", "household_assistance", "certificate",
            "certificate_event", "program_case", "case_event", "subsidy_case", "payment_roll", "payment_line",
            "subsidy_recheck_finding", "stat_figure", "stat_publication", "staff_user", "partner", "institution",
            "service_record", "audit_entry");
    /** An institution's system, for the operations only such a partner may call (scope institution-services). */
    static final String INSTITUTION_PARTNER = "badinput-institution";
    static final String INSTITUTION_SECRET = "badinput-institution-secret";

    /**
     * The count of one table. Successful sign-ins are left out of the audit log's count: a partner's
     * sign-in is audited again once its few minutes of being remembered have passed, which a slow run of
     * the corpus crosses; that entry is the sign-in's, not a change the bad input made.
     */
    static String countQuery(String table) {
        return "audit_entry".equals(table) ? "SELECT COUNT(*) FROM audit_entry WHERE action <> 'SIGN_IN'"
                : "SELECT COUNT(*) FROM " + table;
    }

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    /** Creates, once, a care institution of 城东区 and its system's partner account. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM partner WHERE code = '" + INSTITUTION_PARTNER + "'")) {
                r.next();
                if (r.getLong(1) > 0) {
                    return;
                }
            }
            s.executeUpdate("INSERT INTO institution (id, name, kind, qualification, capacity, division_code, valid_from,"
                    + " version) VALUES (9000000001, '错误输入测试托养机构', 'CARE', 'BADINPUT-1', 10, '630102',"
                    + " DATE '2020-01-01', 0)");
            s.executeUpdate("INSERT INTO institution_service (institution_id, service_kind) VALUES (9000000001, 'DAY_CARE')");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO partner (code, name, secret_hash, scopes, active,"
                    + " institution_id) VALUES (?, '错误输入测试机构系统', ?, 'institution-services', 1, 9000000001)")) {
                p.setString(1, INSTITUTION_PARTNER);
                p.setString(2, PasswordHasher.hash(INSTITUTION_SECRET));
                p.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             PrintWriter out = response.getWriter()) {
            for (String table : TABLES) {
                try (ResultSet r = s.executeQuery(countQuery(table))) {
                    r.next();
                    out.println(table + "=" + r.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
