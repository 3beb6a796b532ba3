package cn.xndpf.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A partner system's calls to the platform over real HTTP (plain java.net.http): REST with JSON and SOAP 1.1,
 * signed with HTTP Basic, as the partner tests make them. {@code PartnerHttp.at(base).as(code, secret).get(path)};
 * the base is the application's address as the test reaches it ({@code SelfAddress.base()} in the server,
 * {@code Deployments.baseUri()} from the client).
 */
public final class PartnerHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";

    private final URI base;
    private final String authorization;
    private final String language;

    private PartnerHttp(URI base, String authorization, String language) {
        this.base = base;
        this.authorization = authorization;
        this.language = language;
    }

    /** Calls without credentials (which the partner interfaces refuse) until {@link #as} names some. */
    public static PartnerHttp at(URI base) {
        return new PartnerHttp(base, null, null);
    }

    public PartnerHttp as(String user, String password) {
        return new PartnerHttp(base, basic(user, password), language);
    }

    /** With this {@code Authorization} header as it is (a malformed one, say). */
    public PartnerHttp withAuthorization(String header) {
        return new PartnerHttp(base, header, language);
    }

    /** With an {@code Accept-Language} header (the answers' messages in that language). */
    public PartnerHttp inLanguage(String tag) {
        return new PartnerHttp(base, authorization, tag);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json").GET());
    }

    /** A GET that asks for no particular type (a WSDL, the OpenAPI document). */
    public HttpResponse<String> document(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A SOAP envelope posted as it is. */
    public HttpResponse<String> soap(String path, String envelope) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"").POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)));
    }

    /** One operation in an envelope whose body declares the service's namespace under {@code prefix}. */
    public HttpResponse<String> soap(String path, String prefix, String namespace, String operation)
            throws IOException, InterruptedException {
        return soap(path, envelope(prefix, namespace, operation));
    }

    public static String envelope(String prefix, String namespace, String operation) {
        return "<soap:Envelope xmlns:soap=\"" + SOAP_NS + "\" xmlns:" + prefix + "=\"" + namespace + "\"><soap:Body>"
                + operation + "</soap:Body></soap:Envelope>";
    }

    public static JsonObject json(String body) {
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            return r.readObject();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
