package th.wastebank.server.photo;

import java.net.Socket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import io.tus.java.client.TusClient;
import io.tus.java.client.TusURLMemoryStore;
import io.tus.java.client.TusUpload;
import io.tus.java.client.TusUploader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.server.support.Api;
import th.wastebank.server.support.Pictures;
import th.wastebank.server.support.ServerProcess;
import th.wastebank.server.support.TestDatabase;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.server.support.TusRequests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two server processes on one database and one shared upload directory, as behind a load balancer
 * with no sticky routing: a phone's upload begun on node A is continued on node B from the offset
 * the database recorded, whichever node its next request reaches. The last test kills node A.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UploadAcrossNodesTest {
    private static final String ADMIN = "uploads-across-nodes-admin";
    private static final int CHUNK = 64 * 1024;
    private static final Path DATA = Path.of(System.getProperty("wb.test.data.dir", "target/test-data"),
            "uploads-across-nodes").toAbsolutePath();
    /** The nodes' shared mount: photos under it (WB_DATA_DIR) and the upload bytes in a directory of its own. */
    private static final Path SHARED = DATA.resolve("shared");
    private static final Path PARTS = SHARED.resolve("upload-parts");

    private ServerProcess nodeA;
    private ServerProcess nodeB;
    private Api.Device device;

    @BeforeAll
    void startTwoNodes() throws Exception {
        Files.createDirectories(DATA);
        String[] shared = {"-Dwb.data-dir=" + SHARED, "-Dwb.upload-dir=" + PARTS};
        nodeA = ServerProcess.start(TestDatabase.url(), ADMIN, DATA.resolve("node-a.log"), shared);
        nodeB = ServerProcess.start(TestDatabase.url(), ADMIN, DATA.resolve("node-b.log"), shared);
        device = new Api(nodeA.url(), ADMIN).pair(TestOrgs.create("อบต.สองเครื่อง"));
    }

    @AfterAll
    void stopNodes() throws Exception {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    @Order(1)
    void anUploadBegunOnNodeAIsFinishedOnNodeBByATusClientAndStoredOnce(@TempDir Path dir) throws Exception {
        byte[] photo = Pictures.noise("png", 400, 300, 41);
        assertTrue(photo.length > 4 * CHUNK);
        Path file = Pictures.write(dir, "ข้ามเครื่อง.png", photo);
        TusUpload upload = upload(file, photo);

        TusUploader onA = client(nodeA, new TusURLMemoryStore()).createUpload(upload);
        onA.setChunkSize(CHUNK);
        onA.setRequestPayloadSize(CHUNK); // a request a chunk: two PATCHes reach node A...
        onA.uploadChunk();
        onA.uploadChunk();
        assertEquals(2L * CHUNK, new TusRequests(nodeA.url(), device.token()).offset(onA.getUploadURL().getPath()));

        // ...and then the phone's requests reach node B (same upload path, the other node)
        TusUploader onB = client(nodeB, storeOn(nodeB, upload, onA.getUploadURL())).resumeUpload(upload);
        assertEquals(2L * CHUNK, onB.getOffset(), "node B resumes where node A's recorded bytes end");
        onB.setChunkSize(CHUNK);
        while (onB.uploadChunk() > -1) {
            // the rest
        }
        onB.finish();

        assertStoredOnce(photo, onA.getUploadURL().getPath());
    }

    @Test
    @Order(2)
    void aHeadOnNodeBTakesOverAPatchStalledOnNodeAWhichRecordsItsBytes(@TempDir Path dir) throws Exception {
        byte[] photo = Pictures.noise("png", 300, 300, 42);
        String sha256 = Pictures.sha256(photo);
        TusRequests onA = new TusRequests(nodeA.url(), device.token());
        String location = onA.created(photo.length, sha256, "สัญญาณหลุด.png");
        int sent = photo.length / 3;
        try (Socket stalled = onA.stalledPatch(location, 0, photo.length, Arrays.copyOf(photo, sent))) {
            awaitWritten(part(location), sent);

            long t0 = System.nanoTime();
            TusUpload upload = upload(Pictures.write(dir, "สัญญาณหลุด.png", photo), photo);
            TusUploader onB = client(nodeB, storeOn(nodeB, upload, new URL(nodeA.url() + location))).resumeUpload(upload);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("PATCH stalled on node A taken over by a HEAD on node B after %.2f s%n", seconds);
            assertEquals(sent, onB.getOffset(), "node A's PATCH recorded the bytes it wrote before letting go");
            assertTrue(seconds <= 10.0, "node B answered after " + seconds + " s");
            assertEquals("HTTP/1.1 409", TusRequests.statusOf(stalled, Duration.ofSeconds(10)),
                    "node A's stalled request was ended");

            onB.setChunkSize(CHUNK);
            while (onB.uploadChunk() > -1) {
                // the rest
            }
            onB.finish();
        }
        assertStoredOnce(photo, location);
    }

    /** As when the nodes' upload directories are not one shared directory: the SHA-256 still proves the whole. */
    @Test
    @Order(3)
    void anUploadWhoseBytesTheOtherNodeCannotSeeStartsOverThereFromWhatItsFileHolds(@TempDir Path dir)
            throws Exception {
        byte[] photo = Pictures.noise("png", 300, 300, 44);
        TusRequests onA = new TusRequests(nodeA.url(), device.token());
        String location = onA.created(photo.length, Pictures.sha256(photo), "ไม่ได้แชร์.png");
        assertEquals(204, onA.patch(location, 0, Arrays.copyOf(photo, 2 * CHUNK)).statusCode());
        Files.delete(part(location));

        TusUpload upload = upload(Pictures.write(dir, "ไม่ได้แชร์.png", photo), photo);
        TusUploader onB = client(nodeB, storeOn(nodeB, upload, new URL(nodeB.url() + location))).resumeUpload(upload);
        assertEquals(0, onB.getOffset(), "the offset moved back to the bytes the file holds");
        onB.setChunkSize(CHUNK);
        while (onB.uploadChunk() > -1) {
            // all of it again
        }
        onB.finish();
        assertStoredOnce(photo, location);
    }

    /** Kills node A: runs last. */
    @Test
    @Order(4)
    void bytesANodeWroteBeforeItDiedButNeverRecordedAreCutOffAndTheUploadFinishesOnTheOtherNode(@TempDir Path dir)
            throws Exception {
        byte[] photo = Pictures.noise("png", 400, 300, 43);
        assertTrue(photo.length > 3 * CHUNK);
        TusRequests onA = new TusRequests(nodeA.url(), device.token());
        String location = onA.created(photo.length, Pictures.sha256(photo), "ไฟดับ.png");
        assertEquals(204, onA.patch(location, 0, Arrays.copyOf(photo, CHUNK)).statusCode());
        // a second request's bytes reach node A's file, and node A dies before it records them
        byte[] torn = new byte[CHUNK];
        Arrays.fill(torn, (byte) 0x5A);
        try (Socket stalled = onA.stalledPatch(location, CHUNK, photo.length - CHUNK, torn)) {
            awaitWritten(part(location), 2L * CHUNK);
            nodeA.kill();
        }

        TusRequests onB = new TusRequests(nodeB.url(), device.token());
        long t0 = System.nanoTime();
        long offset = onB.offset(location); // waits until the dead node's hold has gone stale
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("upload held by a killed node continued on the other after %.2f s%n", seconds);
        assertEquals(CHUNK, offset, "only the recorded bytes count");
        assertEquals(CHUNK, Files.size(part(location)), "the unrecorded bytes were cut off the file");

        TusUpload upload = upload(Pictures.write(dir, "ไฟดับ.png", photo), photo);
        TusUploader resumed = client(nodeB, storeOn(nodeB, upload, new URL(nodeB.url() + location))).resumeUpload(upload);
        resumed.setChunkSize(CHUNK);
        while (resumed.uploadChunk() > -1) {
            // the rest
        }
        resumed.finish();
        assertArrayEquals(photo, onB.photo(Pictures.sha256(photo)).body(), "the stored photo is the file, byte for byte");
        assertEquals(1, photoRows(Pictures.sha256(photo)));
    }

    private void assertStoredOnce(byte[] photo, String location) throws Exception {
        String sha256 = Pictures.sha256(photo);
        for (ServerProcess node : new ServerProcess[] {nodeA, nodeB}) {
            assertArrayEquals(photo, new TusRequests(node.url(), device.token()).photo(sha256).body(),
                    "node " + node.url() + " serves the photo, byte for byte");
        }
        assertEquals(1, photoRows(sha256), "the photo is stored once");
        assertFalse(Files.exists(part(location)), "the finished upload's bytes left the upload directory");
    }

    private static int photoRows(String sha256) throws Exception {
        try (Connection c = TestDatabase.connect();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM photo WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private TusClient client(ServerProcess node, TusURLMemoryStore urls) throws Exception {
        TusClient client = new TusClient();
        client.setUploadCreationURL(new URL(node.url() + "/api/v1/uploads"));
        client.setHeaders(Map.of("Authorization", "Bearer " + device.token()));
        client.enableResuming(urls);
        return client;
    }

    /** The phone's remembered upload address, as it reaches {@code node} (a load balancer's would reach either). */
    private static TusURLMemoryStore storeOn(ServerProcess node, TusUpload upload, URL uploadUrl) throws Exception {
        TusURLMemoryStore urls = new TusURLMemoryStore();
        urls.set(upload.getFingerprint(), new URL(node.url() + uploadUrl.getPath()));
        return urls;
    }

    private static TusUpload upload(Path file, byte[] bytes) throws Exception {
        TusUpload upload = new TusUpload(file.toFile());
        upload.setMetadata(Map.of("filename", file.getFileName().toString(), "sha256", Pictures.sha256(bytes)));
        return upload;
    }

    private static Path part(String location) {
        return PARTS.resolve(location.substring(location.lastIndexOf('/') + 1) + ".part");
    }

    private static void awaitWritten(Path part, long size) throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        while (!Files.exists(part) || Files.size(part) < size) {
            assertTrue(Instant.now().isBefore(deadline), "the server never wrote " + size + " bytes");
            Thread.sleep(20);
        }
    }
}
