package th.wastebank.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.photo.PhotoState;
import th.wastebank.client.photo.PhotoUploader;
import th.wastebank.client.photo.PickedPhoto;
import th.wastebank.client.photo.QueuedPhoto;
import th.wastebank.client.product.Product;
import th.wastebank.client.product.ProductService;
import th.wastebank.client.progress.MilestoneService;
import th.wastebank.client.store.Settings;
import th.wastebank.client.sync.ServerException;
import th.wastebank.progress.MilestoneRecord;
import th.wastebank.progress.MilestoneStep;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.FaultyProxy;
import th.wastebank.server.support.Pictures;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.validation.Dates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "1 อปท. 1 ผลิตภัณฑ์" end to end: a phone with no signal registers a product with two photos and
 * records the five steps, then syncs and uploads the photos over tus through a link that cuts the
 * connection again and again. The server ends up with the product, the steps and both photos byte
 * for byte; no photo is sent again once the server confirmed it; a second phone pulls the product
 * and, taking the same photo, learns the org already holds it.
 */
class ProductPhotosSyncTest extends OnRunningServer {
    private static final String FILE_NAME =
            "การเพิ่มมูลค่าจากขยะโดยผสมผสานกับอัตลักษณ์ท้องถิ่น (Soft Power) ขององค์การบริหารส่วนตำบลนายางกลัก.mp4";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aProductWithTwoPhotosAndTheFiveStepsReachTheServerThroughABrokenLink(@TempDir Path phoneADir,
            @TempDir Path phoneBDir, @TempDir Path camera) throws Exception {
        Api api = server.api();
        String org = TestOrgs.create("อบต.ตะกร้าสาน");
        try (FaultyProxy link = new FaultyProxy("127.0.0.1", server.port());
             ClientContext phoneA = phone(phoneADir);
             ClientContext phoneB = phone(phoneBDir)) {
            phoneA.pairing().pair(link.url(), api.pairingCode(org), "โทรศัพท์ อถล.");
            phoneB.pairing().pair(server.url(), api.pairingCode(org), "โทรศัพท์ประธานกลุ่มสตรี");

            // offline: two photos from the camera, the product, and the five steps
            Path shot1 = Pictures.write(camera, "IMG_0001.jpg", Pictures.noise("jpg", 2400, 1800, 11));
            Path shot2 = Pictures.write(camera, "IMG_0002.jpg", Pictures.noise("jpg", 1800, 2400, 12));
            QueuedPhoto photo1 = phoneA.photos().add(PickedPhoto.ofFile(shot1));
            QueuedPhoto photo2 = phoneA.photos().add(PickedPhoto.ofFile(shot2));
            assertTrue(photo1.size() > 2 * PhotoUploader.REQUEST_BYTES, "big enough to need several requests");
            Product basket = phoneA.products().register(new ProductService.Draft("ตะกร้าสานจากถุงพลาสติก",
                    "DRY_NON_RECYCLABLE", "ถุงพลาสติก", "ลายผ้าทอของตำบล", "กลุ่มสตรีบ้านหนองบัว", 25_000L, "SELLING",
                    List.of(photo1.sha256(), photo2.sha256())));
            LocalDate today = LocalDate.now(Dates.THAI);
            MilestoneService steps = phoneA.milestones();
            steps.record(new MilestoneService.Draft(MilestoneStep.MEETING, today.minusDays(40), null,
                    "ตะกร้าสานจากถุงพลาสติก", null, null, null, null, null, null, List.of()));
            steps.record(new MilestoneService.Draft(MilestoneStep.TRAINING, today.minusDays(30), null, null, 35L,
                    MilestoneRecord.STUDY_VISIT, null, null, null, null, List.of()));
            steps.record(new MilestoneService.Draft(MilestoneStep.PRODUCT, today.minusDays(20), null, null, null,
                    null, basket.id(), null, null, null, basket.photos()));
            steps.record(new MilestoneService.Draft(MilestoneStep.VIDEO, today.minusDays(5), null, null, null, null,
                    null, "https://youtu.be/dQw4w9WgXcQ", 285L, FILE_NAME, List.of()));
            steps.record(new MilestoneService.Draft(MilestoneStep.REPORTED, today, null, null, null, null, null,
                    "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3", null, null, List.of()));
            assertEquals(6, phoneA.outbox().pendingCount());

            // back in signal: records first, then the photos through a link that keeps breaking
            phoneA.sync().syncOnce();
            assertEquals(0, phoneA.outbox().pendingCount());
            List<String> sending = new CopyOnWriteArrayList<>();
            phoneA.photoUploader().addListener(s -> {
                if (s.currentSha256() != null && (sending.isEmpty()
                        || !sending.get(sending.size() - 1).equals(s.currentSha256()))) {
                    sending.add(s.currentSha256());
                }
            });
            int[] cuts = {150_000, 420_000, 200_000, 90_000};
            long bytesSent = 0;
            int broken = 0;
            List<PhotoUploader.Run> runs = new ArrayList<>();
            for (int attempt = 0; attempt < 20 && !phoneA.photos().queue().toUpload().isEmpty(); attempt++) {
                if (attempt < cuts.length) {
                    link.failNext(new FaultyProxy.CutRequest(cuts[attempt]));
                } else {
                    link.stopFaults();
                }
                try {
                    PhotoUploader.Run run = phoneA.photoUploader().uploadOnce();
                    runs.add(run);
                    bytesSent += run.bytesSent();
                } catch (ServerException cut) {
                    broken++;
                }
            }
            link.stopFaults();
            assertTrue(phoneA.photos().queue().toUpload().isEmpty(), "every photo confirmed");
            assertTrue(broken >= 3, "the link really broke, " + broken + " times");
            assertEquals(List.of(photo1.sha256(), photo2.sha256()), sending,
                    "each photo was sent until confirmed, and never again after");
            assertEquals(new PhotoUploader.Run(0, 0, 0, 0), phoneA.photoUploader().uploadOnce(),
                    "nothing is sent once confirmed");
            assertEquals(PhotoState.UPLOADED, phoneA.photos().queue().get(photo2.sha256()).orElseThrow().state());
            assertTrue(bytesSent <= photo1.size() + photo2.size(), "runs that finished re-sent nothing: " + bytesSent);
            assertEquals(0, runs.stream().mapToInt(PhotoUploader.Run::failed).sum(), "the server refused no photo");

            // the server holds the product, the steps and both photos, byte for byte
            String token = phoneA.settings().get(Settings.TOKEN).orElseThrow();
            for (QueuedPhoto p : List.of(photo1, photo2)) {
                HttpResponse<byte[]> back = http.send(HttpRequest.newBuilder(URI.create(server.url()
                        + "/api/v1/photos/" + p.sha256())).header("Authorization", "Bearer " + token).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, back.statusCode());
                assertEquals("image/jpeg", back.headers().firstValue("Content-Type").orElseThrow());
                assertArrayEquals(Files.readAllBytes(p.file()), back.body());
            }
            Map<String, Object> progress = api.get("/api/v1/progress/orgs/" + org, RunningServer.ADMIN_TOKEN).json();
            assertEquals(List.of(today.minusDays(40).toString(), today.minusDays(30).toString(),
                    today.minusDays(20).toString(), today.minusDays(5).toString(), today.toString()),
                    progress.get("steps"));
            assertEquals("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3", progress.get("videoUrl"),
                    "the latest link, kept as typed");
            assertEquals(1, ((Number) progress.get("products")).intValue());
            assertEquals(List.of(), progress.get("lacks"));

            // a second phone pulls the product and its steps; the same photo taken there is not sent again
            phoneB.sync().syncOnce();
            Product pulled = phoneB.products().get(basket.id()).orElseThrow();
            assertEquals("ตะกร้าสานจากถุงพลาสติก", pulled.name());
            assertEquals(List.of(photo1.sha256(), photo2.sha256()), pulled.photos());
            assertEquals(5, phoneB.milestones().latestPerStep().size());
            QueuedPhoto again = phoneB.photos().add(PickedPhoto.ofFile(shot1));
            assertEquals(photo1.sha256(), again.sha256(), "the same picture gives the same photo");
            assertEquals(new PhotoUploader.Run(0, 1, 0, 0), phoneB.photoUploader().uploadOnce());
        }
    }
}
