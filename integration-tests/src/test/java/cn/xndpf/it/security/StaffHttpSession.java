package cn.xndpf.it.security;

import cn.xndpf.it.Deployments;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A staff member's browser reduced to HTTP: cookies kept, redirects not followed (so each answer can be
 * looked at), the login form posted as the JSF page would post it.
 */
final class StaffHttpSession {

    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"login\"[^>]*action=\"([^\"]*)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(Deployments.baseUri().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Posts the login form; the answer (a redirect when the sign-in succeeded). */
    HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("login.xhtml");
        if (page.statusCode() != 200) {
            throw new IllegalStateException("login page answered " + page.statusCode());
        }
        Map<String, String> form = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(page.body());
        while (hidden.find()) {
            Matcher n = NAME.matcher(hidden.group());
            Matcher v = VALUE.matcher(hidden.group());
            if (n.find()) {
                form.put(n.group(1), v.find() ? v.group(1).replace("&amp;", "&") : "");
            }
        }
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "");
        Matcher action = FORM_ACTION.matcher(page.body());
        if (!action.find()) {
            throw new IllegalStateException("no login form on " + page.body());
        }
        URI target = Deployments.baseUri().resolve(action.group(1).replace("&amp;", "&"));
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(target).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The session cookie's value, or null. */
    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** A session that presents only this session id (as someone who planted or stole it would). */
    static StaffHttpSession withSessionId(String id) {
        StaffHttpSession s = new StaffHttpSession();
        HttpCookie cookie = new HttpCookie("JSESSIONID", id);
        cookie.setPath(Deployments.baseUri().getPath());
        cookie.setVersion(0);
        s.cookies.getCookieStore().add(Deployments.baseUri(), cookie);
        return s;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static boolean toLogin(HttpResponse<String> r) {
        return r.statusCode() / 100 == 3 && r.headers().firstValue("Location").orElse("").contains("login.xhtml");
    }
}
