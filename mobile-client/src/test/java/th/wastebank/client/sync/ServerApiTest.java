package th.wastebank.client.sync;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.f4b6a3.uuid.UuidCreator;

import th.wastebank.sync.PullPage;
import th.wastebank.sync.SyncOp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Answers that are not our API never count as success (captive portals, proxies, broken servers). */
class ServerApiTest {
    private HttpServer server;

    private String serve(int status, String contentType, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private final ServerApi api = new ServerApi(Duration.ofSeconds(5));

    /** An op to push; what it holds does not matter to the answers tested here. */
    private static SyncOp oneOp() {
        return new SyncOp(UuidCreator.getTimeOrderedEpoch(), 1, "member.upsert", UuidCreator.getTimeOrderedEpoch(), "{}",
                Instant.parse("2026-11-20T03:00:00Z"));
    }

    @Test
    void aPulledPayloadIsKeptAsTheServerStoredIt() throws IOException, ServerException {
        String payload = "{\"name\":\"นางสมศรี \\u0e01\",\"b\":1.50,\"a\":[ 1 ]}";
        String page = "{\"changes\":[{\"cursor\":1,\"type\":\"member.upsert\",\"entityId\":\""
                + UuidCreator.getTimeOrderedEpoch() + "\",\"payload\":" + payload + ",\"deviceId\":\""
                + UuidCreator.getTimeOrderedEpoch() + "\",\"recordedAt\":\"2026-11-20T03:00:00Z\","
                + "\"serverTime\":\"2026-11-20T03:00:01Z\"}],\"nextCursor\":\"1\",\"hasMore\":false,\"serverEpoch\":\"e\"}";
        String url = serve(200, "application/json", page);
        PullPage pulled = api.pull(url, "t", "0", 10);
        assertEquals(payload, pulled.changes().get(0).payloadJson());
        assertEquals(page, pulled.toWire());
    }

    @Test
    void aPageWithAChangeOfTheWrongShapeIsNotASuccessfulPull() throws IOException {
        String url = serve(200, "application/json", "{\"changes\":[{\"cursor\":1}],\"nextCursor\":\"1\","
                + "\"hasMore\":false}");
        assertEquals(ServerException.Kind.BAD_RESPONSE,
                assertThrows(ServerException.class, () -> api.pull(url, "t", "0", 10)).kind());
    }

    @Test
    void aCaptivePortalsLoginPageIsNotASuccessfulPush() throws IOException {
        String url = serve(200, "text/html", "<html><body>Login to FreeWiFi</body></html>");
        ServerException e = assertThrows(ServerException.class,
                () -> api.push(url, "t", UuidCreator.getTimeOrderedEpoch(), List.of(oneOp())));
        assertEquals(ServerException.Kind.BAD_RESPONSE, e.kind());
        assertFalse(api.reachable(url));
    }

    @Test
    void jsonOfTheWrongShapeIsNotASuccessfulPush() throws IOException {
        String url = serve(200, "application/json", "{\"results\":[]}");
        assertEquals(ServerException.Kind.BAD_RESPONSE, assertThrows(ServerException.class,
                () -> api.push(url, "t", UuidCreator.getTimeOrderedEpoch(), List.of(oneOp()))).kind());
    }

    @Test
    void anExpiredPairingCodeComesBackWithTheServersThaiReason() throws IOException {
        String url = serve(410, "application/problem+json", "{\"type\":\"urn:wastebank:problem:pairing-code-expired\","
                + "\"status\":410,\"code\":\"pairing-code-expired\",\"detail\":\"expired\","
                + "\"detailTh\":\"รหัสจับคู่หมดอายุแล้ว กรุณาขอรหัสใหม่จากเจ้าหน้าที่\"}");
        ServerException e = assertThrows(ServerException.class, () -> api.pair(url, "ABCD-EFGH", "เครื่อง"));
        assertEquals("pairing-code-expired", e.code());
        assertEquals("รหัสจับคู่หมดอายุแล้ว กรุณาขอรหัสใหม่จากเจ้าหน้าที่", e.messageTh());
    }

    @Test
    void aRevokedTokenIsUnauthorised() throws IOException {
        String url = serve(401, "application/problem+json", "{\"code\":\"token-revoked\",\"detailTh\":\"ยกเลิกแล้ว\"}");
        assertEquals(ServerException.Kind.UNAUTHORIZED, assertThrows(ServerException.class,
                () -> api.pull(url, "t", "0", 10)).kind());
    }

    @Test
    void anUnreachableServerOrABadAddressIsSaidInThai() {
        ServerException down = assertThrows(ServerException.class, () -> api.pull("http://127.0.0.1:9", "t", "0", 10));
        assertEquals(ServerException.Kind.UNREACHABLE, down.kind());
        ServerException typo = assertThrows(ServerException.class, () -> api.pull("192.168.1.5:8080", "t", "0", 10));
        assertEquals("ที่อยู่เซิร์ฟเวอร์ต้องขึ้นต้นด้วย http:// หรือ https://", typo.messageTh());
    }
}
