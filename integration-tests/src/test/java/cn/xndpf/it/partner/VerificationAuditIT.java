package cn.xndpf.it.partner;

import cn.xndpf.it.Deployments;
import cn.xndpf.it.subsidy.SelfAddress;
import jakarta.annotation.Resource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Partners verifying at the same moment: their audit entries are committed together (group commit), and
 * still no answer leaves before its own entry is committed. Each of {@value #PARTNERS} threads asks about
 * a certificate of its own over HTTP and, the moment its 200 arrives, looks for its entry through another
 * connection (which sees committed rows only); at the end every certificate has exactly one entry more.
 */
@ExtendWith(ArquillianExtension.class)
class VerificationAuditIT {

    private static final int PARTNERS = 32;
    private static final String ACTOR = "partner:" + PartnerClient.PARTNER;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(VerificationAuditIT.class, SelfAddress.class);
    }

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    @Test
    void concurrentAnswersLeaveOnlyOnceTheirOwnEntryIsCommitted() throws Exception {
        Map<Long, String> certificates = certificates();
        Map<Long, Long> before = new LinkedHashMap<>();
        for (long id : certificates.keySet()) {
            before.put(id, entries(id));
        }
        URI uri = SelfAddress.base().resolve("api/v1/certificate-verifications");
        String authorization = PartnerClient.basic(PartnerClient.PARTNER, PartnerClient.SECRET);

        ExecutorService pool = Executors.newFixedThreadPool(PARTNERS);
        List<String> problems = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (Map.Entry<Long, String> c : certificates.entrySet()) {
                answers.add(pool.submit(() -> {
                    start.await();
                    HttpResponse<String> r = PartnerClient.send(HttpRequest.newBuilder(uri)
                            .header("Content-Type", "application/json").header("Authorization", authorization)
                            .POST(HttpRequest.BodyPublishers.ofString("{\"certificateNumber\":\"" + c.getValue() + "\"}"))
                            .build());
                    long seen = entries(c.getKey());
                    if (r.statusCode() != 200) {
                        return c.getValue() + " answered " + r.statusCode() + ": " + r.body();
                    }
                    return seen == before.get(c.getKey()) + 1 ? null
                            : c.getValue() + ": " + (seen - before.get(c.getKey())) + " new entries when its answer arrived";
                }));
            }
            start.countDown();
            for (Future<String> answer : answers) {
                String problem = answer.get(2, TimeUnit.MINUTES);
                if (problem != null) {
                    problems.add(problem);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), problems, "each answer found its own entry committed");
        for (Map.Entry<Long, Long> b : before.entrySet()) {
            assertEquals(b.getValue() + 1, entries(b.getKey()), "exactly one entry for certificate " + b.getKey());
        }
    }

    /** Valid certificates, each the only one with its number (the verification then names that one). */
    private Map<Long, String> certificates() throws SQLException {
        Map<Long, String> found = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT c.id, c.cert_number FROM certificate c WHERE c.status = 'VALID'"
                     + " AND (SELECT COUNT(*) FROM certificate o WHERE o.cert_number = c.cert_number) = 1"
                     + " ORDER BY c.id FETCH FIRST " + PARTNERS + " ROWS ONLY");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                found.put(r.getLong(1), r.getString(2));
            }
        }
        assertEquals(PARTNERS, found.size(), "demo certificates to ask about");
        return found;
    }

    private long entries(long certificateId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Certificate'"
                     + " AND action = 'VIEW' AND actor = ? AND entity_id = ?")) {
            s.setString(1, ACTOR);
            s.setString(2, String.valueOf(certificateId));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
