package th.wastebank.server.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The photo benchmark's link counts body bytes right, cuts where it is told, and rewrites the override. */
class ThrottledLinkTest {
    private HttpServer server;
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            long n;
            try (InputStream in = exchange.getRequestBody()) {
                n = in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException cut) {
                exchange.close();
                return;
            }
            seen.add(exchange.getRequestMethod() + " " + n + " "
                    + exchange.getRequestHeaders().getFirst("X-HTTP-Method-Override"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static int post(String url, byte[] body, boolean chunked) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(url + "/upload").openConnection();
        c.setRequestMethod("POST");
        c.setRequestProperty("X-HTTP-Method-Override", "PATCH");
        c.setDoOutput(true);
        if (chunked) {
            c.setChunkedStreamingMode(0);
        } else {
            c.setFixedLengthStreamingMode(body.length);
        }
        try (OutputStream out = c.getOutputStream()) {
            out.write(body);
        }
        int status = c.getResponseCode();
        c.disconnect();
        return status;
    }

    @Test
    void countsBodyBytesOfChunkedAndFixedLengthRequestsAndSendsTheOverrideOnAsPatch() throws Exception {
        try (ThrottledLink link = new ThrottledLink("127.0.0.1", server.getAddress().getPort(), 2_000_000, true)) {
            long t0 = System.nanoTime();
            assertEquals(204, post(link.url(), new byte[100_000], true));
            assertEquals(204, post(link.url(), new byte[30_000], false));
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(List.of("PATCH 100000 null", "PATCH 30000 null"), seen);
            assertEquals(130_000, link.upstreamBodyBytes());
            assertTrue(link.upstreamBytes() > 130_000, "heads and chunk framing count on the link too");
            assertTrue(seconds >= 130_000 / 2_000_000.0 - 0.01, "the link held the rate: " + seconds + " s");
        }
    }

    @Test
    void resetsTheConnectionThatCarriesTheChosenBodyByteAndLeavesOthersAlone() throws Exception {
        try (ThrottledLink link = new ThrottledLink("127.0.0.1", server.getAddress().getPort(), 50_000_000, false)) {
            link.cutAtBodyBytes(70_000);
            assertEquals(204, post(link.url(), new byte[50_000], true));
            assertThrows(IOException.class, () -> post(link.url(), new byte[50_000], true));
            assertEquals(70_000, link.upstreamBodyBytes());
            assertEquals(1, link.cutsMade());
            assertEquals(204, post(link.url(), new byte[40_000], true));
            assertEquals(110_000, link.upstreamBodyBytes());
            assertEquals(List.of("POST 50000 PATCH", "POST 40000 PATCH"), seen);
        }
    }
}
