package th.wastebank.client.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;

/**
 * The server's photo endpoints in miniature, with its rules: tus 1.0.0 creation with
 * {@code Upload-Length} and a {@code sha256} in {@code Upload-Metadata}, {@code HEAD} for the
 * offset, {@code PATCH} (or POST with {@code X-HTTP-Method-Override}) that must start at the
 * upload's offset (else 409), and {@code HEAD /api/v1/photos/{sha256}} answering 200 with an image
 * type once the org holds the photo. Bytes that arrived before a cut are kept, as the real server
 * keeps them. Faults are armed one at a time by the test.
 */
public final class FakeTus {
    private static final class Upload {
        final String sha256;
        final long length;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Upload(String sha256, long length) {
            this.sha256 = sha256;
            this.length = length;
        }
    }

    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();
    private final Map<String, byte[]> photos = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicLong bytesReceived = new AtomicLong();
    private final AtomicLong cutAfter = new AtomicLong(-1);
    private final AtomicInteger nextPatchStatus = new AtomicInteger();
    private volatile int refuseWith;
    private final AtomicInteger refusalsLeft = new AtomicInteger(-1);

    /** The org already holds this photo. */
    public void holds(String sha256, byte[] bytes) {
        photos.put(sha256, bytes);
    }

    /** The photo the org holds, or null. */
    public byte[] photo(String sha256) {
        return photos.get(sha256);
    }

    /** Every request line received, e.g. "HEAD /api/v1/photos/ab12…". */
    public List<String> requests() {
        return requests;
    }

    /** Body bytes received by PATCH requests, all uploads together. */
    public long bytesReceived() {
        return bytesReceived.get();
    }

    /** After {@code bytes} more PATCH body bytes (over any requests) arrived, the connection breaks. */
    public void breakLinkAfter(long bytes) {
        cutAfter.set(bytes);
    }

    /** The next PATCH is answered with this status (409 or 423) and changes nothing. */
    public void answerNextPatchWith(int status) {
        nextPatchStatus.set(status);
    }

    /** Completed uploads are refused with this status (415: not a picture), as the server does. */
    public void refuseCompletedUploadsWith(int status) {
        refusalsLeft.set(-1);
        refuseWith = status;
    }

    /** Only the next {@code times} completed uploads are refused with this status (damage on the way). */
    public void refuseCompletedUploadsWith(int status, int times) {
        refusalsLeft.set(times);
        refuseWith = status;
    }

    /** Forgets every unfinished upload, as the server does when they expire. */
    public void expireUploads() {
        uploads.clear();
    }

    void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        requests.add(method + " " + path);
        if (!("Bearer " + FakeServer.TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            drain(exchange);
            send(exchange, 401, Map.of());
            return;
        }
        if (path.startsWith("/api/v1/photos/")) {
            drain(exchange);
            String sha = path.substring("/api/v1/photos/".length());
            if (photos.containsKey(sha)) {
                exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
                send(exchange, 200, Map.of());
            } else {
                send(exchange, 404, Map.of());
            }
            return;
        }
        if (method.equals("POST") && path.equals("/api/v1/uploads")) {
            drain(exchange);
            String sha = metadata(exchange.getRequestHeaders().getFirst("Upload-Metadata")).get("sha256");
            String id = UUID.randomUUID().toString();
            uploads.put(id, new Upload(sha, Long.parseLong(exchange.getRequestHeaders().getFirst("Upload-Length"))));
            send(exchange, 201, Map.of("Location", "/api/v1/uploads/" + id, "Upload-Offset", "0"));
            return;
        }
        Upload u = uploads.get(path.substring(path.lastIndexOf('/') + 1));
        if (u == null) {
            drain(exchange);
            send(exchange, 404, Map.of());
            return;
        }
        if (method.equals("HEAD")) {
            send(exchange, 200, Map.of("Upload-Offset", Long.toString(u.bytes.size()),
                    "Upload-Length", Long.toString(u.length)));
            return;
        }
        boolean patch = method.equals("PATCH") || method.equals("POST")
                && "PATCH".equals(exchange.getRequestHeaders().getFirst("X-HTTP-Method-Override"));
        if (!patch) {
            drain(exchange);
            send(exchange, 405, Map.of());
            return;
        }
        int forced = nextPatchStatus.getAndSet(0);
        long offset = Long.parseLong(exchange.getRequestHeaders().getFirst("Upload-Offset"));
        if (forced != 0 || offset != u.bytes.size()) {
            drain(exchange);
            send(exchange, forced != 0 ? forced : 409, Map.of());
            return;
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                long budget = cutAfter.get();
                int keep = budget < 0 ? n : (int) Math.min(n, budget);
                synchronized (u) {
                    u.bytes.write(buf, 0, keep);
                }
                bytesReceived.addAndGet(keep);
                if (budget >= 0) {
                    cutAfter.set(budget - keep);
                    if (budget - keep <= 0) {
                        cutAfter.set(-1);
                        throw new IOException("the link broke");
                    }
                }
            }
        }
        if (u.bytes.size() == u.length) {
            uploads.values().remove(u);
            if (refuseWith != 0 && refusalsLeft.getAndUpdate(n -> n > 0 ? n - 1 : n) != 0) {
                send(exchange, refuseWith, Map.of());
                return;
            }
            photos.put(u.sha256, u.bytes.toByteArray());
        }
        send(exchange, 204, Map.of("Upload-Offset", Long.toString(u.bytes.size())));
    }

    private static Map<String, String> metadata(String header) {
        Map<String, String> out = new HashMap<>();
        for (String pair : header.split(",")) {
            String[] kv = pair.strip().split(" ", 2);
            out.put(kv[0], kv.length < 2 ? "" : new String(Base64.getDecoder().decode(kv[1]), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static void drain(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
        }
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers) throws IOException {
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.getResponseHeaders().set("Tus-Resumable", "1.0.0");
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }
}
