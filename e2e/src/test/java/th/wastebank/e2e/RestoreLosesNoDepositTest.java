package th.wastebank.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.home.SyncBadgeViewModel;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.photo.PhotoState;
import th.wastebank.client.photo.PickedPhoto;
import th.wastebank.client.photo.QueuedPhoto;
import th.wastebank.client.product.ProductService;
import th.wastebank.client.store.Settings;
import th.wastebank.client.sync.ServerException;
import th.wastebank.client.sync.SyncStatus;
import th.wastebank.server.backup.Restore;
import th.wastebank.server.db.EmbeddedMariaDb;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.FaultyProxy;
import th.wastebank.server.support.Pictures;
import th.wastebank.server.support.ServerProcess;
import th.wastebank.server.support.TestDatabase;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.validation.Dates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deliverable 4 of issue 12 (ADR 0009), with real server processes, real HTTP, the server's own
 * backup ({@code POST /api/v1/admin/backups}: mariadb-dump and the photos in one file) and its
 * {@code restore} command, and two phone stores. Two phones record members, deposits and products
 * with photos and sync; last night's backup is taken; both go on
 * working (phone B even pays out from a member phone A registered after the backup); the server is
 * restored from the backup at the same address. Without anyone touching a phone, both sync again:
 * every balance on the server and on both phones is what it was before the restore, to the satang,
 * every photo is back on the server byte for byte, and nothing is doubled.
 */
class RestoreLosesNoDepositTest {
    private static final String ADMIN = "restore-admin-token";
    private static final String LIVE = "wastebank_restore_live";
    private static final String RESTORED = "wastebank_restore_back";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void afterARestoreFromLastNightsBackupThePhonesSendTodaysWorkAgainAndEveryBalanceIsWhole(@TempDir Path work)
            throws Exception {
        lap("");
        EmbeddedMariaDb db = TestDatabase.server();
        lap("database");
        String liveUrl = TestDatabase.freshSchemaUrl(LIVE);
        lap("schema");
        Path liveData = work.resolve("live");
        ServerProcess server = start(liveUrl, liveData, work.resolve("live.log"));
        lap("started");
        // the server's address, which stays across the restore: a relay with no faults set
        try (FaultyProxy address = new FaultyProxy("127.0.0.1", port(server));
             ClientContext phoneA = new ClientContext(work.resolve("phone-a"), Clock.systemUTC(), Duration.ofHours(1));
             ClientContext phoneB = new ClientContext(work.resolve("phone-b"), Clock.systemUTC(), Duration.ofHours(1))) {
            String org = TestOrgs.createIn(liveUrl, "RST" + Long.toString(System.nanoTime() % 1_000_000, 36)
                    .toUpperCase(), "อบต.กู้คืนได้", "360903");
            Api api = new Api(server.url(), ADMIN);
            phoneA.pairing().pair(address.url(), api.pairingCode(org), "โทรศัพท์ อถล.");
            phoneB.pairing().pair(address.url(), api.pairingCode(org), "โทรศัพท์เหรัญญิก");
            lap("paired");
            Path camera = work.resolve("camera");
            LocalDate today = LocalDate.now(Dates.THAI);

            // yesterday: both phones work and sync; the photos reach the server
            phoneA.prices().set("PET_CLEAR", 800, today, null);
            phoneA.prices().set("ALU_CAN", 4_000, today, null);
            Member somsri = member(phoneA, "นางสมศรี ฝากก่อน");
            deposit(phoneA, somsri, "PET_CLEAR", 12_345);
            QueuedPhoto basket = photo(phoneA, camera, "basket.jpg", 1);
            product(phoneA, "ตะกร้าสาน", basket);
            sync(phoneA);
            sync(phoneB);
            Member prasert = member(phoneB, "นายประเสริฐ ฝากด้วย");
            deposit(phoneB, prasert, "ALU_CAN", 2_718);
            deposit(phoneB, somsri, "PET_CLEAR", 3_141);
            QueuedPhoto bag = photo(phoneB, camera, "bag.jpg", 2);
            product(phoneB, "กระเป๋าถุงนม", bag);
            syncAndUpload(phoneB);
            syncAndUpload(phoneA);
            lap("yesterday");

            // last night's backup, made by the server while it runs (as the daily one is)
            Api.Response made = api.post("/api/v1/admin/backups", "", ADMIN);
            assertEquals(201, made.status(), made.body());
            assertEquals("included", made.json().get("photos"), made.body());
            Path backup = liveData.resolve("backups").resolve((String) made.json().get("file"));
            lap("backup");

            // today: more work on both phones, all of it acknowledged by the server
            Member new1 = member(phoneA, "นางใหม่ วันนี้");
            deposit(phoneA, new1, "ALU_CAN", 5_555);
            deposit(phoneA, somsri, "PET_CLEAR", 7_777);
            QueuedPhoto lamp = photo(phoneA, camera, "lamp.jpg", 3);
            product(phoneA, "โคมไฟขวดพลาสติก", lamp);
            syncAndUpload(phoneA);
            sync(phoneB); // phone B now knows today's member of phone A
            deposit(phoneB, new1, "PET_CLEAR", 4_321);
            phoneB.withdrawals().record(new1.id(), 1_000, "นางเหรัญญิก", "นายประธาน");
            deposit(phoneB, prasert, "ALU_CAN", 1_111);
            QueuedPhoto vase = photo(phoneB, camera, "vase.jpg", 4);
            product(phoneB, "แจกันขวดแก้ว", vase);
            syncAndUpload(phoneB);
            syncAndUpload(phoneA);
            assertEquals(0, phoneA.outbox().pendingCount() + phoneB.outbox().pendingCount());

            List<UUID> members = List.of(somsri.id(), prasert.id(), new1.id());
            String tokenA = phoneA.settings().get(Settings.TOKEN).orElseThrow();
            Map<UUID, Long> serverBefore = serverBalances(server.url(), tokenA, members);
            Map<UUID, Long> aBefore = phoneBalances(phoneA, members);
            Map<UUID, Long> bBefore = phoneBalances(phoneB, members);
            assertEquals(serverBefore, aBefore);
            assertEquals(serverBefore, bBefore);
            long opsBefore = count(liveUrl, "SELECT COUNT(*) FROM sync_op s JOIN org o ON o.id = s.org_id WHERE o.code = ?", org);
            long entriesBefore = count(liveUrl,
                    "SELECT COUNT(*) FROM ledger_entry e JOIN org o ON o.id = e.org_id WHERE o.code = ?", org);
            List<QueuedPhoto> photos = List.of(basket, bag, lamp, vase);
            lap("today");

            // the office PC dies; the server is restored from last night's backup at the same address
            server.close();
            String restoredUrl = TestDatabase.freshSchemaUrl(RESTORED);
            Path restoredData = work.resolve("restored");
            Map<String, String> env = Map.of("DATASOURCES_DEFAULT_URL", restoredUrl,
                    "DATASOURCES_DEFAULT_USERNAME", TestDatabase.username(),
                    "DATASOURCES_DEFAULT_PASSWORD", TestDatabase.password(),
                    "WB_DATA_DIR", restoredData.toString(), "WB_BACKUP_DUMP_TOOL", dumpTool(db));
            int exit = new Restore((name, property, fallback) -> env.getOrDefault(name, fallback), System.out)
                    .run("restore", backup.toString());
            assertEquals(0, exit, "java -jar wastebank-server.jar restore " + backup);
            lap("restore");
            server = start(restoredUrl, restoredData, work.resolve("restored.log"));
            address.pointTo(port(server));
            lap("started again");
            assertTrue(count(restoredUrl, "SELECT COUNT(*) FROM sync_op s JOIN org o ON o.id = s.org_id"
                    + " WHERE o.code = ?", org) < opsBefore, "the restore really lost today's ops");
            assertEquals(404, photoStatus(server.url(), tokenA, lamp.sha256()), "and today's photos");
            assertEquals(200, photoStatus(server.url(), tokenA, basket.sha256()), "yesterday's are in the backup");

            // both phones sync as they always do: B first (its deposit for A's new member must wait
            // for A), then A, then both again
            SyncStatus b1 = sync(phoneB);
            assertTrue(b1.resent() > 0, "phone B sent its work again: " + b1);
            Messages th = new Messages(Messages.THAI, false);
            assertEquals("เซิร์ฟเวอร์กู้คืนข้อมูล ส่งข้อมูลที่เคยส่งแล้วอีกครั้ง " + th.format().number(b1.resent())
                    + " รายการ", SyncBadgeViewModel.notice(th, b1.phase(), b1.resent()));
            assertTrue(phoneB.outbox().rejectedCount() > 0, "what needs phone A's member waits for it");
            phoneB.photoUploader().uploadOnce();
            SyncStatus a1 = sync(phoneA);
            assertTrue(a1.resent() > 0, "phone A sent its work again: " + a1);
            phoneA.photoUploader().uploadOnce();
            sync(phoneB);
            sync(phoneA);
            assertEquals(0, sync(phoneB).resent(), "once is enough");
            lap("phones sent again");

            assertEquals(0, phoneA.outbox().pendingCount() + phoneA.outbox().rejectedCount());
            assertEquals(0, phoneB.outbox().pendingCount() + phoneB.outbox().rejectedCount());
            assertEquals(serverBefore, serverBalances(server.url(), tokenA, members), "server, to the satang");
            assertEquals(aBefore, phoneBalances(phoneA, members), "phone A, to the satang");
            assertEquals(bBefore, phoneBalances(phoneB, members), "phone B, to the satang");
            assertEquals(opsBefore, count(restoredUrl, "SELECT COUNT(*) FROM sync_op s JOIN org o ON o.id = s.org_id"
                    + " WHERE o.code = ?", org), "every op once, none doubled");
            assertEquals(entriesBefore, count(restoredUrl, "SELECT COUNT(*) FROM ledger_entry e JOIN org o"
                    + " ON o.id = e.org_id WHERE o.code = ?", org), "every ledger entry once");
            for (QueuedPhoto p : photos) {
                HttpResponse<byte[]> back = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/photos/"
                        + p.sha256())).header("Authorization", "Bearer " + tokenA).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, back.statusCode(), "photo " + p.file().getFileName());
                assertArrayEquals(Files.readAllBytes(p.file()), back.body());
            }
            for (ClientContext phone : List.of(phoneA, phoneB)) {
                assertTrue(phone.photos().queue().toUpload().isEmpty());
            }
            assertEquals(PhotoState.UPLOADED, phoneA.photos().queue().get(lamp.sha256()).orElseThrow().state());
            assertNotEquals(0, phoneA.outbox().sentCount(), "acknowledged ops are kept again");
        } finally {
            server.close();
        }
    }

    private long lapStart;

    /** How long the last stage took, on the test's output: the lead can see where the time goes. */
    private void lap(String stage) {
        long now = System.nanoTime();
        if (!stage.isEmpty()) {
            System.out.printf("RestoreLosesNoDepositTest: %-20s %5.1f s%n", stage, (now - lapStart) / 1e9);
        }
        lapStart = now;
    }

    private static ServerProcess start(String jdbcUrl, Path dataDir, Path log) throws Exception {
        Files.createDirectories(dataDir);
        return ServerProcess.start(jdbcUrl, ADMIN, log, "-Dwb.data-dir=" + dataDir.toAbsolutePath(),
                "-Dwb.backup-dump-tool=" + dumpTool(TestDatabase.server()));
    }

    /** The embedded MariaDB's own mariadb-dump (a server on an external database finds it on the PATH). */
    private static String dumpTool(EmbeddedMariaDb db) {
        return db.binDir().resolve("mariadb-dump").toString();
    }

    private static int port(ServerProcess server) {
        return URI.create(server.url()).getPort();
    }

    /** A sync run as the phone's loop makes it; a connection the old server dropped is tried again, as the loop does. */
    private static SyncStatus sync(ClientContext phone) throws ServerException {
        for (int attempt = 1; ; attempt++) {
            try {
                return phone.sync().syncOnce();
            } catch (ServerException e) {
                if (e.kind() != ServerException.Kind.UNREACHABLE || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static void syncAndUpload(ClientContext phone) throws ServerException {
        sync(phone);
        phone.photoUploader().uploadOnce();
        assertTrue(phone.photos().queue().toUpload().isEmpty(), "every photo confirmed");
    }

    private static Member member(ClientContext phone, String name) {
        return phone.members().register(new MemberService.Draft(name, "9", "หมู่ 2", null,
                LocalDate.now(Dates.THAI).minusYears(1)));
    }

    private static void deposit(ClientContext phone, Member m, String material, long grams) {
        phone.deposits().record(m.id(), List.of(new DepositService.LineDraft(material, grams)));
    }

    private static QueuedPhoto photo(ClientContext phone, Path camera, String name, int seed) throws Exception {
        Files.createDirectories(camera);
        return phone.photos().add(PickedPhoto.ofFile(Pictures.write(camera, name,
                Pictures.noise("jpg", 640, 480, seed))));
    }

    private static void product(ClientContext phone, String name, QueuedPhoto photo) {
        phone.products().register(new ProductService.Draft(name, "DRY_NON_RECYCLABLE", "ขยะแห้ง", null,
                "กลุ่มสตรี", 15_000L, "SELLING", List.of(photo.sha256())));
    }

    private static Map<UUID, Long> phoneBalances(ClientContext phone, List<UUID> members) {
        Map<UUID, Long> out = new LinkedHashMap<>();
        members.forEach(m -> out.put(m, phone.ledger().balance(m)));
        return out;
    }

    private Map<UUID, Long> serverBalances(String url, String token, List<UUID> members) throws Exception {
        Map<UUID, Long> out = new LinkedHashMap<>();
        for (UUID m : members) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/members/" + m
                    + "/balance")).header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            out.put(m, ((Number) Api.parse(r.body()).get("balance")).longValue());
        }
        return out;
    }

    private int photoStatus(String url, String token, String sha256) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/photos/" + sha256))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static long count(String url, String sql, Object... params) throws Exception {
        try (Connection c = TestDatabase.connect(url); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
