package th.wastebank.server.photo;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import io.tus.java.client.ProtocolException;
import io.tus.java.client.TusClient;
import io.tus.java.client.TusURLMemoryStore;
import io.tus.java.client.TusUpload;
import io.tus.java.client.TusUploader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.FaultyProxy;
import th.wastebank.server.support.PictureBombs;
import th.wastebank.server.support.Pictures;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.TestOrgs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Photo uploads over tus 1.0.0, driven by the unmodified tus-java-client where a client is needed. */
@SharedServer
class TusUploadTest extends ServerTestBase {
    private static final int CHUNK = 64 * 1024;
    private static final int REQUEST = 256 * 1024;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private String org;
    private Api.Device device;

    @BeforeAll
    void pairAPhone() {
        org = TestOrgs.create("อบต.ส่งรูป");
        device = api().pair(org);
    }

    /** One tus-java-client attempt from the server's current offset; returns the bytes it sent. */
    private static long attempt(TusClient client, TusUpload upload) throws IOException, ProtocolException {
        TusUploader uploader = client.resumeOrCreateUpload(upload);
        uploader.setChunkSize(CHUNK);
        uploader.setRequestPayloadSize(REQUEST);
        long start = uploader.getOffset();
        try {
            while (uploader.uploadChunk() > -1) {
                // keep sending
            }
            uploader.finish();
            return uploader.getOffset() - start;
        } catch (IOException | ProtocolException e) {
            SentBeforeFailure failure = new SentBeforeFailure(uploader.getOffset() - start);
            failure.initCause(e);
            throw failure;
        }
    }

    /**
     * What an app does after a failure: ask the server's offset again (HEAD) and go on, a few times.
     * A request racing the one the link broke may be answered 409 or 423; the next attempt settles it.
     */
    private static long resumeUntilDone(TusClient client, TusUpload upload) throws Exception {
        long sent = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                return sent + attempt(client, upload);
            } catch (SentBeforeFailure f) {
                sent += f.sent;
                if (attempt == 4) {
                    throw f;
                }
            }
        }
    }

    /** Carries how far an attempt got when the link broke. */
    private static final class SentBeforeFailure extends IOException {
        final long sent;

        SentBeforeFailure(long sent) {
            super("link broke after " + sent + " bytes");
            this.sent = sent;
        }
    }

    private TusClient client(String base) throws IOException {
        TusClient client = new TusClient();
        client.setUploadCreationURL(new URL(base + "/api/v1/uploads"));
        client.setHeaders(Map.of("Authorization", "Bearer " + device.token()));
        client.enableResuming(new TusURLMemoryStore());
        return client;
    }

    private static TusUpload upload(Path file, byte[] bytes, String filename) throws IOException {
        TusUpload upload = new TusUpload(file.toFile());
        Map<String, String> meta = new HashMap<>();
        meta.put("filename", filename);
        meta.put("sha256", Pictures.sha256(bytes));
        upload.setMetadata(meta);
        return upload;
    }

    private HttpResponse<byte[]> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURI() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> raw(String method, String path, Map<String, String> headers, byte[] body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURI() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Tus-Resumable", "1.0.0").header("Authorization", "Bearer " + device.token());
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String create(long length, String sha256, String filename) throws Exception {
        HttpResponse<String> r = raw("POST", "/api/v1/uploads", Map.of("Upload-Length", Long.toString(length),
                "Upload-Metadata", "sha256 " + b64(sha256) + ",filename " + b64(filename)), null);
        assertEquals(201, r.statusCode(), r.body());
        return r.headers().firstValue("Location").orElseThrow();
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void optionsAdvertiseTheProtocol() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.getURI() + "/api/v1/uploads"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, r.statusCode());
        assertEquals("1.0.0", r.headers().firstValue("Tus-Version").orElseThrow());
        assertEquals("10485760", r.headers().firstValue("Tus-Max-Size").orElseThrow());
        assertTrue(r.headers().firstValue("Tus-Extension").orElseThrow().contains("checksum"));
        assertTrue(r.headers().firstValue("Tus-Checksum-Algorithm").orElseThrow().contains("sha1"));
    }

    @Test
    void anUnmodifiedTusClientIsCutOffResumesAndCompletes(@TempDir Path dir) throws Exception {
        byte[] photo = Pictures.noise("jpg", 900, 700, 1);
        Path file = Pictures.write(dir, "product.jpg", photo);
        TusUpload upload = upload(file, photo, "ตะกร้าจากถุงพลาสติก.jpg");
        try (FaultyProxy link = new FaultyProxy("127.0.0.1", server.getPort())) {
            TusClient client = client(link.url());
            client.resumeOrCreateUpload(upload).finish(false); // creation only, before the link breaks
            link.failNext(new FaultyProxy.CutRequest(photo.length / 3));
            assertThrows(SentBeforeFailure.class, () -> attempt(client, upload));
            resumeUntilDone(client, upload);
        }
        HttpResponse<byte[]> back = get("/api/v1/photos/" + Pictures.sha256(photo), device.token());
        assertEquals(200, back.statusCode());
        assertEquals("image/jpeg", back.headers().firstValue("Content-Type").orElseThrow());
        assertArrayEquals(photo, back.body());
        HttpResponse<byte[]> thumb = get("/api/v1/photos/" + Pictures.sha256(photo) + "?variant=thumb", device.token());
        assertEquals(200, thumb.statusCode());
        assertTrue(thumb.body().length < photo.length / 4);
    }

    @Test
    void aLinkCutAtRandomOffsetsResendsAtMostOneChunkPerCut(@TempDir Path dir) throws Exception {
        byte[] photo = Pictures.noise("jpg", 1100, 900, 2);
        Path file = Pictures.write(dir, "training.jpg", photo);
        TusUpload upload = upload(file, photo, "อบรม.jpg");
        Random random = new Random(99);
        long sent = 0;
        int cuts = 0;
        try (FaultyProxy link = new FaultyProxy("127.0.0.1", server.getPort())) {
            TusClient client = client(link.url());
            client.resumeOrCreateUpload(upload).finish(false);
            while (true) {
                boolean cut = cuts < 6;
                if (cut) {
                    link.failNext(new FaultyProxy.CutRequest(1_000 + random.nextInt(REQUEST / 2)));
                }
                try {
                    sent += attempt(client, upload);
                    break;
                } catch (SentBeforeFailure f) {
                    sent += f.sent;
                    cuts++;
                }
            }
            link.stopFaults();
        }
        // six cuts are planned; on a loaded machine an armed cut can outlive the attempt it was meant for
        // and end one more: every failed attempt still costs at most one chunk
        assertTrue(cuts >= 6 && cuts <= 7, "cuts " + cuts);
        long resent = sent - photo.length;
        assertTrue(resent <= (long) cuts * REQUEST, "re-sent " + resent + " bytes over " + cuts + " cuts");
        assertArrayEquals(photo, get("/api/v1/photos/" + Pictures.sha256(photo), device.token()).body());
    }

    @Test
    void aCorruptedChunkIsRefusedAndTheOffsetDoesNotMove() throws Exception {
        byte[] photo = Pictures.noise("png", 200, 200, 3);
        String location = create(photo.length, Pictures.sha256(photo), "x.png");
        byte[] first = java.util.Arrays.copyOf(photo, 1000);
        String goodSum = "sha1 " + Base64.getEncoder().encodeToString(
                java.security.MessageDigest.getInstance("SHA-1").digest(first));
        byte[] flipped = first.clone();
        flipped[500] ^= 0x01;
        HttpResponse<String> bad = raw("PATCH", location, Map.of("Content-Type", "application/offset+octet-stream",
                "Upload-Offset", "0", "Upload-Checksum", goodSum), flipped);
        assertEquals(460, bad.statusCode(), bad.body());
        assertEquals("0", raw("HEAD", location, Map.of(), null).headers().firstValue("Upload-Offset").orElseThrow());

        HttpResponse<String> good = raw("PATCH", location, Map.of("Content-Type", "application/offset+octet-stream",
                "Upload-Offset", "0", "Upload-Checksum", goodSum), first);
        assertEquals(204, good.statusCode(), good.body());
        assertEquals("1000", good.headers().firstValue("Upload-Offset").orElseThrow());
    }

    @Test
    void aWrongOffsetIsAConflictAndChangesNothing() throws Exception {
        byte[] photo = Pictures.noise("png", 100, 100, 4);
        String location = create(photo.length, Pictures.sha256(photo), "y.png");
        HttpResponse<String> r = raw("PATCH", location, Map.of("Content-Type", "application/offset+octet-stream",
                "Upload-Offset", "50"), java.util.Arrays.copyOf(photo, 10));
        assertEquals(409, r.statusCode());
        assertEquals("0", raw("HEAD", location, Map.of(), null).headers().firstValue("Upload-Offset").orElseThrow());
    }

    @Test
    void aPngNamedJpgIsStoredAsPng(@TempDir Path dir) throws Exception {
        byte[] png = Pictures.noise("png", 300, 200, 5);
        TusUpload upload = upload(Pictures.write(dir, "not-really.jpg", png), png, "not-really.jpg");
        attempt(client(server.getURI().toString()), upload);
        HttpResponse<byte[]> back = get("/api/v1/photos/" + Pictures.sha256(png), device.token());
        assertEquals("image/png", back.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", back.headers().firstValue("X-Content-Type-Options").orElseThrow());
    }

    @Test
    void aScriptOrAPolyglotDisguisedAsAPictureIsRefusedAndNothingIsStored() throws Exception {
        byte[] script = "<html><script>alert('x')</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] polyglot = new byte[600];
        polyglot[0] = (byte) 0xFF;
        polyglot[1] = (byte) 0xD8;
        polyglot[2] = (byte) 0xFF;
        System.arraycopy(script, 0, polyglot, 10, script.length);
        for (byte[] evil : new byte[][] {script, polyglot}) {
            String location = create(evil.length, Pictures.sha256(evil), "photo.jpg");
            HttpResponse<String> r = raw("PATCH", location, Map.of("Content-Type", "application/offset+octet-stream",
                    "Upload-Offset", "0"), evil);
            assertEquals(415, r.statusCode(), r.body());
            assertEquals(404, get("/api/v1/photos/" + Pictures.sha256(evil), device.token()).statusCode());
            assertEquals(404, raw("HEAD", location, Map.of(), null).statusCode(), "the upload was discarded");
        }
    }

    @Test
    void aLosslessWebPIsDecodedByItsOwnReaderAndKept() throws Exception {
        byte[] webp = PictureBombs.losslessWebP(300, 200, new byte[0]);
        String location = create(webp.length, Pictures.sha256(webp), "ภาพ.webp");
        HttpResponse<String> r = raw("PATCH", location, Map.of("Content-Type", "application/offset+octet-stream",
                "Upload-Offset", "0"), webp);
        assertEquals(204, r.statusCode(), r.body());
        HttpResponse<byte[]> thumb = get("/api/v1/photos/" + Pictures.sha256(webp) + "?variant=thumb", device.token());
        assertEquals(200, thumb.statusCode());
        assertEquals("image/jpeg", thumb.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void aPictureUnderTheSizeLimitWhoseDecodeWouldHoldTooMuchMemoryIsRefused() throws Exception {
        // 36 megapixels pass the size limit, but a lossless WebP is decoded whole: 144 MB > 128 MiB
        byte[] webp = PictureBombs.losslessWebP(6000, 6000, new byte[0]);
        String location = create(webp.length, Pictures.sha256(webp), "ใหญ่.webp");
        HttpResponse<String> r = raw("PATCH", location, Map.of("Content-Type", "application/offset+octet-stream",
                "Upload-Offset", "0"), webp);
        assertEquals(422, r.statusCode(), r.body());
        assertEquals("image-too-large", Api.parse(r.body()).get("code"));
        assertEquals(404, get("/api/v1/photos/" + Pictures.sha256(webp), device.token()).statusCode());
        assertEquals(404, raw("HEAD", location, Map.of(), null).statusCode(), "the upload was discarded");
    }

    @Test
    void aFileThatDoesNotHashToItsDeclaredSha256IsRefused() throws Exception {
        byte[] photo = Pictures.noise("png", 64, 64, 6);
        String location = create(photo.length, Pictures.sha256(new byte[] {1, 2, 3}), "z.png");
        HttpResponse<String> r = raw("PATCH", location, Map.of("Content-Type", "application/offset+octet-stream",
                "Upload-Offset", "0"), photo);
        assertEquals(422, r.statusCode(), r.body());
        assertEquals(404, get("/api/v1/photos/" + Pictures.sha256(photo), device.token()).statusCode());
    }

    @Test
    void anOversizedPhotoIsRefusedUpFront() throws Exception {
        HttpResponse<String> r = raw("POST", "/api/v1/uploads", Map.of("Upload-Length", "10485761",
                "Upload-Metadata", "sha256 " + b64("0".repeat(64))), null);
        assertEquals(413, r.statusCode());
        assertEquals("upload-too-large", Api.parse(r.body()).get("code"));
    }

    @Test
    void theSamePhotoFromTwoDevicesOfOneOrgIsStoredOnce(@TempDir Path dir) throws Exception {
        byte[] photo = Pictures.noise("jpg", 300, 300, 7);
        Api.Device second = api().pair(org);
        attempt(client(server.getURI().toString()), upload(Pictures.write(dir, "a.jpg", photo), photo, "a.jpg"));
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create(server.getURI() + "/api/v1/photos/"
                + Pictures.sha256(photo))).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + second.token()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode(), "the second phone learns the org already holds it");

        TusClient secondClient = new TusClient();
        secondClient.setUploadCreationURL(new URL(server.getURI() + "/api/v1/uploads"));
        secondClient.setHeaders(Map.of("Authorization", "Bearer " + second.token()));
        attempt(secondClient, upload(Pictures.write(dir, "b.jpg", photo), photo, "b.jpg"));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM photo p JOIN org o ON o.id = p.org_id WHERE o.code = ?"
                + " AND p.sha256 = ?", org, Pictures.sha256(photo)));
    }

    @Test
    void anotherOrgCanNeitherSeeNorTouchThisOrgsPhotosAndUploads(@TempDir Path dir) throws Exception {
        byte[] photo = Pictures.noise("jpg", 200, 150, 8);
        attempt(client(server.getURI().toString()), upload(Pictures.write(dir, "c.jpg", photo), photo, "c.jpg"));
        String pending = create(1000, Pictures.sha256(new byte[1000]), "pending.jpg");
        Api.Device other = api().pair(TestOrgs.create("อบต.ข้างเคียง"));

        assertEquals(404, get("/api/v1/photos/" + Pictures.sha256(photo), other.token()).statusCode());
        assertEquals(404, get("/api/v1/photos/" + Pictures.sha256(photo) + "?variant=thumb", other.token()).statusCode());
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create(server.getURI() + pending))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Tus-Resumable", "1.0.0")
                .header("Authorization", "Bearer " + other.token()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, head.statusCode());
        HttpResponse<String> patch = http.send(HttpRequest.newBuilder(URI.create(server.getURI() + pending))
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(new byte[10])).header("Tus-Resumable", "1.0.0")
                .header("Content-Type", "application/offset+octet-stream").header("Upload-Offset", "0")
                .header("Authorization", "Bearer " + other.token()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, patch.statusCode());
        assertEquals("0", raw("HEAD", pending, Map.of(), null).headers().firstValue("Upload-Offset").orElseThrow());
    }

    @Test
    void anAbandonedUploadExpires(@TempDir Path dir) throws Exception {
        String location = create(5000, Pictures.sha256(new byte[5000]), "left.jpg");
        Db.execute("UPDATE upload SET expires_at = UTC_TIMESTAMP(3) - INTERVAL 1 MINUTE WHERE id = UNHEX(REPLACE('"
                + location.substring(location.lastIndexOf('/') + 1) + "', '-', ''))");
        HttpResponse<String> gone = raw("HEAD", location, Map.of(), null);
        assertEquals(410, gone.statusCode());
        server.getApplicationContext().getBean(Uploads.class).expire();
        assertEquals(404, raw("HEAD", location, Map.of(), null).statusCode());
    }

    @Test
    void aRequestWithoutTheTusVersionIsRefused() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.getURI() + "/api/v1/uploads"))
                .POST(HttpRequest.BodyPublishers.noBody()).header("Upload-Length", "10")
                .header("Authorization", "Bearer " + device.token()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(412, r.statusCode());
    }
}
