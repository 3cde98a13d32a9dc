package th.wastebank.server.photo;

import java.net.Socket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tus.java.client.TusClient;
import io.tus.java.client.TusURLMemoryStore;
import io.tus.java.client.TusUpload;
import io.tus.java.client.TusUploader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.server.support.Api;
import th.wastebank.server.support.Pictures;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.server.support.TusRequests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Uploads whose connection went quiet (a phone that changed cell leaves it half-open): a fresh
 * request takes the upload over at once, keeping what the stalled one wrote; the idle timeout is
 * the default 30 s here, so nothing but the takeover can explain a quick resume.
 */
@MicronautTest(transactional = false)
class StalledUploadTest extends ServerTestBase {
    private static final int CHUNK = 64 * 1024;
    private static final Path DATA = Path.of(System.getProperty("wb.test.data.dir", "target/test-data"), "stalled-uploads");
    private Api.Device device;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("wb.data-dir", DATA.toAbsolutePath().toString());
        return p;
    }

    @BeforeAll
    void pairAPhone() {
        device = api().pair(TestOrgs.create("อบต.สัญญาณหาย"));
    }

    private TusClient client(TusURLMemoryStore urls) throws Exception {
        TusClient client = new TusClient();
        client.setUploadCreationURL(new URL(server.getURI() + "/api/v1/uploads"));
        client.setHeaders(Map.of("Authorization", "Bearer " + device.token()));
        client.enableResuming(urls);
        return client;
    }

    private static TusUpload upload(Path file, byte[] bytes) throws Exception {
        TusUpload upload = new TusUpload(file.toFile());
        upload.setMetadata(Map.of("filename", "ย้ายเสา.jpg", "sha256", Pictures.sha256(bytes)));
        return upload;
    }

    private static Path part(URL uploadUrl) {
        String path = uploadUrl.getPath();
        return DATA.resolve("uploads").resolve(path.substring(path.lastIndexOf('/') + 1) + ".part");
    }

    /** Waits until the server has written {@code size} bytes of the upload to its file. */
    private static void awaitWritten(Path part, long size) throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        while (!Files.exists(part) || Files.size(part) < size) {
            assertTrue(Instant.now().isBefore(deadline), "the server never wrote " + size + " bytes");
            Thread.sleep(20);
        }
    }

    @Test
    void aFreshTusClientTakesOverAnUploadHeldByAStalledOneAndResumesWhereItsBytesEnded(@TempDir Path dir)
            throws Exception {
        byte[] photo = Pictures.noise("jpg", 700, 500, 31);
        assertTrue(photo.length > 3 * CHUNK);
        Path file = Pictures.write(dir, "photo.jpg", photo);
        TusURLMemoryStore urls = new TusURLMemoryStore();

        TusUploader stalled = client(urls).resumeOrCreateUpload(upload(file, photo));
        stalled.setChunkSize(CHUNK);
        stalled.setRequestPayloadSize(photo.length); // one request for the whole file...
        stalled.uploadChunk();
        stalled.uploadChunk(); // ...of which two chunks go out, and then nothing: the connection stays open
        awaitWritten(part(stalled.getUploadURL()), 2L * CHUNK);

        long t0 = System.nanoTime();
        TusUploader fresh = client(urls).resumeOrCreateUpload(upload(file, photo)); // HEAD
        double resumedAfter = (System.nanoTime() - t0) / 1e9;
        assertEquals(stalled.getUploadURL(), fresh.getUploadURL());
        assertEquals(2L * CHUNK, fresh.getOffset(), "the stalled request's bytes were kept");
        fresh.setChunkSize(CHUNK);
        while (fresh.uploadChunk() > -1) {
            // the rest
        }
        fresh.finish();
        System.out.printf("stalled upload taken over: fresh client resumed at %,d bytes after %.2f s%n",
                fresh.getOffset() - (photo.length - 2L * CHUNK), resumedAfter);
        assertTrue(resumedAfter <= 10.0, "resumed after " + resumedAfter + " s");
        assertArrayEquals(photo, new TusRequests(server.getURI().toString(), device.token())
                .photo(Pictures.sha256(photo)).body(), "the stored photo is the file, byte for byte");
    }

    @Test
    void aPatchLeftHalfOpenOnARawSocketIsTakenOverByAHead() throws Exception {
        byte[] photo = Pictures.noise("png", 300, 300, 32);
        TusRequests tus = new TusRequests(server.getURI().toString(), device.token());
        String location = tus.created(photo.length, Pictures.sha256(photo), "ครึ่งทาง.png");
        int sent = photo.length / 3;
        try (Socket socket = tus.stalledPatch(location, 0, photo.length, Arrays.copyOf(photo, sent))) {
            awaitWritten(DATA.resolve("uploads").resolve(location.substring(location.lastIndexOf('/') + 1) + ".part"), sent);

            long t0 = System.nanoTime();
            long offset = tus.offset(location);
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(sent, offset);
            assertTrue(seconds <= 10.0, "HEAD answered after " + seconds + " s");

            assertEquals("HTTP/1.1 409", TusRequests.statusOf(socket, Duration.ofSeconds(10)),
                    "the stale request was ended");
        }
        assertEquals(204, tus.patch(location, sent, Arrays.copyOfRange(photo, sent, photo.length)).statusCode());
        assertArrayEquals(photo, tus.photo(Pictures.sha256(photo)).body());
    }
}
