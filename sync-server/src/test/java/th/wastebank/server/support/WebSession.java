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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The dashboard as a browser without scripts sees it, over plain HTTP (java.net.http): it keeps the
 * cookies the server sets (and drops those it expires), follows no redirects, and posts forms.
 */
public final class WebSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public WebSession(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** One answer: its status, its bytes (a page, or a PDF, XLSX, CSV), and its headers. */
    public record Page(int status, byte[] bytes, HttpResponse<byte[]> raw) {
        /** The answer as UTF-8 text. */
        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse("");
        }

        public String location() {
            return raw.headers().firstValue("Location").orElse("");
        }

        /** The raw {@code Set-Cookie} header that sets {@code name}, or null. */
        public String setCookie(String name) {
            return raw.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith(name + "="))
                    .findFirst().orElse(null);
        }

        /** The first {@code _csrf} hidden field of the page. */
        public String csrf() {
            Matcher m = CSRF.matcher(body());
            if (!m.find()) {
                throw new AssertionError("no _csrf field in: " + body());
            }
            return m.group(1);
        }
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form ({@code application/x-www-form-urlencoded}) as it is given, token or not. */
    public Page post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** Fetches the sign-in form and sends it with its token; answers the form's response. */
    public Page signIn(String username, String password) {
        Page form = get("/login");
        return post("/login", Map.of("_csrf", form.csrf(), "username", username, "password", password, "next", ""));
    }

    /** Signs in and insists on being let in (a redirect to the home page). */
    public Page signInOk(String username, String password) {
        Page r = signIn(username, password);
        if (r.status() != 303 || r.location().startsWith("/login")) {
            throw new AssertionError("sign-in of " + username + " refused: " + r.status() + " " + r.body());
        }
        return r;
    }

    /** Sends this header with every later request (e.g. what a reverse proxy adds). */
    public WebSession header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    private Page send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<byte[]> r = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            remember(r.headers().allValues("Set-Cookie"));
            return new Page(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(List<String> setCookies) {
        for (String header : setCookies) {
            String[] parts = header.split(";");
            int eq = parts[0].indexOf('=');
            String name = parts[0].substring(0, eq).strip();
            String value = parts[0].substring(eq + 1).strip();
            boolean expired = value.isEmpty();
            for (int i = 1; i < parts.length; i++) {
                String attribute = parts[i].strip().toLowerCase(java.util.Locale.ROOT);
                if (attribute.equals("max-age=0") || attribute.startsWith("max-age=-")) {
                    expired = true;
                }
            }
            if (expired) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }
}
