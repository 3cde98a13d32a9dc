package th.wastebank.client.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import th.wastebank.validation.ReasonCode;

/**
 * A small stand-in for the sync server, on the JDK's HTTP server, answering with the real
 * server's shapes: {@code POST /api/v1/devices/pair} with a PairResponse or an
 * {@code application/problem+json} problem, {@code GET /health} with {"status":"UP"}. Pushes and
 * pulls are answered only when a test asks for it (the screenshot tool); otherwise they get the
 * server's {@code not-found} problem, so the client's sync engine reports an error as it would.
 * Photo uploads are answered by {@link FakeTus}.
 */
public final class FakeServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String DEVICE_ID = "019ab0c4-5e1f-7a2b-8c3d-4e5f6a7b8c9d";
    public static final String TOKEN = "wbd_test_0123456789abcdef0123456789abcdef";

    private record Answer(int status, String contentType, String body) {
    }

    private final HttpServer http;
    private volatile Answer pairAnswer;
    private volatile Function<Map<String, Object>, ReasonCode> pushDecision;
    private volatile Answer syncAnswer;
    private volatile String syncRetryAfter;
    private final List<String> pairRequests = new CopyOnWriteArrayList<>();
    private final List<String> pushedOpIds = new CopyOnWriteArrayList<>();
    private final List<String> pullCursors = new CopyOnWriteArrayList<>();
    private volatile String epoch;
    private volatile Instant time;
    private volatile long head = Long.MAX_VALUE;
    private final FakeTus tus = new FakeTus();
    private volatile String memberNumbers;
    private final List<String> memberNumberRequests = new CopyOnWriteArrayList<>();

    private FakeServer(HttpServer http) {
        this.http = http;
        pairsWith("360903", "อบต.นายางกลัก", "เทพสถิต", "ชัยภูมิ");
    }

    public static FakeServer start() throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        FakeServer server = new FakeServer(http);
        http.createContext("/", server::handle);
        http.start();
        return server;
    }

    public String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    /** Pairing succeeds for any code, for this org (the real PairResponse shape). */
    public void pairsWith(String orgCode, String nameTh, String districtTh, String provinceTh) {
        pairAnswer = new Answer(200, "application/json", "{\"deviceId\":\"" + DEVICE_ID + "\",\"token\":\"" + TOKEN
                + "\",\"org\":{\"code\":\"" + orgCode + "\",\"nameTh\":\"" + nameTh + "\",\"districtTh\":\""
                + districtTh + "\",\"provinceTh\":\"" + provinceTh + "\"},\"receiptCode\":\"AA\"}");
    }

    /** Pairing is refused with a problem document exactly as the real server writes it. */
    public void refusesPairing(int status, String code, String title, String detail, String detailTh) {
        pairAnswer = new Answer(status, "application/problem+json", "{\"type\":\"urn:wastebank:problem:" + code
                + "\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\",\"code\":\""
                + code + "\",\"detailTh\":\"" + detailTh + "\"}");
    }

    /** Pairing gets whatever a misconfigured address would answer (a captive portal's page, say). */
    public void answersPairingWith(int status, String contentType, String body) {
        pairAnswer = new Answer(status, contentType, body);
    }

    /**
     * Pushes are answered op by op: APPLIED, or REJECTED with the reason {@code decision} gives
     * for that op (null: applied). Pulls then answer "nothing new".
     */
    public void acceptsPushes(Function<Map<String, Object>, ReasonCode> decision) {
        pushDecision = decision;
    }

    /**
     * Pushes and pulls get this problem, as the real server writes it (401 token-revoked, 429
     * with Retry-After…); {@code retryAfter} null sends no Retry-After header.
     */
    public void refusesSync(int status, String code, String detailTh, String retryAfter) {
        syncRetryAfter = retryAfter;
        syncAnswer = new Answer(status, "application/problem+json", "{\"type\":\"urn:wastebank:problem:" + code
                + "\",\"title\":\"Refused\",\"status\":" + status + ",\"detail\":\"Refused\",\"code\":\""
                + code + "\",\"detailTh\":\"" + detailTh + "\"}");
    }

    /** Push and pull answers name this op-log epoch (null: none, like a server before ADR 0009). */
    public void answersEpoch(String serverEpoch) {
        epoch = serverEpoch;
    }

    /** Pull answers carry this as the server's clock (null: none, like a server before it sent one). */
    public void answersTime(Instant serverTime) {
        time = serverTime;
    }

    /** A pull after {@code lastChange} is answered 409 cursor-ahead, as by a server restored from an older backup. */
    public void endsAt(long lastChange) {
        head = lastChange;
    }

    /** The opIds of every pushed op, in the order received (a resend appears again). */
    public List<String> pushedOpIds() {
        return pushedOpIds;
    }

    /** The cursor of every pull, in order. */
    public List<String> pullCursors() {
        return pullCursors;
    }

    /** The tus endpoint and the org's photos (answered from the start, like the real server). */
    public FakeTus tus() {
        return tus;
    }

    /** The bodies of the pairing requests received, in order. */
    /** Answers {@code GET /api/v1/members/numbers} with these numbers (by member id), as the real server does. */
    public void answersMemberNumbers(Map<String, Long> numbers) throws IOException {
        memberNumbers = JSON.writeValueAsString(Map.of("numbers", numbers));
    }

    /** The bearer tokens of the member-number requests received. */
    public List<String> memberNumberRequests() {
        return memberNumberRequests;
    }

    public List<String> pairRequests() {
        return pairRequests;
    }

    @SuppressWarnings("unchecked")
    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.startsWith("/api/v1/uploads") || path.startsWith("/api/v1/photos/")) {
            tus.handle(exchange);
            return;
        }
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (method.equals("GET") && path.equals("/health")) {
            send(exchange, new Answer(200, "application/json", "{\"status\":\"UP\"}"));
        } else if (method.equals("POST") && path.equals("/api/v1/devices/pair")) {
            pairRequests.add(body);
            send(exchange, pairAnswer);
        } else if (syncAnswer != null && path.startsWith("/api/v1/sync/")) {
            if (syncRetryAfter != null) {
                exchange.getResponseHeaders().set("Retry-After", syncRetryAfter);
            }
            send(exchange, syncAnswer);
        } else if (pushDecision != null && method.equals("POST") && path.equals("/api/v1/sync/push")) {
            Map<String, Object> push = JSON.readValue(body, Map.class);
            List<Map<String, Object>> results = new ArrayList<>();
            for (Map<String, Object> op : (List<Map<String, Object>>) push.get("ops")) {
                pushedOpIds.add(String.valueOf(op.get("opId")));
                ReasonCode refused = pushDecision.apply(op);
                results.add(refused == null ? Map.of("opId", op.get("opId"), "status", "APPLIED")
                        : Map.of("opId", op.get("opId"), "status", "REJECTED", "reason", Map.of("code", refused.name(),
                        "message", refused.messageEn(null), "messageTh", refused.messageTh(null))));
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("results", results);
            if (epoch != null) {
                answer.put("serverEpoch", epoch);
            }
            send(exchange, new Answer(200, "application/json", JSON.writeValueAsString(answer)));
        } else if (pushDecision != null && method.equals("GET") && path.equals("/api/v1/sync/pull")) {
            String query = exchange.getRequestURI().getQuery();
            String cursor = query.replaceAll(".*cursor=([^&]*).*", "$1");
            pullCursors.add(cursor);
            if (Long.parseLong(cursor) > head) {
                send(exchange, new Answer(409, "application/problem+json", "{\"type\":\"urn:wastebank:problem:"
                        + "cursor-ahead\",\"title\":\"Cursor ahead of the server\",\"status\":409,\"detail\":\"ahead\","
                        + "\"code\":\"cursor-ahead\",\"detailTh\":\"ข้อมูลบนเครื่องไม่ตรงกับเซิร์ฟเวอร์ จะดึงข้อมูลใหม่ทั้งหมด\"}"));
                return;
            }
            send(exchange, new Answer(200, "application/json", "{\"changes\":[],\"nextCursor\":\"" + cursor
                    + "\",\"hasMore\":false" + (epoch == null ? "" : ",\"serverEpoch\":\"" + epoch + "\"")
                    + (time == null ? "" : ",\"serverNow\":\"" + time + "\"") + "}"));
        } else if (memberNumbers != null && method.equals("GET") && path.equals("/api/v1/members/numbers")) {
            memberNumberRequests.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            send(exchange, new Answer(200, "application/json", memberNumbers));
        } else {
            send(exchange, new Answer(404, "application/problem+json", "{\"type\":\"urn:wastebank:problem:not-found\","
                    + "\"title\":\"Not found\",\"status\":404,\"detail\":\"Not found\",\"code\":\"not-found\","
                    + "\"detailTh\":\"ไม่พบข้อมูลที่ขอ\"}"));
        }
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
