package cn.xndpf.web.shared;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * MicroProfile Health readiness (就绪检查, {@code /health/ready}): the platform can serve only while its
 * database answers, so a load balancer or an operator's probe takes it out of rotation when it does not.
 * The answer says up or down and nothing about the database (no URL, no user, no error text); the reason
 * goes to the server log.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";
    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());
    private static final int TIMEOUT_SECONDS = 5;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        boolean up;
        try (Connection c = dataSource.getConnection()) {
            up = c.isValid(TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Readiness: the database does not answer", e);
            up = false;
        }
        return HealthCheckResponse.named(NAME).status(up).build();
    }
}
