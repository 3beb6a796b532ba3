package cn.xndpf.it;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Smoke test of the assembled application on the provisioned server: Flyway has migrated jdbc/dpf when the
 * EAR was deployed, the batch runtime keeps its job repository on the same database, and the web module
 * answers over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class SchemaAndServerIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(SchemaAndServerIT.class);
    }

    @Resource(lookup = "jdbc/dpf")
    DataSource dataSource;

    @Test
    void schemaMigratorLoadedTheXiningCountyLevelDivisions() throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT code FROM division WHERE parent_code = ? ORDER BY code")) {
            statement.setString(1, "630100");
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
            }
        }
        assertEquals(List.of("630102", "630103", "630104", "630105", "630106", "630121", "630123"), codes);
    }

    @Test
    void batchRuntimeKeepsItsJobRepositoryInJdbcDpf() throws SQLException {
        JobOperator jobOperator = BatchRuntime.getJobOperator();
        Set<String> jobNames = jobOperator.getJobNames();
        assertNotNull(jobNames);

        // The first use of the job repository creates its tables in the configured data source.
        try (Connection connection = dataSource.getConnection()) {
            assertTrue(hasTable(connection.getMetaData(), "JOBINSTANCEDATA"),
                    "the batch runtime's JOBINSTANCEDATA table is not in jdbc/dpf");
        }
    }

    @Test
    @RunAsClient
    void webModuleAnswersAtItsContextRoot() throws Exception {
        URI webModule = Deployments.baseUri();                         // http://localhost:18080/dpf/
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        // The context root without its slash is redirected to it only if a web module is deployed there.
        URI contextRoot = webModule.resolve("/dpf");
        HttpResponse<Void> bare = client.send(HttpRequest.newBuilder(contextRoot).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(3, bare.statusCode() / 100, "GET " + contextRoot + " answered " + bare.statusCode());
        assertEquals(webModule.getPath(),
                contextRoot.resolve(bare.headers().firstValue("Location").orElse("")).getPath());

        // The welcome page, or a redirect to the login page inside the application.
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(webModule).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status / 100 == 3) {
            String location = response.headers().firstValue("Location").orElse("");
            assertTrue(webModule.resolve(location).getPath().startsWith(webModule.getPath()),
                    "redirected out of the application: " + location);
        } else {
            assertEquals(200, status, "GET " + webModule);
        }
    }

    private static boolean hasTable(DatabaseMetaData metaData, String name) throws SQLException {
        try (ResultSet tables = metaData.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                if (name.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
