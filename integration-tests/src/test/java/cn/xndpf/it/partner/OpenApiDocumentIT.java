package cn.xndpf.it.partner;

import cn.xndpf.it.Deployments;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document at {@code /openapi}, as a partner's tooling reads it: the standard parser and
 * validator (swagger-parser) finds no error, and the faults Payara's generator makes are gone: path
 * parameters not required, members on string schemas, arrays of arrays, {@code maxProperties: 0}, and a
 * top-level {@code endpoints} member.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiDocumentIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theDocumentValidatesAndDescribesEveryOperationSoundly() throws Exception {
        HttpResponse<String> r = PartnerClient.send(HttpRequest.newBuilder(Deployments.baseUri().resolve("/openapi"))
                .GET().build());
        assertEquals(200, r.statusCode(), r.body());
        String yaml = r.body();
        assertFalse(yaml.lines().anyMatch(l -> l.startsWith("endpoints:")), "no top-level endpoints member");

        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(yaml, null, options);
        assertEquals(List.of(), parsed.getMessages(), "the validator's messages");
        OpenAPI api = parsed.getOpenAPI();
        assertNotNull(api);
        assertTrue(api.getPaths().containsKey("/api/v1/subsidy-status-queries"), api.getPaths().keySet().toString());
        assertFalse(api.getPaths().keySet().stream().anyMatch(p -> p.contains("{idNumber}")),
                "no ID number in a URL: " + api.getPaths().keySet());

        List<String> problems = new ArrayList<>();
        api.getPaths().forEach((path, item) -> {
            for (Map.Entry<?, Operation> e : item.readOperationsMap().entrySet()) {
                List<Parameter> params = e.getValue().getParameters() == null ? List.of() : e.getValue().getParameters();
                for (Parameter p : params) {
                    if ("path".equals(p.getIn()) && !Boolean.TRUE.equals(p.getRequired())) {
                        problems.add(e.getKey() + " " + path + ": path parameter " + p.getName() + " not required");
                    }
                }
                if (e.getValue().getResponses() != null) {
                    e.getValue().getResponses().forEach((code, response) -> {
                        if (response.getContent() != null) {
                            response.getContent().forEach((type, media) ->
                                    check(e.getKey() + " " + path + " " + code + " " + type, media.getSchema(), problems,
                                            java.util.Collections.newSetFromMap(new IdentityHashMap<>())));
                        }
                    });
                }
            }
        });
        api.getComponents().getSchemas().forEach((name, schema) -> check(name, schema, problems,
                java.util.Collections.newSetFromMap(new IdentityHashMap<>())));
        assertEquals(List.of(), problems);
    }

    /**
     * The partner client that GeneratedClientIT calls is generated at build time from a copy of the document
     * ({@code src/test/openapi/partner-api.yaml}); the copy must be what the server publishes (its server
     * addresses aside), or the client tested is not the one a partner would generate.
     */
    @Test
    void theCopyTheTestClientIsGeneratedFromIsThePublishedDocument() throws Exception {
        HttpResponse<String> r = PartnerClient.send(HttpRequest.newBuilder(Deployments.baseUri().resolve("/openapi"))
                .GET().build());
        assertEquals(200, r.statusCode(), r.body());
        java.nio.file.Path copy = java.nio.file.Path.of("src/test/openapi/partner-api.yaml");
        java.nio.file.Path published = java.nio.file.Path.of("target/openapi-published.yaml");
        java.nio.file.Files.writeString(published, r.body());
        assertEquals(normalised(java.nio.file.Files.readString(copy)), normalised(r.body()),
                copy + " is not the published document: replace it with " + published + " (the servers may stay)");
    }

    private static String normalised(String yaml) {
        OpenAPI api = new OpenAPIV3Parser().readContents(yaml, null, new ParseOptions()).getOpenAPI();
        api.setServers(null);
        return io.swagger.v3.core.util.Yaml.pretty(api);
    }

    private static void check(String where, Schema<?> schema, List<String> problems, Set<Object> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if ("string".equals(schema.getType()) && schema.getProperties() != null) {
            problems.add(where + ": string schema with properties " + schema.getProperties().keySet());
        }
        if ("array".equals(schema.getType())) {
            Schema<?> items = schema.getItems();
            if (items == null || "array".equals(items.getType()) && items.getItems() == null) {
                problems.add(where + ": array without a described element");
            }
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            problems.add(where + ": maxProperties 0");
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((n, s) -> check(where + "." + n, s, problems, seen));
        }
        check(where + "[]", schema.getItems(), problems, seen);
    }
}
