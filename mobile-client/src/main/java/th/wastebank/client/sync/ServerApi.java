package th.wastebank.client.sync;

import java.io.IOException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import th.wastebank.json.CanonicalJson;
import th.wastebank.json.JsonText;
import th.wastebank.sync.OpResult;
import th.wastebank.sync.OpStatus;
import th.wastebank.sync.OrgRef;
import th.wastebank.sync.PairResponse;
import th.wastebank.sync.PullPage;
import th.wastebank.sync.Reason;
import th.wastebank.sync.SyncOp;

/**
 * The sync server's device API over HTTP. Only a JSON answer of the expected shape counts: a 200
 * from a captive portal or a proxy's error page is a {@link ServerException}, never a success.
 */
public final class ServerApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final Duration timeout;

    public ServerApi(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The answer to a push: one result per op, in order, and the server's op-log epoch (or null). */
    public record Pushed(List<OpResult> results, String serverEpoch) {
    }

    /** True when the server answers its health check. */
    public boolean reachable(String baseUrl) {
        try {
            checkReachable(baseUrl);
            return true;
        } catch (ServerException e) {
            return false;
        }
    }

    /**
     * Asks the server's health check.
     *
     * @throws ServerException NO_SIGNAL without a network, UNREACHABLE when the server does not answer UP
     */
    public void checkReachable(String baseUrl) throws ServerException {
        HttpResponse<String> r;
        try {
            r = http.send(HttpRequest.newBuilder(uri(baseUrl, "/health"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ServerException(unreachable(e), e.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerException(ServerException.Kind.UNREACHABLE, "interrupted", e);
        }
        if (r.statusCode() != 200 || !r.body().contains("\"UP\"")) {
            throw new ServerException(ServerException.Kind.UNREACHABLE, "health answered HTTP " + r.statusCode(), null);
        }
    }

    public PairResponse pair(String baseUrl, String code, String deviceName) throws ServerException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("deviceName", deviceName);
        Map<String, Object> r = exchange(HttpRequest.newBuilder(uri(baseUrl, "/api/v1/devices/pair"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(CanonicalJson.write(body), StandardCharsets.UTF_8)), null);
        if (!(r.get("deviceId") instanceof String id) || !(r.get("token") instanceof String token) || token.isBlank()
                || !(r.get("org") instanceof Map<?, ?> org) || !(org.get("code") instanceof String orgCode)
                || !(org.get("nameTh") instanceof String orgName)) {
            throw new ServerException(ServerException.Kind.BAD_RESPONSE, "pairing answer without deviceId/token/org", null);
        }
        UUID deviceId;
        try {
            deviceId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ServerException(ServerException.Kind.BAD_RESPONSE, "pairing answer with a malformed deviceId", e);
        }
        return new PairResponse(deviceId, token, new OrgRef(orgCode, orgName, text(org.get("districtTh")),
                text(org.get("provinceTh"))), text(r.get("receiptCode")));
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }

    /**
     * Sends ops, each payload exactly as stored in the outbox; returns one result per op, in order.
     */
    public Pushed push(String baseUrl, String token, UUID deviceId, List<SyncOp> ops)
            throws ServerException {
        Map<String, Object> r = exchange(HttpRequest.newBuilder(uri(baseUrl, "/api/v1/sync/push"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(SyncOp.pushBody(deviceId, ops), StandardCharsets.UTF_8)),
                token);
        if (!(r.get("results") instanceof List<?> list) || list.size() != ops.size()) {
            throw new ServerException(ServerException.Kind.BAD_RESPONSE, "push answer without one result per op", null);
        }
        List<OpResult> results = new ArrayList<>(list.size());
        for (Object o : list) {
            Map<?, ?> m = (Map<?, ?>) o;
            OpStatus status;
            try {
                status = OpStatus.valueOf(String.valueOf(m.get("status")));
            } catch (IllegalArgumentException e) {
                throw new ServerException(ServerException.Kind.BAD_RESPONSE, "unknown op status " + m.get("status"), e);
            }
            Map<?, ?> reason = (Map<?, ?>) m.get("reason");
            Object opId = m.get("opId");
            results.add(new OpResult(opId == null ? null : UUID.fromString(opId.toString()), status,
                    reason == null ? null : new Reason((String) reason.get("code"), (String) reason.get("message"),
                            (String) reason.get("messageTh"), (String) reason.get("field"))));
        }
        return new Pushed(results, text(r.get("serverEpoch")));
    }

    /**
     * Whether the org already holds the photo ({@code HEAD /api/v1/photos/{sha256}}): a phone asks
     * before uploading, so no photo is sent twice. A 200 that says it is something other than a
     * picture (a captive portal's HTML page) is a {@link ServerException}, never a reason to skip an
     * upload; the server's own answer to HEAD carries an image type or none.
     */
    public boolean photoExists(String baseUrl, String token, String sha256) throws ServerException {
        HttpResponse<Void> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri(baseUrl, "/api/v1/photos/" + sha256))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).timeout(timeout)
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new ServerException(ServerException.Kind.UNREACHABLE, e.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerException(ServerException.Kind.UNREACHABLE, "interrupted", e);
        }
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status == 200 && (type.isEmpty() || type.startsWith("image/"))) {
            return true;
        }
        if (status == 404) {
            return false;
        }
        if (status == 401) {
            throw new ServerException(ServerException.Kind.UNAUTHORIZED, "photo check answered 401", null);
        }
        throw new ServerException(status >= 500 ? ServerException.Kind.UNREACHABLE : ServerException.Kind.BAD_RESPONSE,
                "photo check answered HTTP " + status + " " + type, null);
    }

    /** A page of changes, each payload kept as the text the server stored (never parsed and written again here). */
    public PullPage pull(String baseUrl, String token, String cursor, int limit) throws ServerException {
        Map<String, Object> r = exchange(HttpRequest.newBuilder(
                uri(baseUrl, "/api/v1/sync/pull?cursor=" + cursor + "&limit=" + limit)).GET(), token,
                PullPage.RAW_MEMBER);
        try {
            return PullPage.read(r);
        } catch (IllegalArgumentException e) {
            throw new ServerException(ServerException.Kind.BAD_RESPONSE, "pull answer of the wrong shape", e);
        }
    }

    /**
     * The number of every member of the org (ADR 0014), by member id: for members this phone pulled
     * before the server gave numbers, whose pulled registrations carry none.
     */
    public Map<UUID, Long> memberNumbers(String baseUrl, String token) throws ServerException {
        Map<String, Object> r = exchange(HttpRequest.newBuilder(uri(baseUrl, "/api/v1/members/numbers")).GET(), token);
        Map<UUID, Long> out = new HashMap<>();
        try {
            ((Map<?, ?>) r.get("numbers")).forEach((id, n) -> out.put(UUID.fromString((String) id),
                    ((Number) n).longValue()));
        } catch (RuntimeException e) {
            throw new ServerException(ServerException.Kind.BAD_RESPONSE, "member numbers of the wrong shape", e);
        }
        return out;
    }

    private Map<String, Object> exchange(HttpRequest.Builder request, String token) throws ServerException {
        return exchange(request, token, null);
    }

    /** @param raw the member of the answer kept as its text (null: none) */
    @SuppressWarnings("unchecked")
    private Map<String, Object> exchange(HttpRequest.Builder request, String token, String raw)
            throws ServerException {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.timeout(timeout).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ServerException(unreachable(e), e.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerException(ServerException.Kind.UNREACHABLE, "interrupted", e);
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        Duration retryAfter = retryAfter(response);
        Object parsed = null;
        if (type.contains("json")) {
            try {
                parsed = raw == null ? JSON.readValue(response.body(), Object.class)
                        : JsonText.parse(response.body(), raw);
            } catch (IOException | IllegalArgumentException e) {
                parsed = null;
            }
        }
        if ((response.statusCode() == 429 || response.statusCode() == 503) && retryAfter != null) {
            Map<?, ?> problem = parsed instanceof Map<?, ?> p ? p : Map.of();
            String code = String.valueOf(problem.get("code"));
            throw new ServerException(ServerException.Kind.BUSY, code, null,
                    "HTTP " + response.statusCode() + " " + code + ", retry after " + retryAfter.toSeconds() + " s",
                    null, retryAfter);
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new ServerException(ServerException.Kind.BAD_RESPONSE,
                    "HTTP " + response.statusCode() + " with " + (type.isEmpty() ? "no content type" : type), null);
        }
        if (response.statusCode() >= 400) {
            String code = String.valueOf(map.get("code"));
            ServerException.Kind kind = response.statusCode() == 401 ? ServerException.Kind.UNAUTHORIZED
                    : response.statusCode() >= 500 ? ServerException.Kind.UNREACHABLE : ServerException.Kind.REFUSED;
            throw new ServerException(kind, code, (String) map.get("detailTh"),
                    "HTTP " + response.statusCode() + " " + code + ": " + map.get("detail"), null);
        }
        return (Map<String, Object>) map;
    }

    /**
     * No network at all (the name cannot be resolved, no route, the interface is down) is told
     * apart from a server that does not answer: the first needs a signal, the second the server's keeper.
     */
    static ServerException.Kind unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String msg = String.valueOf(t.getMessage());
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException
                    || t instanceof NoRouteToHostException || msg.contains("Network is unreachable")
                    || msg.contains("No route to host")) {
                return ServerException.Kind.NO_SIGNAL;
            }
        }
        return ServerException.Kind.UNREACHABLE;
    }

    /** The Retry-After header in seconds (the form the server writes), or null. */
    private static Duration retryAfter(HttpResponse<?> response) {
        try {
            return response.headers().firstValue("Retry-After").map(String::strip).map(Long::parseLong)
                    .map(s -> Duration.ofSeconds(Math.max(1, s))).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static URI uri(String baseUrl, String path) throws ServerException {
        String base = baseUrl == null ? "" : baseUrl.strip();
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        if (!base.startsWith("http://") && !base.startsWith("https://")) {
            throw new ServerException(ServerException.Kind.REFUSED, "bad-url",
                    "ที่อยู่เซิร์ฟเวอร์ต้องขึ้นต้นด้วย http:// หรือ https://", "not an http(s) URL: " + base, null);
        }
        try {
            return URI.create(base + path);
        } catch (IllegalArgumentException e) {
            throw new ServerException(ServerException.Kind.REFUSED, "bad-url", "ที่อยู่เซิร์ฟเวอร์ไม่ถูกต้อง",
                    "not a URL: " + base, e);
        }
    }
}
