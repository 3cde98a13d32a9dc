package th.wastebank.server.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** Single tus requests of one device, sent as they are (no client library deciding what to do next). */
public final class TusRequests {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;

    public TusRequests(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** POST: a new upload of {@code length} bytes declaring {@code sha256}. */
    public HttpResponse<String> create(long length, String sha256, String filename) throws IOException, InterruptedException {
        return send("POST", "/api/v1/uploads", Map.of("Upload-Length", Long.toString(length),
                "Upload-Metadata", "sha256 " + b64(sha256) + ",filename " + b64(filename)), null);
    }

    /** A new upload's path; fails unless it was created. */
    public String created(long length, String sha256, String filename) throws IOException, InterruptedException {
        HttpResponse<String> r = create(length, sha256, filename);
        if (r.statusCode() != 201) {
            throw new IllegalStateException("upload not created: " + r.statusCode() + " " + r.body());
        }
        return r.headers().firstValue("Location").orElseThrow();
    }

    public HttpResponse<String> patch(String location, long offset, byte[] bytes) throws IOException, InterruptedException {
        return send("PATCH", location, Map.of("Content-Type", "application/offset+octet-stream",
                "Upload-Offset", Long.toString(offset)), bytes);
    }

    /**
     * A PATCH on a raw socket announcing {@code contentLength} bytes of which only {@code first} are
     * sent: the connection stays open and quiet, as a phone's does when it changes cell. The caller
     * closes the socket (and may read the answer from it).
     */
    public Socket stalledPatch(String location, long offset, long contentLength, byte[] first) throws IOException {
        URI uri = URI.create(base);
        Socket socket = new Socket(uri.getHost(), uri.getPort());
        OutputStream out = socket.getOutputStream();
        out.write(("PATCH " + location + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nTus-Resumable: 1.0.0\r\n"
                + "Authorization: Bearer " + token + "\r\nContent-Type: application/offset+octet-stream\r\n"
                + "Upload-Offset: " + offset + "\r\nContent-Length: " + contentLength + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(first);
        out.flush();
        return socket;
    }

    /** The status line's first 12 characters ("HTTP/1.1 409") of the answer on a raw socket. */
    public static String statusOf(Socket socket, Duration wait) throws IOException {
        socket.setSoTimeout((int) wait.toMillis());
        return new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
    }

    public HttpResponse<String> terminate(String location) throws IOException, InterruptedException {
        return send("DELETE", location, Map.of(), null);
    }

    public HttpResponse<String> head(String location) throws IOException, InterruptedException {
        return send("HEAD", location, Map.of(), null);
    }

    /** The upload's offset as HEAD answers it; fails on any other answer than 200. */
    public long offset(String location) throws IOException, InterruptedException {
        HttpResponse<String> r = head(location);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HEAD answered " + r.statusCode());
        }
        return Long.parseLong(r.headers().firstValue("Upload-Offset").orElseThrow());
    }

    /** Creates an upload of the whole file and sends it in one PATCH; answers the PATCH. */
    public HttpResponse<String> upload(byte[] file, String filename) throws IOException, InterruptedException {
        return patch(created(file.length, Pictures.sha256(file), filename), 0, file);
    }

    public HttpResponse<byte[]> photo(String sha256) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/photos/" + sha256))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> send(String method, String path, Map<String, String> headers, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Tus-Resumable", "1.0.0").header("Authorization", "Bearer " + token);
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
