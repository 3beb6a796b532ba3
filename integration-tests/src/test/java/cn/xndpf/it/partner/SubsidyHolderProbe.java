package cn.xndpf.it.partner;

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

/**
 * TEST DEPLOYMENT ONLY (added to the WAR by {@link GeneratedClientIT}, never part of the built EAR): the ID number
 * of a demo person with subsidy cases and how many, as {@code key=value} lines.
 */
@WebServlet("/it/subsidy-holder-probe")
public class SubsidyHolderProbe extends HttpServlet {

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT p.id_number, COUNT(*) FROM program_case k"
                     + " JOIN subsidy_case sc ON sc.case_id = k.id JOIN person p ON p.id = k.person_id"
                     + " GROUP BY p.id_number ORDER BY p.id_number");
             PrintWriter out = response.getWriter()) {
            if (!r.next()) {
                throw new IllegalStateException("the demo data has no subsidy case");
            }
            out.println("idNumber=" + r.getString(1));
            out.println("cases=" + r.getLong(2));
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
