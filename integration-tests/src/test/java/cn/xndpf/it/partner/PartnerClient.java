package cn.xndpf.it.partner;

import cn.xndpf.it.Deployments;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTTP helpers of the partner interface tests (plain java.net.http, no JSON or SOAP library). */
final class PartnerClient {

    static final String PARTNER = "partner-demo";
    static final String SECRET = "partner-demo-secret";

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private PartnerClient() {
    }

    static URI app(String path) {
        return Deployments.baseUri().resolve(path);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The demo records to ask about, from {@link DemoCertificatesProbe}. */
    static Map<String, String> probe() throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(app("it/partner-probe")).GET().build());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("probe answered " + r.statusCode() + ": " + r.body());
        }
        Map<String, String> values = new HashMap<>();
        for (String line : r.body().split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return values;
    }

    /** A top-level or nested scalar member of a small JSON object: the first {@code "name": value}. */
    static String json(String body, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[^,}\\s]+)")
                .matcher(body);
        if (!m.find()) {
            return null;
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }

    /** The text of the first element with this local name, whatever its namespace prefix. */
    static String xml(String body, String localName) {
        Matcher m = Pattern.compile("<(?:[\\w-]+:)?" + Pattern.quote(localName) + "(?:\\s[^>]*)?>([^<]*)</").matcher(body);
        return m.find() ? m.group(1) : null;
    }
}
