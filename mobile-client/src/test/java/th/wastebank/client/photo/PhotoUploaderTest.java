package th.wastebank.client.photo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.sync.ServerException;
import th.wastebank.client.testing.FakeServer;
import th.wastebank.client.testing.FakeTus;
import th.wastebank.client.testing.TestClient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhotoUploaderTest {
    @TempDir
    Path tmp;
    private FakeServer server;
    private FakeTus tus;
    private TestClient client;
    private ClientContext phone;

    @BeforeEach
    void pair() throws Exception {
        server = FakeServer.start();
        tus = server.tus();
        client = new TestClient(tmp);
        client.pairWith(server);
        phone = client.ctx;
    }

    @AfterEach
    void stop() {
        phone.close();
        server.close();
    }

    /** A queued photo of {@code size} bytes (the stand-in server does not look inside). */
    private byte[] queued(int size, int seed) throws Exception {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        String sha = PhotoService.sha256Hex(bytes);
        Path file = client.dir.resolve(PhotoService.FOLDER).resolve(sha + ".jpg");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        phone.photos().queue().enqueue(sha, file, size, client.clock.millis());
        return bytes;
    }

    private QueuedPhoto photo(byte[] bytes) {
        return phone.photos().queue().get(PhotoService.sha256Hex(bytes)).orElseThrow();
    }

    private long creations() {
        return tus.requests().stream().filter("POST /api/v1/uploads"::equals).count();
    }

    @Test
    void aPhotoTheOrgAlreadyHoldsIsMarkedUploadedAndNotSent() throws Exception {
        byte[] bytes = queued(50_000, 1);
        tus.holds(PhotoService.sha256Hex(bytes), bytes);

        PhotoUploader.Run run = phone.photoUploader().uploadOnce();

        assertEquals(new PhotoUploader.Run(0, 1, 0, 0), run);
        assertEquals(PhotoState.UPLOADED, photo(bytes).state());
        assertEquals(List.of("HEAD /api/v1/photos/" + PhotoService.sha256Hex(bytes)), tus.requests());
    }

    @Test
    void aPhotoGoesInRequestsAndItsProgressMovesWithEachConfirmation() throws Exception {
        byte[] bytes = queued(700_000, 2);
        List<Long> confirmed = new ArrayList<>();
        phone.photoUploader().addListener(s -> {
            if (confirmed.isEmpty() || confirmed.get(confirmed.size() - 1) != s.totals().confirmedBytes()) {
                confirmed.add(s.totals().confirmedBytes());
            }
        });

        PhotoUploader.Run run = phone.photoUploader().uploadOnce();

        assertEquals(new PhotoUploader.Run(1, 0, 0, 700_000), run);
        assertEquals(List.of(0L, 262_144L, 524_288L, 700_000L), confirmed);
        assertArrayEquals(bytes, tus.photo(PhotoService.sha256Hex(bytes)));
        assertEquals(PhotoState.UPLOADED, photo(bytes).state());
        assertEquals(1.0, phone.photoUploader().status().totals().progress());
    }

    @Test
    void aCutUploadGoesOnFromTheServersOffsetAfterTheAppRestarts() throws Exception {
        byte[] bytes = queued(600_000, 3);
        tus.breakLinkAfter(100_000);

        assertThrows(ServerException.class, () -> phone.photoUploader().uploadOnce());
        QueuedPhoto cut = photo(bytes);
        assertEquals(PhotoState.UPLOADING, cut.state());
        assertNotNull(cut.uploadUrl(), "the upload's address is kept");
        assertEquals(1, cut.attempts());

        phone.close();
        phone = new ClientContext(client.dir, client.clock, Duration.ofMinutes(5));
        PhotoUploader.Run run = phone.photoUploader().uploadOnce();

        assertEquals(500_000, run.bytesSent(), "only what the server did not have");
        assertEquals(600_000, tus.bytesReceived(), "no byte arrived twice");
        assertEquals(1, creations(), "the same upload went on");
        assertArrayEquals(bytes, tus.photo(PhotoService.sha256Hex(bytes)));
    }

    @Test
    void aConflictOrALockedUploadIsAnsweredByAskingTheOffsetAgain() throws Exception {
        byte[] first = queued(300_000, 4);
        tus.answerNextPatchWith(409);
        phone.photoUploader().uploadOnce();
        assertEquals(PhotoState.UPLOADED, photo(first).state());

        byte[] second = queued(300_000, 5);
        tus.answerNextPatchWith(423);
        phone.photoUploader().uploadOnce();
        assertEquals(PhotoState.UPLOADED, photo(second).state());
        assertArrayEquals(first, tus.photo(PhotoService.sha256Hex(first)));
        assertArrayEquals(second, tus.photo(PhotoService.sha256Hex(second)));
        assertEquals(2, tus.requests().stream().filter(r -> r.startsWith("HEAD /api/v1/uploads/")).count(),
                "the offset was asked again after each");
    }

    @Test
    void anExpiredUploadStartsAgainFromTheFirstByte() throws Exception {
        byte[] bytes = queued(400_000, 6);
        tus.breakLinkAfter(50_000);
        assertThrows(ServerException.class, () -> phone.photoUploader().uploadOnce());
        tus.expireUploads();

        phone.photoUploader().uploadOnce();

        assertEquals(2, creations());
        assertArrayEquals(bytes, tus.photo(PhotoService.sha256Hex(bytes)));
    }

    @Test
    void aFileTheServerRefusesIsKeptAsFailedUntilSomeoneRetries() throws Exception {
        byte[] bytes = queued(20_000, 7);
        tus.refuseCompletedUploadsWith(415);

        PhotoUploader.Run run = phone.photoUploader().uploadOnce();

        assertEquals(1, run.failed());
        QueuedPhoto failed = photo(bytes);
        assertEquals(PhotoState.FAILED, failed.state());
        assertEquals("เซิร์ฟเวอร์ไม่รับไฟล์นี้ เพราะไม่ใช่รูปภาพ JPEG, PNG หรือ WebP", failed.lastError());
        assertTrue(Files.exists(failed.file()), "a refused photo is never deleted");
        assertEquals(1, phone.photoUploader().status().totals().failed());

        assertEquals(1, phone.photos().queue().retryFailed());
        assertEquals(PhotoState.QUEUED, photo(bytes).state());
    }

    @Test
    void aPhotoRefusedAsTooLargeIsMarkedRefusedInThaiAndNotSentAgainAndAgain() throws Exception {
        byte[] bytes = queued(30_000, 9);
        tus.refuseCompletedUploadsWith(422); // image-too-large: every time the whole file arrives

        PhotoUploader.Run run = phone.photoUploader().uploadOnce();

        assertEquals(new PhotoUploader.Run(0, 0, 1, 60_000), run, "sent twice (once more in case of damage), then refused");
        QueuedPhoto refused = photo(bytes);
        assertEquals(PhotoState.FAILED, refused.state());
        assertEquals(PhotoUploader.REFUSED_TWICE_TH, refused.lastError());
        assertTrue(phone.photos().queue().toUpload().isEmpty(), "the loop has nothing left to send");
        assertEquals(new PhotoUploader.Run(0, 0, 0, 0), phone.photoUploader().uploadOnce());
        assertEquals(2, creations());
    }

    @Test
    void bytesDamagedOnTheWayOnceAreSentAgainInANewUpload() throws Exception {
        byte[] bytes = queued(30_000, 10);
        tus.refuseCompletedUploadsWith(422, 1); // sha256-mismatch once

        PhotoUploader.Run run = phone.photoUploader().uploadOnce();

        assertEquals(new PhotoUploader.Run(1, 0, 0, 60_000), run);
        assertEquals(2, creations(), "a new upload was started");
        assertArrayEquals(bytes, tus.photo(PhotoService.sha256Hex(bytes)));
    }

    @Test
    void nothingIsSentAgainOnceTheServerConfirmedIt() throws Exception {
        queued(200_000, 8);
        phone.photoUploader().uploadOnce();
        int requests = tus.requests().size();

        PhotoUploader.Run again = phone.photoUploader().uploadOnce();

        assertEquals(new PhotoUploader.Run(0, 0, 0, 0), again);
        assertEquals(requests, tus.requests().size());
    }
}
