package th.wastebank.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import th.wastebank.json.CanonicalJson;

/**
 * A staff member's browser, for tests of the dashboard: the account is made through the operator
 * API, signed in through the real sign-in form (its double-submit CSRF cookie and hidden field),
 * and every later request carries the session cookie. Redirects are not followed, so a test sees them.
 */
public final class StaffClient {
    public static final String PASSWORD = "a-long-test-password";
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("^([^=;]+)=([^;]*)");

    private final String base;
    private final String username;
    private final String session;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    private StaffClient(String base, String username, String session) {
        this.base = base;
        this.username = username;
        this.session = session;
    }

    /** An answer with its raw bytes (PDF, XLSX, CSV) and its text. */
    public record Response(int status, byte[] bytes, HttpResponse<byte[]> raw) {
        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse("");
        }
    }

    /**
     * Creates a staff account ({@code role} ORG, DISTRICT, PROVINCE or NATIONAL, {@code scope} its
     * code) and signs it in.
     */
    public static StaffClient signIn(Api api, String role, String scope) {
        String username = "staff-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("displayName", "เจ้าหน้าที่ทดสอบ " + role);
        body.put("password", PASSWORD);
        body.put("role", role);
        if (scope != null) {
            body.put("scope", scope);
        }
        Api.Response created = api.post("/api/v1/admin/staff", CanonicalJson.write(body), api.adminToken());
        if (created.status() != 201) {
            throw new AssertionError("staff account: " + created.status() + " " + created.body());
        }
        StaffClient anonymous = new StaffClient(api.base(), username, null);
        Response form = anonymous.get("/login");
        String loginCookie = cookie(form.raw(), "wb_login_csrf");
        String token = csrfIn(form.body());
        Response signedIn = anonymous.send(HttpRequest.newBuilder(URI.create(api.base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "wb_login_csrf=" + loginCookie)
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", PASSWORD,
                        "_csrf", token)))));
        if (signedIn.status() != 303) {
            throw new AssertionError("sign-in: " + signedIn.status() + " " + signedIn.body());
        }
        return new StaffClient(api.base(), username, cookie(signedIn.raw(), "wb_session"));
    }

    public String username() {
        return username;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form as it is given (add {@code _csrf} yourself, or leave it out to test the refusal). */
    public Response postForm(String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    /** The session's CSRF token, as a dashboard page ({@code pagePath}) carries it. */
    public String csrf(String pagePath) {
        Response page = get(pagePath);
        if (page.status() != 200) {
            throw new AssertionError(pagePath + ": " + page.status());
        }
        return csrfIn(page.body());
    }

    private Response send(HttpRequest.Builder request) {
        if (session != null) {
            request.header("Cookie", "wb_session=" + session);
        }
        try {
            HttpResponse<byte[]> r = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String csrfIn(String html) {
        Matcher m = CSRF_INPUT.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF field in the page: " + html);
        }
        return m.group(1);
    }

    private static String cookie(HttpResponse<?> response, String name) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher m = COOKIE.matcher(header);
            if (m.find() && m.group(1).strip().equals(name) && !m.group(2).isEmpty()) {
                return m.group(2);
            }
        }
        throw new AssertionError("no cookie " + name + " in " + response.headers().map());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
