package cn.xndpf.it.badinput;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
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
            "subsidy_recheck_finding", "stat_figure", "stat_publication", "staff_user", "partner", "audit_entry");

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             PrintWriter out = response.getWriter()) {
            for (String table : TABLES) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    r.next();
                    out.println(table + "=" + r.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
