package th.wastebank.server.sync;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import th.wastebank.member.MemberUpsert;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.Parallel;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.sync.SyncOp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One greedy device (twenty large pushes at once, again and again, beside ten uploads stalled
 * mid-PATCH on raw sockets) cannot take the database pool or the blocking threads from another
 * org: that org's push and pull still answer within a second, and the greedy device is told 429
 * with Retry-After for what it sends beyond its share.
 */
@SharedServer
class FairSharingTest extends ServerTestBase {
    private static final int GREEDY_PUSHES = 20;
    private static final int STALLED_UPLOADS = 10;
    private static final Duration SECOND = Duration.ofSeconds(1);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aGreedyDeviceWithStalledUploadsLeavesAnotherOrgsPushAndPullUnderASecond() throws Exception {
        Api.Device greedy = api().pair(TestOrgs.create("อบต.ส่งไม่หยุด"));
        Api.Device uploader = api().pair(greedy.orgCode());
        Api.Device other = api().pair(TestOrgs.create("อบต.ข้างเคียง"));
        List<Duration> alone = timeOtherOrg(other);
        List<Socket> stalled = stallUploads(uploader);
        AtomicBoolean running = new AtomicBoolean(true);
        Queue<HttpResponse<String>> greedyAnswers = new ConcurrentLinkedQueue<>();
        List<Callable<List<Duration>>> tasks = new ArrayList<>();
        for (int i = 0; i < GREEDY_PUSHES; i++) {
            String push = largePush(greedy);
            tasks.add(() -> {
                // each push is sent until it is taken, a quarter of a second apart (not waiting as told)
                HttpResponse<String> answer = send(greedy, push);
                greedyAnswers.add(answer);
                while (answer.statusCode() != 200 && running.get()) {
                    Thread.sleep(250);
                    answer = send(greedy, push);
                    greedyAnswers.add(answer);
                }
                return List.of();
            });
        }
        tasks.add(() -> {
            try {
                Thread.sleep(1_000); // the greedy pushes are under way
                return timeOtherOrg(other);
            } finally {
                running.set(false);
            }
        });
        List<Duration> otherOrg;
        try {
            otherOrg = Parallel.all(tasks).get(GREEDY_PUSHES);
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }

        System.out.println("[fair sharing] other org's push and pull (ms) alone: "
                + alone.stream().map(Duration::toMillis).toList() + ", beside the greedy device: "
                + otherOrg.stream().map(Duration::toMillis).toList() + "; greedy device answered "
                + greedyAnswers.stream().map(HttpResponse::statusCode).sorted().distinct().toList() + " x"
                + greedyAnswers.size());
        for (Duration d : otherOrg) {
            assertTrue(d.compareTo(SECOND) < 0, "the other org waited " + otherOrg);
        }
        assertTrue(greedyAnswers.stream().anyMatch(r -> r.statusCode() == 200), "the greedy device gets its share");
        List<HttpResponse<String>> refused = greedyAnswers.stream().filter(r -> r.statusCode() != 200).toList();
        assertFalse(refused.isEmpty(), "twenty at once is more than a device's share");
        for (HttpResponse<String> r : refused) {
            assertEquals(429, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(r.headers().firstValue("Retry-After").isPresent(), "Retry-After");
            Map<String, Object> problem = Api.parse(r.body());
            assertEquals("device-busy", problem.get("code"), r.body());
            assertFalse(((String) problem.get("detailTh")).isBlank());
        }
    }

    /** Five rounds of a small push and a pull by the other org, each timed. */
    private List<Duration> timeOtherOrg(Api.Device other) throws Exception {
        Ops ops = new Ops(Instant.now());
        List<Duration> out = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            UUID member = Ops.newId();
            long start = System.nanoTime();
            HttpResponse<String> push = send(other, Api.pushBody(other, List.of(ops.member(member, "นางข้าง " + round),
                    ops.deposit(member, 1_000))));
            out.add(Duration.ofNanos(System.nanoTime() - start));
            assertEquals(200, push.statusCode(), push.body());
            start = System.nanoTime();
            Api.Response pull = api().pull(other, "0", 500);
            out.add(Duration.ofNanos(System.nanoTime() - start));
            assertEquals(200, pull.status(), pull.body());
            Thread.sleep(150);
        }
        return out;
    }

    /** 500 new members with long names and addresses: close to half a megabyte to apply. */
    private static String largePush(Api.Device device) {
        Ops ops = new Ops(Instant.now());
        List<SyncOp> members = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            members.add(ops.op(Ops.newId(), new MemberUpsert("นางสมาชิก " + UUID.randomUUID() + " " + "ก".repeat(150),
                    "9".repeat(90), "บ้าน".repeat(25), null, LocalDate.of(2025, 6, 1), 1)));
        }
        return Api.pushBody(device, members);
    }

    private HttpResponse<String> send(Api.Device device, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURI() + "/api/v1/sync/push"))
                .header("Authorization", "Bearer " + device.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Uploads whose PATCH sent its headers and a kilobyte of a declared megabyte, then nothing: the
     * connections stay open, as a phone's do when it loses its cell.
     */
    private List<Socket> stallUploads(Api.Device device) throws Exception {
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < STALLED_UPLOADS; i++) {
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(server.getURI() + "/api/v1/uploads"))
                    .POST(HttpRequest.BodyPublishers.noBody()).header("Tus-Resumable", "1.0.0")
                    .header("Authorization", "Bearer " + device.token()).header("Upload-Length", "1000000")
                    .header("Upload-Metadata", "sha256 " + b64(String.format("%064x", i + 1)) + ",filename " + b64("a.jpg"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), created.body());
            String path = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
            Socket s = new Socket(server.getHost(), server.getPort());
            OutputStream out = s.getOutputStream();
            out.write(("PATCH " + path + " HTTP/1.1\r\nHost: " + server.getHost() + "\r\nTus-Resumable: 1.0.0\r\n"
                    + "Authorization: Bearer " + device.token() + "\r\nUpload-Offset: 0\r\n"
                    + "Content-Type: application/offset+octet-stream\r\nContent-Length: 1000000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[1024]);
            out.flush();
            sockets.add(s);
        }
        return sockets;
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
