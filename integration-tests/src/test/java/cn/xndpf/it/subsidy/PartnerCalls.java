package cn.xndpf.it.subsidy;

import cn.xndpf.application.security.PasswordHasher;
import cn.xndpf.it.PartnerHttp;
import cn.xndpf.it.TestIds;
import jakarta.json.JsonObject;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** HTTP calls to the partner interfaces (plain java.net.http) and the partners the tests call as. */
final class PartnerCalls {

    static final String DEMO = "partner-demo";
    static final String DEMO_SECRET = "partner-demo-secret";
    /** A partner that may only query subsidy status (created by {@link #ensureTestPartners}). */
    static final String STATUS_ONLY = "it-recheck-status-only";
    static final String STATUS_ONLY_SECRET = "it-recheck-status-only-secret";
    /** A partner of another service only (certificate verification). */
    static final String VERIFICATION_ONLY = "it-recheck-verification-only";
    static final String VERIFICATION_ONLY_SECRET = "it-recheck-verification-only-secret";

    private PartnerCalls() {
    }

    static String basic(String user, String password) {
        return PartnerHttp.basic(user, password);
    }

    static HttpResponse<String> postJson(String path, String body, String authorization, String language)
            throws IOException, InterruptedException {
        PartnerHttp caller = partner(authorization);
        return (language == null ? caller : caller.inLanguage(language)).postJson(path, body);
    }

    static HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        return partner(authorization).get(path);
    }

    static HttpResponse<String> soap(String path, String body, String authorization)
            throws IOException, InterruptedException {
        return partner(authorization).soap(path, body);
    }

    private static PartnerHttp partner(String authorization) {
        return PartnerHttp.at(SelfAddress.base()).withAuthorization(authorization);
    }

    static JsonObject json(HttpResponse<String> r) {
        return PartnerHttp.json(r.body());
    }

    /** A valid ID number that nobody on the registry has. */
    static String unknownIdNumber(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM person WHERE id_number = ?")) {
            while (true) {
                String candidate = TestIds.valid("630123", false);
                s.setString(1, candidate);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getLong(1) == 0) {
                        return candidate;
                    }
                }
            }
        }
    }

    /** Creates, once, the test partners: one that may only query subsidy status, one with neither scope. */
    static void ensureTestPartners(DataSource dataSource) throws SQLException {
        ensurePartner(dataSource, STATUS_ONLY, STATUS_ONLY_SECRET, "subsidy-status");
        ensurePartner(dataSource, VERIFICATION_ONLY, VERIFICATION_ONLY_SECRET, "certificate-verification");
    }

    private static void ensurePartner(DataSource dataSource, String code, String secret, String scopes)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM partner WHERE code = ?")) {
                s.setString(1, code);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        return;
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO partner (code, name, secret_hash, scopes, active) VALUES (?, ?, ?, ?, 1)")) {
                s.setString(1, code);
                s.setString(2, "测试合作方 " + scopes);
                s.setString(3, PasswordHasher.hash(secret));
                s.setString(4, scopes);
                s.executeUpdate();
            }
            // a status partner answers for the people of the divisions it serves: the whole city
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO partner_division (partner_code, division_code) VALUES (?, '630100')")) {
                s.setString(1, code);
                s.executeUpdate();
            }
        }
    }
}
