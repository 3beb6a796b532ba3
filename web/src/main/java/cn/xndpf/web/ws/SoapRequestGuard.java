package cn.xndpf.web.ws;

import cn.xndpf.web.partner.PartnerMessages;
import cn.xndpf.web.ws.employment.EmploymentPartnerEndpoint;
import cn.xndpf.web.ws.education.EnrolmentReportEndpoint;
import cn.xndpf.web.ws.institution.ServiceRecordEndpoint;
import cn.xndpf.web.ws.payment.PaymentRollEndpoint;
import cn.xndpf.web.ws.socialsecurity.SocialSecurityPartnerEndpoint;
import cn.xndpf.web.ws.statistics.StatisticsExportEndpoint;
import cn.xndpf.web.ws.subsidy.SubsidyPartnerEndpoint;
import jakarta.jws.WebMethod;
import jakarta.jws.WebService;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a SOAP request before the JAX-WS runtime does (SOAP 请求预检), so that what the runtime would read
 * without limit or parse with a DTD is refused first, as a {@code soap:Client} fault a partner's client does
 * not retry: a body larger than {@link #MAX_BYTES} (room for the largest bank return file, 10 MB, in base64),
 * a body that is not well-formed XML (invalid UTF-8 included), and any DTD (no entity expansion, no external
 * entity, whatever the runtime's parser would do with it), and a body whose element names no operation of the
 * service (the runtime's own dispatch then fails with a server fault naming a NullPointerException). A request that
 * passes goes on with its body as read.
 */
public final class SoapRequestGuard {

    /** 10 MB of return file is 13.4 MB of base64; the envelope around it is small. */
    public static final int MAX_BYTES = 14 * 1024 * 1024;
    /** How much of a too large body is read and thrown away, so the caller still gets the fault. */
    private static final long DRAIN_LIMIT = 100L * 1024 * 1024;

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();
    private static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";
    /** The partner SOAP services; a new one is added here (BadInputIT fails naming it until it is). */
    private static final List<Class<?>> ENDPOINTS = List.of(CertificateVerificationEndpoint.class,
            SubsidyPartnerEndpoint.class, PaymentRollEndpoint.class, StatisticsExportEndpoint.class,
            ServiceRecordEndpoint.class, EmploymentPartnerEndpoint.class,
            EnrolmentReportEndpoint.class, SocialSecurityPartnerEndpoint.class);
    /** Operations ({namespace}name) by service path, e.g. /ws/PaymentRollService. */
    private static final Map<String, Set<String>> OPERATIONS = operations();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    }

    private SoapRequestGuard() {
    }

    /**
     * The request to go on with (its body read and checked), or empty when a client fault has been written to
     * the response instead.
     */
    public static Optional<HttpServletRequest> check(HttpServletRequest request, HttpServletResponse response,
                                                     Locale locale) throws IOException {
        if (!"POST".equals(request.getMethod())) {
            return Optional.of(request);
        }
        String refusal = null;
        byte[] body = null;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getContentLengthLong() > MAX_BYTES) {
            drain(request.getInputStream());
            refusal = PartnerMessages.get("request.tooLarge", locale, MAX_BYTES / (1024 * 1024));
        } else {
            body = readAtMost(request.getInputStream());
            if (body == null) {
                refusal = PartnerMessages.get("request.tooLarge", locale, MAX_BYTES / (1024 * 1024));
            } else {
                String operation = operationOf(body);
                if (operation == null) {
                    refusal = PartnerMessages.get("request.invalidXml", locale);
                } else if (OPERATIONS.containsKey(path) && !OPERATIONS.get(path).contains(operation)) {
                    refusal = PartnerMessages.get("request.unknownOperation", locale);
                }
            }
        }
        if (refusal != null) {
            clientFault(response, refusal);
            return Optional.empty();
        }
        return Optional.of(new ReadBody(request, body));
    }

    /** The body, or null if it is longer than {@link #MAX_BYTES} (the rest is then drained). */
    private static byte[] readAtMost(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_BYTES) {
                drain(in);
                return null;
            }
        }
        return out.toByteArray();
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[65536];
        long total = 0;
        int n;
        while (total < DRAIN_LIMIT && (n = in.read(buffer)) > 0) {
            total += n;
        }
    }

    /**
     * The operation a well-formed body without a DTD asks for: {namespace}name of the SOAP 1.1 body's first
     * element, or "" when there is none (no body, an empty one, another envelope); null when the body is not
     * well-formed XML or has a DTD.
     */
    static String operationOf(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        String operation = "";
        boolean inBody = false;
        try {
            XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(body));
            try {
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                        return null;
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        if (inBody && operation.isEmpty()) {
                            operation = "{" + r.getNamespaceURI() + "}" + r.getLocalName();
                        }
                        inBody |= SOAP_11.equals(r.getNamespaceURI()) && "Body".equals(r.getLocalName());
                    }
                }
            } finally {
                r.close();
            }
            return operation;
        } catch (XMLStreamException | RuntimeException e) {
            return null;
        }
    }

    private static Map<String, Set<String>> operations() {
        Map<String, Set<String>> all = new HashMap<>();
        for (Class<?> endpoint : ENDPOINTS) {
            WebService service = endpoint.getAnnotation(WebService.class);
            Set<String> names = new HashSet<>();
            for (Method m : endpoint.getMethods()) {
                WebMethod op = m.getAnnotation(WebMethod.class);
                if (op != null && !op.exclude()) {
                    names.add("{" + service.targetNamespace() + "}"
                            + (op.operationName().isEmpty() ? m.getName() : op.operationName()));
                }
            }
            all.put("/ws/" + service.serviceName(), Set.copyOf(names));
        }
        return Map.copyOf(all);
    }

    private static void clientFault(HttpServletResponse response, String message) throws IOException {
        // SOAP 1.1 over HTTP: a fault is answered with status 500 whatever its code
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        response.setContentType("text/xml;charset=UTF-8");
        response.getOutputStream().write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body><S:Fault>"
                + "<faultcode>S:Client</faultcode><faultstring>" + escape(message) + "</faultstring>"
                + "</S:Fault></S:Body></S:Envelope>").getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The request with its body already read. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body has been read already");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            java.nio.charset.Charset charset = StandardCharsets.UTF_8;
            try {
                if (getCharacterEncoding() != null) {
                    charset = java.nio.charset.Charset.forName(getCharacterEncoding());
                }
            } catch (IllegalArgumentException unknown) {
                // the XML declaration decides for the runtime; UTF-8 otherwise
            }
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
