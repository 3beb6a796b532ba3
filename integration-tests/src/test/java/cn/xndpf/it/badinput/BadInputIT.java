package cn.xndpf.it.badinput;

import cn.xndpf.it.Deployments;
import cn.xndpf.it.TestIds;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input, sent over real HTTP to every partner operation (恶意与畸形输入): the REST operations as the
 * published OpenAPI document lists them (a new operation is covered without touching this test, and fails it
 * if none of its bad values is refused as bad input) and the SOAP operations as each service's WSDL lists them,
 * the bank return upload of both. Each gets a corpus of empty, oversized (10 MB), wrongly typed and hostile
 * values (unknown enum values, SQL and script fragments, invalid UTF-8, negative and huge numbers, impossible
 * dates, malformed XML, DTDs with external entities and entity expansion). Every one must be refused clearly:
 * REST with 4xx and the API's JSON error shape, SOAP with a {@code soap:Client} fault; never a 500, never a stack
 * trace; and nothing may change (the row counts of the main tables and of the audit log are the same after).
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String PARTNER = "Basic " + Base64.getEncoder()
            .encodeToString("partner-demo:partner-demo-secret".getBytes(StandardCharsets.UTF_8));
    /** The operations only an institution's system may call go with its credentials. */
    private static final String INSTITUTION = "Basic " + Base64.getEncoder().encodeToString(
            (RowCountsProbe.INSTITUTION_PARTNER + ":" + RowCountsProbe.INSTITUTION_SECRET).getBytes(StandardCharsets.UTF_8));
    private static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final List<String> SOAP_SERVICES = List.of("CertificateVerificationService",
            "SubsidyPartnerService", "PaymentRollService", "StatisticsExportService", "ServiceRecordService",
            "EmploymentPartnerService",
            "EducationEnrolmentService", "SocialSecurityPartnerService");
    /** What a partner must never see in an answer: exception names, stack frames, SQL, the server. */
    private static final List<String> LEAKS = List.of("Exception", "at cn.xndpf", "at java.", "at org.",
            "at com.sun", "SELECT ", "EclipseLink", "Payara", "jdbc", "root:x:0:0");
    private static final int TEN_MB = 10 * 1024 * 1024;
    private static final String HUGE = "9".repeat(TEN_MB);

    /**
     * Strings no field of the API accepts (it is never a real ID, certificate, date, month, division, status or
     * document number): empty and blank, hostile fragments, impossible dates and numbers, odd characters.
     */
    private static final List<String> BAD_TEXT = List.of("", " ", "null", "' OR '1'='1", "1; DROP TABLE person; --",
            "<script>alert(1)</script>", "${jndi:ldap://example.invalid/a}", "../../../../etc/passwd", "%00",
            "\u0000", "-1", "-99999999999999999999", "99999999999999999999999999", "1e309", "NaN",
            "2026-02-30", "2026-13-01", "0000-00-00", "2026-13", "9999999999-01", "ＵＮＫＮＯＷＮ", "UNKNOWN_VALUE",
            "６３０１０２", "\uD83D\uDE00\uD83D\uDE00", "x".repeat(4000));

    /** JSON values of the wrong type (or a string too long for anything) for a member. */
    private static final List<String> BAD_JSON_VALUES = List.of("123", "-1", "1e999", "true", "{}", "[]", "[1,2]",
            "{\"$ne\":null}", "\"" + HUGE + "\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(RowCountsProbe.class);
    }

    private final List<String> problems = new ArrayList<>();

    @Test
    void everyRestOperationRefusesBadInputClearlyAndChangesNothing() throws Exception {
        OpenAPI api = openApi();
        institutionPartner();
        rest("POST", "/api/v1/certificate-verifications", "application/json", "{\"idNumber\":\"" + unknownId() + "\"}");
        Map<String, Long> before = counts();

        List<String> operations = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                String name = op.getKey() + " " + path.getKey();
                operations.add(name);
                int refusedAsBad = sendCorpus(op.getKey().name(), path.getKey(), op.getValue());
                if (refusedAsBad == 0) {
                    problems.add(name + ": no bad value was refused as bad input (400/413/415): describe its parameters"
                            + " and body in the OpenAPI document so that this test can reach them");
                }
            }
        }
        assertTrue(operations.size() >= 7, "the document lists the partner operations: " + operations);
        // the institutions' operations too (left out until a 10 MB amount, read by BigDecimal in quadratic
        // time, was refused unread: the server held the request and the client lost the connection)
        assertTrue(operations.contains("POST /api/v1/service-records")
                && operations.contains("GET /api/v1/service-records"), "service records covered: " + operations);
        assertEquals(List.of(), problems, "operations " + operations);
        assertEquals(before, counts(), "bad input changed nothing, the audit log included");
    }

    @Test
    void everySoapOperationRefusesBadInputWithAClientFaultAndChangesNothing() throws Exception {
        institutionPartner();
        soap("CertificateVerificationService", envelope("http://xndpf.cn/ws/certificate/v1", "verifyByIdNumber",
                "<c:idNumber>" + unknownId() + "</c:idNumber>"));
        Map<String, Long> before = counts();

        List<String> operations = new ArrayList<>();
        for (String service : SOAP_SERVICES) {
            Wsdl wsdl = wsdl(service);
            for (Map.Entry<String, List<String[]>> op : wsdl.operations.entrySet()) {
                operations.add(service + "." + op.getKey());
                List<String[]> params = op.getValue();
                for (int i = 0; i < params.size(); i++) {
                    List<String> values = new ArrayList<>(BAD_TEXT);
                    values.add(HUGE.substring(0, TEN_MB / 2));
                    if (params.get(i)[1].endsWith("base64Binary")) {
                        values = List.of("", "!!!not base64!!!", Base64.getEncoder().encodeToString(
                                "=cmd|' /C calc'!A0,<script>,'; DROP TABLE payment_line; --\n\u00ff".getBytes(StandardCharsets.UTF_8)),
                                Base64.getEncoder().encodeToString(new byte[]{(byte) 0xff, (byte) 0xfe, 0x00, 0x41}));
                    }
                    for (String value : values) {
                        StringBuilder body = new StringBuilder();
                        for (int j = 0; j < params.size(); j++) {
                            String v = j == i ? xmlEscape(value) : baseline(params.get(j)[0]);
                            if (params.get(j)[2] != null) {
                                // a list of complex items: the bad value in each of the item's members
                                StringBuilder item = new StringBuilder();
                                for (String member : params.get(j)[2].split(",")) {
                                    item.append("<c:").append(member).append('>').append(j == i ? v : baseline(member))
                                            .append("</c:").append(member).append('>');
                                }
                                v = item.toString();
                            }
                            body.append("<c:").append(params.get(j)[0]).append('>').append(v)
                                    .append("</c:").append(params.get(j)[0]).append('>');
                        }
                        expectClientFault(service + "." + op.getKey() + " " + params.get(i)[0] + "=" + shorten(value),
                                soap(service, envelope(wsdl.namespace, op.getKey(), body.toString())));
                    }
                }
                // the operation's own element with members it does not have, and with none
                expectClientFault(service + "." + op.getKey() + " unknown members", soap(service,
                        envelope(wsdl.namespace, op.getKey(), "<c:nonsense>1</c:nonsense><c:nonsense>2</c:nonsense>")));
            }
            String ns = wsdl.namespace;
            String first = wsdl.operations.keySet().iterator().next();
            Map<String, byte[]> bodies = new LinkedHashMap<>();
            bodies.put("empty body", new byte[0]);
            bodies.put("not XML", "hello".getBytes(StandardCharsets.UTF_8));
            bodies.put("unclosed envelope", ("<soap:Envelope xmlns:soap=\"" + SOAP_NS + "\"><soap:Body>")
                    .getBytes(StandardCharsets.UTF_8));
            bodies.put("XXE", ("<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                    + envelope(ns, first, "<c:x>&xxe;</c:x>").substring(envelope(ns, first, "").indexOf("<soap:")))
                    .getBytes(StandardCharsets.UTF_8));
            bodies.put("entity expansion", ("<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY a \"aaaaaaaaaa\">"
                    + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                    + "<soap:Envelope xmlns:soap=\"" + SOAP_NS + "\"><soap:Body><c:" + first + " xmlns:c=\"" + ns
                    + "\">&c;</c:" + first + "></soap:Body></soap:Envelope>").getBytes(StandardCharsets.UTF_8));
            byte[] utf8 = envelope(ns, first, "<c:x>\u00e9</c:x>").getBytes(StandardCharsets.UTF_8);
            byte[] invalid = java.util.Arrays.copyOf(utf8, utf8.length);
            for (int k = 0; k < invalid.length - 1; k++) {
                if (invalid[k] == (byte) 0xc3) {
                    invalid[k + 1] = (byte) 0x28;
                }
            }
            bodies.put("invalid UTF-8", invalid);
            bodies.put("unknown operation", envelope(ns, "noSuchOperation", "").getBytes(StandardCharsets.UTF_8));
            bodies.put("20 MB body", envelope(ns, first, "<c:x>" + "A".repeat(20 * 1024 * 1024) + "</c:x>")
                    .getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> b : bodies.entrySet()) {
                expectClientFault(service + " " + b.getKey(), soap(service, b.getValue()));
            }
        }
        assertTrue(operations.contains("PaymentRollService.submitBankReturns"), operations.toString());
        assertEquals(List.of(), problems, "operations " + operations);
        assertEquals(before, counts(), "bad input changed nothing, the audit log included");
    }

    // ---------------------------------------------------------------- REST

    /** Sends the corpus to one operation; returns how many were refused as bad input. */
    private int sendCorpus(String method, String path, Operation op) throws Exception {
        int refused = 0;
        List<Parameter> params = op.getParameters() == null ? List.of() : op.getParameters();
        Map<String, String> valid = new LinkedHashMap<>();
        for (Parameter p : params) {
            valid.put(p.getName(), p.getExample() != null ? String.valueOf(p.getExample())
                    : p.getSchema() != null && p.getSchema().getExample() != null
                    ? String.valueOf(p.getSchema().getExample()) : baseline(p.getName()));
        }
        MediaType json = null;
        String bodyType = null;
        if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
            for (Map.Entry<String, MediaType> c : op.getRequestBody().getContent().entrySet()) {
                if (bodyType == null || c.getKey().contains("json")) {
                    bodyType = c.getKey();
                    json = c.getValue();
                }
            }
        }
        String validBody = bodyType == null ? null : bodyType.contains("json")
                ? toJson(example(json.getSchema())) : "line_id,result\n1,PAID\n";

        for (Parameter p : params) {
            for (String bad : BAD_TEXT) {
                Map<String, String> values = new LinkedHashMap<>(valid);
                values.put(p.getName(), bad);
                String what = method + " " + path + " " + p.getName() + "=" + shorten(bad);
                HttpResponse<String> r = rest(method, url(path, params, values), bodyType, validBody);
                if ("path".equals(p.getIn()) && byTheContainer(r)) {
                    // a path the container refuses (a NUL byte) or resolves elsewhere (../ segments) never
                    // reaches the API, so the API's shape cannot be asked of it; nothing may leak all the same
                    stackTraces(what, r.body());
                    continue;
                }
                refused += expectRefusal(what, r);
            }
        }
        if (bodyType == null) {
            return refused;
        }
        String target = url(path, params, valid);
        List<byte[]> bodies = new ArrayList<>();
        for (String b : List.of("", "{", "[]", "null", "\"text\"", "123", "{\"a\":", "<x/>", "[".repeat(100_000),
                "{\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}", "=cmd|' /C calc'!A0\n,,,\n")) {
            bodies.add(b.getBytes(StandardCharsets.UTF_8));
        }
        bodies.add(new byte[]{'{', '"', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}'});
        bodies.add(new byte[]{(byte) 0xc3, (byte) 0x28, 'a', ',', 'b', '\n'});
        bodies.add(("line_id,result\n" + "1,PAID\n".repeat(TEN_MB / 7 + 10)).getBytes(StandardCharsets.UTF_8));
        for (byte[] b : bodies) {
            refused += expectRefusal(method + " " + path + " body " + shorten(new String(b, StandardCharsets.UTF_8)),
                    rest(method, target, bodyType, b));
        }
        // the wrong media type
        refused += expectRefusal(method + " " + path + " as application/xml",
                rest(method, target, "application/xml", "<x/>".getBytes(StandardCharsets.UTF_8)));
        if (bodyType.contains("json")) {
            Object example = example(json.getSchema());
            for (List<Object> member : members(example, new ArrayList<>())) {
                List<String> values = new ArrayList<>(BAD_JSON_VALUES);
                BAD_TEXT.forEach(t -> values.add(toJson(t)));
                for (String bad : values) {
                    String body = toJson(replaced(example, member, 0, new RawJson(bad)));
                    refused += expectRefusal(method + " " + path + " " + member + "=" + shorten(bad),
                            rest(method, target, bodyType, body));
                }
            }
        }
        return refused;
    }

    /** A refusal of the address by the container itself: 400 or 404, not in the API's JSON. */
    private static boolean byTheContainer(HttpResponse<String> r) {
        return (r.statusCode() == 400 || r.statusCode() == 404)
                && !r.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
    }

    /**
     * Operations that answer item by item (civil affairs' assistance changes: "只要请求本身可读即返回 200，逐条结果见
     * items") refuse bad items in a 200 whose every item is rejected.
     */
    private static final Pattern ALL_ITEMS_REJECTED = Pattern.compile(
            "\"received\":(\\d+),\"applied\":0,\"unchanged\":0,\"rejected\":\\1\\b");
    private static final Pattern ALL_ITEMS_REJECTED_SOAP = Pattern.compile(
            "<received>(\\d+)</received><applied>0</applied><unchanged>0</unchanged><rejected>\\1</rejected>");

    /** 1 if refused as bad input, 0 if refused otherwise (404); records a problem for anything else. */
    private int expectRefusal(String what, HttpResponse<String> r) {
        String body = r.body() == null ? "" : r.body();
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (r.statusCode() == 200 && ALL_ITEMS_REJECTED.matcher(body).find()
                && !body.contains("\"received\":0,")) {
            leaks(what, body);
            return 1;
        }
        boolean shaped = type.startsWith("application/json") && body.contains("\"status\":" + r.statusCode())
                && body.contains("\"error\":") && body.contains("\"message\":");
        if (r.statusCode() < 400 || r.statusCode() >= 500 || !shaped) {
            problems.add(what + " -> " + r.statusCode() + " " + type + " " + shorten(body));
            return 0;
        }
        leaks(what, body);
        int s = r.statusCode();
        return s == 400 || s == 413 || s == 415 ? 1 : 0;
    }

    private HttpResponse<String> rest(String method, String url, String type, Object body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(url.startsWith("http") ? URI.create(url)
                        : Deployments.baseUri().resolve(url.substring(1)))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", url.contains("service-records") ? INSTITUTION : PARTNER);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            byte[] bytes = body instanceof byte[] raw ? raw : ((String) body).getBytes(StandardCharsets.UTF_8);
            b.header("Content-Type", type.contains("json") ? type : type + "; charset=UTF-8")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            String sent = body == null ? "" : body instanceof byte[] raw ? new String(raw, StandardCharsets.UTF_8)
                    : (String) body;
            throw new java.io.IOException(method + " " + shorten(url) + " body " + shorten(sent) + ": no answer", e);
        }
    }

    private static String url(String path, List<Parameter> params, Map<String, String> values) {
        String p = path;
        StringBuilder query = new StringBuilder();
        for (Parameter param : params) {
            String v = URLEncoder.encode(values.get(param.getName()), StandardCharsets.UTF_8).replace("+", "%20");
            if ("path".equals(param.getIn())) {
                p = p.replace("{" + param.getName() + "}", v.isEmpty() ? "%20" : v);
            } else if ("query".equals(param.getIn())) {
                query.append(query.length() == 0 ? '?' : '&').append(param.getName()).append('=').append(v);
            }
        }
        // the document's paths start at the server root (/api/v1/...), under the application's context root
        return Deployments.baseUri().resolve(p.substring(1)) + query.toString();
    }

    /** An example value of a schema: its example, its first enumerated value, or one by type. */
    private static Object example(Schema<?> s) {
        if (s == null) {
            return "x";
        }
        if (s.getExample() != null) {
            return s.getExample() instanceof Number || s.getExample() instanceof Boolean ? s.getExample()
                    : String.valueOf(s.getExample());
        }
        if (s.getEnum() != null && !s.getEnum().isEmpty()) {
            return String.valueOf(s.getEnum().get(0));
        }
        if (s.getProperties() != null) {
            Map<String, Object> m = new LinkedHashMap<>();
            s.getProperties().forEach((n, p) -> m.put(n, example(p)));
            return m;
        }
        if ("array".equals(s.getType()) || s.getItems() != null) {
            return new ArrayList<>(List.of(example(s.getItems())));
        }
        return "integer".equals(s.getType()) || "number".equals(s.getType()) ? 1 : "x";
    }

    /** The paths (member names and list indexes) of every scalar member of an example. */
    private static List<List<Object>> members(Object value, List<Object> at) {
        List<List<Object>> out = new ArrayList<>();
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                List<Object> next = new ArrayList<>(at);
                next.add(k);
                out.add(next);
                if (v instanceof Map || v instanceof List) {
                    out.addAll(members(v, next));
                }
            });
        } else if (value instanceof List<?> l && !l.isEmpty()) {
            List<Object> next = new ArrayList<>(at);
            next.add(0);
            out.add(next);
            out.addAll(members(l.get(0), next));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object replaced(Object value, List<Object> path, int i, Object with) {
        if (i == path.size()) {
            return with;
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) m);
            copy.put((String) path.get(i), replaced(m.get(path.get(i)), path, i + 1, with));
            return copy;
        }
        List<Object> copy = new ArrayList<>((List<Object>) value);
        copy.set((Integer) path.get(i), replaced(copy.get((Integer) path.get(i)), path, i + 1, with));
        return copy;
    }

    private record RawJson(String text) {
    }

    private static String toJson(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof RawJson raw) {
            return raw.text();
        }
        if (v instanceof Number || v instanceof Boolean) {
            return String.valueOf(v);
        }
        if (v instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder("{");
            m.forEach((k, x) -> b.append(b.length() > 1 ? "," : "").append(toJson(String.valueOf(k))).append(':')
                    .append(toJson(x)));
            return b.append('}').toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder b = new StringBuilder("[");
            l.forEach(x -> b.append(b.length() > 1 ? "," : "").append(toJson(x)));
            return b.append(']').toString();
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : String.valueOf(v).toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static OpenAPI openApi() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(Deployments.baseUri().resolve("/openapi")).GET()
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode());
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        return new OpenAPIV3Parser().readContents(r.body(), null, options).getOpenAPI();
    }

    // ---------------------------------------------------------------- SOAP

    /** One service's namespace and operations, each with its parameters {name, type, members of a list item}. */
    private record Wsdl(String namespace, Map<String, List<String[]>> operations) {
    }

    private static Wsdl wsdl(String service) throws Exception {
        String path = "ws/" + service;
        String wsdl = get(path + "?wsdl");
        Matcher ns = Pattern.compile("targetNamespace=\"([^\"]+)\"").matcher(wsdl);
        assertTrue(ns.find(), wsdl);
        StringBuilder schemas = new StringBuilder(wsdl);
        Matcher imports = Pattern.compile("schemaLocation=\"([^\"]+)\"").matcher(wsdl);
        while (imports.find()) {
            String location = imports.group(1).replace("&amp;", "&");
            schemas.append(get(location.startsWith("http") ? location : path + location.substring(location.indexOf('?'))));
        }
        Map<String, List<String[]>> operations = new LinkedHashMap<>();
        Document doc = parse(wsdl);
        NodeList ops = doc.getElementsByTagNameNS("http://schemas.xmlsoap.org/wsdl/", "operation");
        Map<String, Element> types = complexTypes(schemas.toString());
        for (int i = 0; i < ops.getLength(); i++) {
            Element op = (Element) ops.item(i);
            if (!"portType".equals(op.getParentNode().getLocalName())) {
                continue;
            }
            String name = op.getAttribute("name");
            List<String[]> params = new ArrayList<>();
            Element type = types.get(name);
            if (type != null) {
                NodeList elements = type.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "element");
                for (int j = 0; j < elements.getLength(); j++) {
                    Element e = (Element) elements.item(j);
                    String t = e.getAttribute("type");
                    Element complex = types.get(t.substring(t.indexOf(':') + 1));
                    String members = null;
                    if (complex != null) {
                        List<String> names = new ArrayList<>();
                        NodeList inner = complex.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "element");
                        for (int k = 0; k < inner.getLength(); k++) {
                            names.add(((Element) inner.item(k)).getAttribute("name"));
                        }
                        members = String.join(",", names);
                    }
                    params.add(new String[]{e.getAttribute("name"), t, members});
                }
            }
            operations.put(name, params);
        }
        assertTrue(!operations.isEmpty(), service + " lists no operation");
        return new Wsdl(ns.group(1), operations);
    }

    private static Map<String, Element> complexTypes(String schemas) throws Exception {
        Map<String, Element> types = new LinkedHashMap<>();
        Matcher docs = Pattern.compile("<\\?xml[^>]*>").matcher(schemas);
        List<Integer> starts = new ArrayList<>();
        while (docs.find()) {
            starts.add(docs.start());
        }
        starts.add(schemas.length());
        for (int i = 0; i < starts.size() - 1; i++) {
            Document doc = parse(schemas.substring(starts.get(i), starts.get(i + 1)));
            NodeList list = doc.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "complexType");
            for (int j = 0; j < list.getLength(); j++) {
                Element e = (Element) list.item(j);
                if (!e.getAttribute("name").isEmpty()) {
                    types.put(e.getAttribute("name"), e);
                }
            }
        }
        return types;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(path.startsWith("http") ? URI.create(path)
                : Deployments.baseUri().resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    private static String envelope(String ns, String operation, String content) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soap:Envelope xmlns:soap=\"" + SOAP_NS + "\" xmlns:c=\""
                + ns + "\"><soap:Body><c:" + operation + ">" + content + "</c:" + operation
                + "></soap:Body></soap:Envelope>";
    }

    private HttpResponse<String> soap(String service, String body) throws Exception {
        return soap(service, body.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> soap(String service, byte[] body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(Deployments.baseUri().resolve("ws/" + service))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", service.startsWith("ServiceRecord") ? INSTITUTION : PARTNER)
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void expectClientFault(String what, HttpResponse<String> r) {
        String body = r.body() == null ? "" : r.body();
        if (r.statusCode() == 200 && ALL_ITEMS_REJECTED_SOAP.matcher(body).find()
                && !body.contains("<received>0</received>")) {
            leaks(what, body);
            return;
        }
        Matcher code = Pattern.compile("<faultcode[^>]*>([^<]*)</faultcode>").matcher(body);
        if (!code.find() || !code.group(1).endsWith("Client")) {
            problems.add(what + " -> " + r.statusCode() + " " + (body.length() > 2000 ? shorten(body) : body));
            return;
        }
        leaks(what, body);
    }

    // ---------------------------------------------------------------- shared

    private void stackTraces(String what, String body) {
        for (String leak : List.of("Exception", "at cn.xndpf", "at java.", "SELECT ", "jdbc")) {
            if (body != null && body.contains(leak)) {
                problems.add(what + ": the answer shows " + leak + ": " + shorten(body));
            }
        }
    }

    private void leaks(String what, String body) {
        for (String leak : LEAKS) {
            if (body.contains(leak)) {
                problems.add(what + ": the answer shows " + leak + ": " + shorten(body));
            }
        }
    }

    /** A value for a parameter that is well formed but names nothing (so a refusal is never a success). */
    private static String baseline(String name) {
        return switch (name) {
            case "month" -> "2026-01";
            case "division", "divisionCode" -> "630102";
            case "periodType" -> "YEAR";
            case "periodStart" -> "2025-01-01";
            case "idNumber" -> unknownId();
            case "dateOfDeath", "effectiveDate" -> "2026-01-01";
            case "status" -> "DIBAO";
            case "change" -> "GRANTED";
            case "format" -> "csv";
            default -> "x";
        };
    }

    private static String unknownId() {
        return TestIds.valid("630102", true);
    }

    private static void institutionPartner() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(Deployments.baseUri().resolve("it/row-counts"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        // signed in once before the corpus, so that its credentials are known to work
        HttpResponse<String> signIn = HTTP.send(HttpRequest.newBuilder(Deployments.baseUri()
                        .resolve("api/v1/service-records?month=2026-01")).header("Authorization", INSTITUTION).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, signIn.statusCode(), signIn.body());
    }

    private Map<String, Long> counts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String line : get("it/row-counts").split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                counts.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1)));
            }
        }
        return counts;
    }

    private static String xmlEscape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                default -> {
                    // characters XML 1.0 cannot carry at all are sent as they are: not well-formed, refused
                    b.append(c);
                }
            }
        }
        return b.toString();
    }

    private static String shorten(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 160 ? one.substring(0, 160) + "...(" + one.length() + " chars)" : one;
    }
}
