package th.wastebank.server.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import th.wastebank.json.CanonicalJson;
import th.wastebank.sync.SyncOp;

/**
 * A plain HTTP client of the server's API (java.net.http, no Micronaut client), the way a phone or
 * curl talks to it.
 */
public final class Api {
    private static final JsonMapper JSON = JsonMapper.createDefault();
    private final String base;
    private final String adminToken;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public Api(String base, String adminToken) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.adminToken = adminToken;
    }

    /** A paired device of an org. */
    public record Device(UUID deviceId, String token, String orgCode) {
    }

    public record Response(int status, String body, HttpResponse<String> raw) {
        public Map<String, Object> json() {
            return parse(body);
        }

        public String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> results() {
            return (List<Map<String, Object>>) json().get("results");
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> parse(String json) {
        try {
            return (Map<String, Object>) JSON.readValue(json, Argument.of(Object.class));
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    public Response get(String path, String bearer) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), bearer);
    }

    public Response post(String path, String body, String bearer) {
        return postTyped(path, body, "application/json", bearer);
    }

    public Response postTyped(String path, String body, String contentType, String bearer) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), bearer);
    }

    public Response send(HttpRequest.Builder request, String bearer) {
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String pairingCode(String orgCode) {
        Response r = post("/api/v1/admin/orgs/" + orgCode + "/pairing-codes", "", adminToken);
        if (r.status() != 201) {
            throw new AssertionError("pairing code: " + r.status() + " " + r.body());
        }
        return (String) r.json().get("code");
    }

    /** Tries to pair with {@code code}, whatever the answer. */
    public Response pairWith(String code, String deviceName) {
        return post("/api/v1/devices/pair", CanonicalJson.write(Map.of("code", code, "deviceName", deviceName)), null);
    }

    public Device pair(String orgCode) {
        return pair(orgCode, "โทรศัพท์ทดสอบ");
    }

    /** Pairs a phone that calls itself {@code deviceName} (the name officers see). */
    public Device pair(String orgCode, String deviceName) {
        Response r = pairWith(pairingCode(orgCode), deviceName);
        if (r.status() != 200) {
            throw new AssertionError("pair: " + r.status() + " " + r.body());
        }
        Map<String, Object> j = r.json();
        return new Device(UUID.fromString((String) j.get("deviceId")), (String) j.get("token"), orgCode);
    }

    /** Creates a staff account through the operator API ({@code role} ORG, DISTRICT, PROVINCE or NATIONAL). */
    public void createStaff(String username, String displayName, String password, String role, String scope) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("displayName", displayName);
        body.put("password", password);
        body.put("role", role);
        if (scope != null) {
            body.put("scope", scope);
        }
        Response r = post("/api/v1/admin/staff", CanonicalJson.write(body), adminToken);
        if (r.status() != 201) {
            throw new AssertionError("staff " + username + ": " + r.status() + " " + r.body());
        }
    }

    public static String pushBody(Device device, List<SyncOp> ops) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deviceId", device.deviceId().toString());
        body.put("ops", ops.stream().map(SyncOp::toJson).toList());
        return CanonicalJson.write(body);
    }

    public Response push(Device device, List<SyncOp> ops) {
        return post("/api/v1/sync/push", pushBody(device, ops), device.token());
    }

    /** Pushes and insists on 200; returns the per-op statuses in order. */
    public List<String> pushStatuses(Device device, List<SyncOp> ops) {
        Response r = push(device, ops);
        if (r.status() != 200) {
            throw new AssertionError("push: " + r.status() + " " + r.body());
        }
        return r.results().stream().map(m -> (String) m.get("status")).toList();
    }

    public Response pull(Device device, String cursor, int limit) {
        return get("/api/v1/sync/pull?cursor=" + cursor + "&limit=" + limit, device.token());
    }

    public String base() {
        return base;
    }

    public String adminToken() {
        return adminToken;
    }
}
