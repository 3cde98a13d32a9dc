package th.wastebank.server.photo;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tus.java.client.TusClient;
import io.tus.java.client.TusUpload;
import io.tus.java.client.TusUploader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Pictures;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.server.support.TusRequests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The photo disk really fills: the server's data directory is a 4 MiB tmpfs (mounted by the test,
 * which needs root; skipped otherwise), and a filler file takes its space as other files would.
 * The server answers 507, keeps exactly the bytes it wrote, stores nothing half-written, and the
 * upload goes on once space is back.
 */
@MicronautTest(transactional = false)
class PhotoDiskFullTest extends ServerTestBase {
    private static final Path DISK = Path.of(System.getProperty("wb.test.data.dir", "target/test-data"), "photo-disk")
            .toAbsolutePath();
    private static final Path FILLER = DISK.resolve("filler");
    private boolean mounted;
    private TusRequests phone;
    private String token;

    @Override
    public Map<String, String> getProperties() {
        mounted = mountTmpfs();
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("wb.data-dir", DISK.toString());
        return p;
    }

    private static boolean mountTmpfs() {
        try {
            Files.createDirectories(DISK);
            run("umount", "-l", DISK.toString()); // left over from an interrupted run, if any
            return run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", DISK.toString())
                    && "tmpfs".equals(Files.getFileStore(DISK).type());
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @AfterAll
    void unmount() {
        if (mounted) {
            run("umount", "-l", DISK.toString());
        }
    }

    @BeforeEach
    void aPhoneAndAnEmptyDisk() throws IOException {
        assumeTrue(mounted, "needs root to mount a tmpfs of 4 MiB");
        Files.deleteIfExists(FILLER);
        Api.Device device = api().pair(TestOrgs.create("อบต.ดิสก์เต็ม"));
        token = device.token();
        phone = new TusRequests(server.getURI().toString(), token);
    }

    /** Fills the disk until only {@code left} bytes are free, with bytes written for real (tmpfs has no holes then). */
    private static void fillLeaving(long left) throws IOException {
        long fill = Files.getFileStore(DISK).getUsableSpace() - left;
        byte[] block = new byte[64 * 1024];
        Arrays.fill(block, (byte) 7);
        try (OutputStream out = Files.newOutputStream(FILLER)) {
            for (long written = 0; written < fill; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, fill - written));
            }
        }
    }

    private static void assertStorageFull(HttpResponse<String> r) {
        assertEquals(507, r.statusCode(), r.body());
        assertEquals("storage-full", Api.parse(r.body()).get("code"));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(((String) Api.parse(r.body()).get("detailTh")).contains("พื้นที่"), r.body());
        assertTrue(r.headers().firstValue("Retry-After").isPresent());
    }

    private static long received(String location) {
        String id = location.substring(location.lastIndexOf('/') + 1).replace("-", "");
        return Db.count("SELECT received FROM upload WHERE id = UNHEX(?)", id);
    }

    private static Path part(String location) {
        return DISK.resolve("uploads").resolve(location.substring(location.lastIndexOf('/') + 1) + ".part");
    }

    private static long storedPhotos() throws IOException {
        Path photos = DISK.resolve("photos");
        if (!Files.isDirectory(photos)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(photos)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aDiskThatFillsDuringAPatchKeepsTheBytesWrittenAndTheUploadResumesOnceSpaceIsBack(@TempDir Path dir)
            throws Exception {
        byte[] photo = Pictures.noise("png", 400, 400, 61);
        String location = phone.created(photo.length, Pictures.sha256(photo), "เต็ม.png");
        fillLeaving(200 * 1024);

        assertStorageFull(phone.patch(location, 0, photo));
        long kept = phone.offset(location);
        assertTrue(kept > 0 && kept < photo.length, "kept " + kept + " of " + photo.length);
        assertEquals(kept, received(location));
        byte[] onDisk = Files.readAllBytes(part(location));
        assertArrayEquals(Arrays.copyOf(photo, (int) kept), Arrays.copyOf(onDisk, (int) kept),
                "the bytes kept are the photo's");

        Files.delete(FILLER);
        TusClient client = new TusClient();
        client.setHeaders(Map.of("Authorization", "Bearer " + token));
        TusUpload upload = new TusUpload(Pictures.write(dir, "full.png", photo).toFile());
        TusUploader uploader = client.beginOrResumeUploadFromURL(upload, new URL(server.getURI() + location));
        assertEquals(kept, uploader.getOffset());
        while (uploader.uploadChunk() > -1) {
            // the rest
        }
        uploader.finish();
        assertArrayEquals(photo, phone.photo(Pictures.sha256(photo)).body());
    }

    @Test
    void aDiskTooFullToKeepTheFinishedPhotoStoresNothingAndTheNextHeadKeepsItOnceSpaceIsBack() throws Exception {
        byte[] photo = Pictures.noise("png", 400, 400, 62);
        String location = phone.created(photo.length, Pictures.sha256(photo), "เกือบ.png");
        long photosBefore = storedPhotos();
        fillLeaving(photo.length + 100 * 1024); // room for the upload's bytes, not for a second copy

        assertStorageFull(phone.patch(location, 0, photo));
        assertEquals(photo.length, received(location), "every byte arrived and is kept");
        assertEquals(photosBefore, storedPhotos(), "no photo, thumbnail or half-copied file was stored");
        assertEquals(404, phone.photo(Pictures.sha256(photo)).statusCode());
        HttpResponse<String> head = phone.head(location);
        assertEquals(507, head.statusCode(), "a HEAD tries to keep it again; still full");
        assertTrue(head.headers().firstValue("Retry-After").isPresent());

        Files.delete(FILLER);
        assertEquals(photo.length, phone.offset(location), "HEAD keeps the finished upload now");
        assertArrayEquals(photo, phone.photo(Pictures.sha256(photo)).body());
        assertEquals(photosBefore + 2, storedPhotos(), "the photo and its thumbnail");
    }
}
