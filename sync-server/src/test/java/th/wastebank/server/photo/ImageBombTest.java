package th.wastebank.server.photo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import th.wastebank.server.support.Api;
import th.wastebank.server.support.Parallel;
import th.wastebank.server.support.PictureBombs;
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
 * Tiny files declaring huge pictures, sent four at once to a server process with a 512 MiB heap:
 * each is refused from its header, nothing is stored, and the server goes on serving, then decodes
 * the largest pictures it accepts, two at once, within that heap.
 */
class ImageBombTest {
    private static final String ADMIN = "image-bomb-admin";
    private static final byte[] TRAILING = "<?php echo 'trailing bytes'; ?>".getBytes();

    /** What one bomb's upload was answered, and how long it took from creation to the answer. */
    record Answer(String name, int status, String code, String detailTh, double seconds) {
    }

    @Test
    void fourImageBombsAtOnceAreRefusedFromTheirHeadersAndTheServerStaysHealthy() throws Exception {
        Path logs = Path.of(System.getProperty("wb.test.data.dir", "target/test-data"), "image-bombs");
        Files.createDirectories(logs);
        Map<String, byte[]> bombs = Map.of(
                "lossless-16383.webp", PictureBombs.losslessWebP(16383, 16383, new byte[0]),
                "lossless-16383-trailing.webp", PictureBombs.losslessWebP(16383, 16382, TRAILING),
                "progressive-20000.jpg", PictureBombs.progressiveJpeg(20000, 20000, new byte[0]),
                "progressive-20000-trailing.jpg", PictureBombs.progressiveJpeg(20000, 19999, TRAILING));
        try (ServerProcess server = ServerProcess.start(TestDatabase.url(), ADMIN, logs.resolve("server.log"),
                "-Xmx512m")) {
            String org = TestOrgs.create("อบต.รูประเบิด");
            Api.Device device = new Api(server.url(), ADMIN).pair(org);
            TusRequests tus = new TusRequests(server.url(), device.token());

            List<Callable<Answer>> uploads = new ArrayList<>();
            bombs.forEach((name, bytes) -> uploads.add(() -> {
                long t0 = System.nanoTime();
                HttpResponse<String> r = tus.upload(bytes, name);
                Map<String, Object> problem = Api.parse(r.body());
                return new Answer(name + " (" + bytes.length + " B)", r.statusCode(), (String) problem.get("code"),
                        (String) problem.get("detailTh"), (System.nanoTime() - t0) / 1e9);
            }));
            List<Answer> answers = Parallel.all(uploads);

            for (Answer a : answers) {
                System.out.printf("image bomb %-40s -> %d %s in %.2f s%n", a.name(), a.status(), a.code(), a.seconds());
                assertEquals(422, a.status(), a.toString());
                assertEquals("image-too-large", a.code());
                assertTrue(a.detailTh() != null && a.detailTh().contains("รูปภาพ"), a.detailTh());
                assertTrue(a.seconds() <= 5.0, a.toString());
            }
            for (byte[] bomb : bombs.values()) {
                assertEquals(404, tus.photo(Pictures.sha256(bomb)).statusCode(), "nothing stored");
            }
            assertEquals(0, countFiles(logs.resolve("node-" + URI.create(server.url()).getPort()).resolve("uploads")),
                    "the bombs' bytes were discarded");

            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());

            byte[] photo = Pictures.noise("jpg", 1600, 1200, 10);
            assertEquals(204, tus.upload(photo, "real.jpg").statusCode());
            assertArrayEquals(photo, tus.photo(Pictures.sha256(photo)).body());

            // the worst that is accepted: lossless WebPs just under the decode memory (31 MP, 125 MB each), two at once
            List<Callable<Integer>> largest = List.of(
                    () -> tus.upload(PictureBombs.losslessWebP(5600, 5600, new byte[0]), "largest-a.webp").statusCode(),
                    () -> tus.upload(PictureBombs.losslessWebP(5600, 5599, new byte[0]), "largest-b.webp").statusCode());
            long t0 = System.nanoTime();
            assertEquals(List.of(204, 204), Parallel.all(largest));
            System.out.printf("two 31-megapixel lossless WebPs decoded at once in %.1f s%n", (System.nanoTime() - t0) / 1e9);

            HttpResponse<String> runtime = http.send(HttpRequest.newBuilder(URI.create(server.url()
                    + "/api/v1/admin/runtime")).header("Authorization", "Bearer " + ADMIN).build(),
                    HttpResponse.BodyHandlers.ofString());
            Map<String, Object> heap = Api.parse(runtime.body());
            long peak = ((Number) heap.get("heapPeakBytes")).longValue();
            System.out.printf("image bombs: server heap peak %.1f MiB of max %.1f MiB%n", peak / 1048576.0,
                    ((Number) heap.get("heapMaxBytes")).longValue() / 1048576.0);
            assertFalse(Files.readString(logs.resolve("server.log")).contains("OutOfMemoryError"));
        }
    }

    private static long countFiles(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.list(dir)) {
            return files.count();
        }
    }
}
