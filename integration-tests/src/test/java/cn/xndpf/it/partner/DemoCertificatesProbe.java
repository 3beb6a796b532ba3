package cn.xndpf.it.partner;

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
import java.util.HashSet;
import java.util.Set;

/**
 * TEST DEPLOYMENT ONLY (added to the WAR by the partner ITs, never part of the built EAR): tells the HTTP
 * client tests which certificate numbers of the generated demo data to ask about, as {@code key=value}
 * lines, and creates a partner without any scope for the 403 test.
 */
@WebServlet("/it/partner-probe")
public class DemoCertificatesProbe extends HttpServlet {

    static final String NO_SCOPE_PARTNER = "it-partner-noscope";
    static final String NO_SCOPE_SECRET = "it-partner-noscope-secret";

    private static final String WEIGHTS = "7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2";

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        try (Connection c = dataSource.getConnection(); PrintWriter out = response.getWriter()) {
            // people with a single certificate: by ID number and by certificate number mean the same one
            String[] valid = single(c, "VALID");
            String[] cancelled = single(c, "CANCELLED");
            out.println("validCertificate=" + valid[0]);
            out.println("validIdNumber=" + valid[1]);
            out.println("validDivision=" + valid[2]);
            out.println("cancelledCertificate=" + cancelled[0]);
            out.println("cancelledIdNumber=" + cancelled[1]);
            out.println("mismatchedCertificate=" + otherCategory(c, valid[0]));
            out.println("unknownIdNumber=" + unknownId(c));
            ensureNoScopePartner(c);
            out.println("noScopePartner=" + NO_SCOPE_PARTNER + ":" + NO_SCOPE_SECRET);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private static String[] single(Connection c, String status) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT c.cert_number, p.id_number, c.division_code"
                + " FROM certificate c JOIN person p ON p.id = c.person_id WHERE c.status = ?"
                + " AND (SELECT COUNT(*) FROM certificate o WHERE o.person_id = c.person_id) = 1"
                + " AND (SELECT COUNT(*) FROM certificate o WHERE o.cert_number = c.cert_number) = 1"
                + " ORDER BY c.id")) {
            s.setString(1, status);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("demo data has no single " + status + " certificate");
                }
                return new String[]{r.getString(1), r.getString(2), r.getString(3)};
            }
        }
    }

    /** The same ID and level with a category nobody holds under that ID number. */
    private static String otherCategory(Connection c, String number) throws SQLException {
        Set<Character> used = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT cert_number FROM certificate WHERE cert_number LIKE ?")) {
            s.setString(1, number.substring(0, 18) + "%");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    used.add(r.getString(1).charAt(18));
                }
            }
        }
        for (char cat = '1'; cat <= '7'; cat++) {
            if (!used.contains(cat)) {
                return number.substring(0, 18) + cat + number.charAt(19);
            }
        }
        throw new IllegalStateException("every category used by " + number.substring(0, 6));
    }

    private static String unknownId(Connection c) throws SQLException {
        for (int seq = 999; seq > 100; seq -= 2) {
            String id = withCheck("630102" + "19500101" + seq);
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM person WHERE id_number = ?")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getLong(1) == 0) {
                        return id;
                    }
                }
            }
        }
        throw new IllegalStateException("no unknown ID number found");
    }

    static String withCheck(String first17) {
        String[] w = WEIGHTS.split(" ");
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * Integer.parseInt(w[i]);
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private static void ensureNoScopePartner(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM partner WHERE code = ?")) {
            s.setString(1, NO_SCOPE_PARTNER);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                if (r.getLong(1) > 0) {
                    return;
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO partner (code, name, secret_hash, scopes, active) VALUES (?, ?, ?, ?, 1)")) {
            s.setString(1, NO_SCOPE_PARTNER);
            s.setString(2, "测试合作方（无核验权限）");
            s.setString(3, PasswordHasher.hash(NO_SCOPE_SECRET));
            s.setString(4, "none");
            s.executeUpdate();
        }
    }
}
