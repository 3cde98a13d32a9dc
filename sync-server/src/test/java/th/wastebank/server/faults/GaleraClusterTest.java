package th.wastebank.server.faults;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import th.wastebank.id.Uuid7;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.GaleraCluster;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.Parallel;
import th.wastebank.server.support.Pictures;
import th.wastebank.server.support.Prerequisites;
import th.wastebank.server.support.ServerProcess;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.server.support.TusRequests;
import th.wastebank.sync.SyncOp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server on a real three-node MariaDB Galera cluster: two server processes, each writing through
 * a different node (server A with Connector/J's failover URL, node 1 first; server B with its
 * load-balancing URL over nodes 2, 3 and 1). Galera certifies a transaction only at commit, so the
 * org's row lock on one node does not hold back a push of the same org through the other; the loser
 * is rolled back (1213) and {@code Tx} runs it again. No push may fail for it, and when a database
 * node and a server die mid-run the phones' resends lose nothing and double nothing.
 *
 * <p>Skipped where Galera is not installed ({@code .ci/run} installs it).
 *
 * <p>The two servers share one data directory (the photos and the unfinished uploads' bytes, as an
 * NFS mount would be shared, ADR 0010): a photo upload begun through server B is finished through
 * server A after B is killed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GaleraClusterTest {
    private static final String ADMIN = "galera-admin";
    private static final String SCHEMA = "wastebank_galera";
    /** Grams of one deposit: whole kilograms, so each is exactly 800 satang a kilogram. */
    private static final long KG = 1_000;
    private static final long SATANG_PER_KG = 800;

    private GaleraCluster cluster;
    private ServerProcess serverA;
    private ServerProcess serverB;
    private String org;
    private final Ops ops = new Ops();
    private final List<UUID> members = new ArrayList<>();
    /** What every member should have saved, from every deposit made so far. */
    private final Map<UUID, Long> expectedSavings = new HashMap<>();
    private int expectedOps;
    private int expectedDeposits;
    private long started;

    @BeforeAll
    void formTheClusterAndStartTwoServers() throws Exception {
        String missing = GaleraCluster.missing();
        Prerequisites.require(missing == null, "Galera cluster test skipped: " + missing);
        started = System.nanoTime();
        Path dir = Path.of(System.getProperty("wb.test.data.dir", "target/test-data"), "galera");
        cluster = GaleraCluster.bootstrap(dir.resolve("cluster"));
        cluster.migrate(SCHEMA); // before the others join: a table made during their state transfer fails it
        cluster.join();
        Files.createDirectories(dir.resolve("servers"));
        Map<String, String> shared = Map.of("WB_DATA_DIR", dir.resolve("servers/shared").toAbsolutePath().toString());
        // the servers start once nodes 2 and 3 have their state: while node 1 donates it (mariabackup
        // holds a lock for a moment), a new connection's first statement could wait out the lock-wait
        // timeout, and a server that cannot open its pool stops (as systemd would then start it again)
        cluster.awaitJoined();
        ExecutorService starting = Executors.newSingleThreadExecutor();
        Future<ServerProcess> startingA = starting.submit(() -> ServerProcess.start(cluster.failoverUrl(SCHEMA, 1, 2, 3),
                cluster.username(), cluster.password(), ADMIN, dir.resolve("servers/server-a.log"), shared,
                "-Xmx384m"));
        try {
            serverB = ServerProcess.start(cluster.loadBalanceUrl(SCHEMA, 2, 3, 1), cluster.username(),
                    cluster.password(), ADMIN, dir.resolve("servers/server-b.log"), shared, "-Xmx384m");
        } finally {
            serverA = startingA.get(); // kept for the teardown whichever failed
            starting.shutdown();
        }
        System.out.printf("Galera: 3 nodes synced and both servers up in %.1f s%n", (System.nanoTime() - started) / 1e9);
        try (Connection c = cluster.connect(2, SCHEMA)) {
            org = TestOrgs.insert(c, "GALERA01", "อบต.สามฐานข้อมูล", "360903");
        }
        List<SyncOp> register = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            UUID member = Ops.newId();
            members.add(member);
            expectedSavings.put(member, 0L);
            register.add(ops.member(member, "สมาชิกคนที่ " + (i + 1)));
        }
        Api a = new Api(serverA.url(), ADMIN);
        Api.Device registrar = a.pair(org, "เครื่องลงทะเบียน");
        assertTrue(a.pushStatuses(registrar, register).stream().allMatch("APPLIED"::equals));
        expectedOps += register.size();
    }

    @AfterAll
    void stopEverything() throws InterruptedException {
        for (AutoCloseable c : new AutoCloseable[] {serverB, serverA, cluster}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // the others are still stopped
            }
        }
        if (cluster != null) {
            System.out.printf("Galera: the whole cluster test took %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
    }

    @Test
    @Order(1)
    void concurrentPushesOfOneOrgThroughTwoServersOnDifferentNodesAllApply() throws Exception {
        Api a = new Api(serverA.url(), ADMIN);
        Api b = new Api(serverB.url(), ADMIN);
        List<Api.Device> phones = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            phones.add((i % 2 == 0 ? a : b).pair(org, "เครื่องชั่งที่ " + (i + 1)));
        }
        List<Callable<List<Integer>>> work = new ArrayList<>();
        for (int p = 0; p < phones.size(); p++) {
            Api.Device phone = phones.get(p);
            List<List<SyncOp>> batches = batches(5, 20);
            int first = p;
            work.add(() -> {
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < batches.size(); i++) {
                    Api through = (first + i) % 2 == 0 ? a : b; // every phone through both servers in turn
                    Api.Response r = through.push(phone, batches.get(i));
                    statuses.add(r.status());
                    if (r.status() == 200) {
                        assertTrue(r.results().stream().allMatch(m -> "APPLIED".equals(m.get("status"))), r.body());
                    }
                }
                return statuses;
            });
        }
        List<List<Integer>> answers = Parallel.all(work);
        List<Integer> all = answers.stream().flatMap(List::stream).toList();
        assertEquals(20, all.size());
        assertTrue(all.stream().allMatch(s -> s == 200), "every push of the one org succeeds: " + all);
        assertEverythingOnceOnEveryNode(1, 2, 3);
    }

    @Test
    @Order(2)
    void killingAGaleraNodeAndAServerMidRunLosesAndDoublesNothing() throws Exception {
        Api a = new Api(serverA.url(), ADMIN);
        Api b = new Api(serverB.url(), ADMIN);
        List<Api.Device> phones = List.of(a.pair(org, "เครื่องชั่งบ่าย 1"), b.pair(org, "เครื่องชั่งบ่าย 2"));
        // a photo half sent through server B, whose rest goes through server A once B is dead
        byte[] photo = Pictures.noise("png", 200, 200, 12);
        TusRequests throughB = new TusRequests(serverB.url(), phones.get(1).token());
        String upload = throughB.created(photo.length, Pictures.sha256(photo), "ตะกร้า.png");
        int half = photo.length / 2;
        assertEquals(204, throughB.patch(upload, 0, Arrays.copyOf(photo, half)).statusCode());
        int perPhone = 24;
        List<List<List<SyncOp>>> queues = List.of(batches(perPhone, 10), batches(perPhone, 10));
        AtomicInteger done = new AtomicInteger();
        AtomicInteger resends = new AtomicInteger();
        List<Callable<Void>> work = new ArrayList<>();
        for (int p = 0; p < phones.size(); p++) {
            Api.Device phone = phones.get(p);
            List<List<SyncOp>> queue = queues.get(p);
            int home = p;
            work.add(() -> {
                for (List<SyncOp> batch : queue) {
                    sendUntilAnswered(List.of(home == 0 ? a : b, home == 0 ? b : a), phone, batch, resends);
                    done.incrementAndGet();
                }
                return null;
            });
        }
        work.add(() -> {
            awaitAtLeast(done, perPhone / 2);
            cluster.kill(1); // server A's first node, and one of server B's
            System.out.printf("Galera: node 1 killed after %d pushes%n", done.get());
            awaitAtLeast(done, perPhone);
            serverB.kill();
            System.out.printf("Galera: server B killed after %d pushes%n", done.get());
            return null;
        });
        Parallel.all(work);
        System.out.printf("Galera: %d pushes sent again after a failure%n", resends.get());
        assertTrue(resends.get() > 0, "the kills interrupted some pushes (else this test proved nothing)");
        assertEverythingOnceOnEveryNode(2, 3);

        TusRequests throughA = new TusRequests(serverA.url(), phones.get(1).token());
        assertEquals(half, throughA.offset(upload), "server A continues the upload B began");
        assertEquals(204, throughA.patch(upload, half, Arrays.copyOfRange(photo, half, photo.length)).statusCode());
        assertArrayEquals(photo, throughA.photo(Pictures.sha256(photo)).body(), "the photo is whole, once");
    }

    /** Sends the push until a server answers 200 (every op APPLIED or DUPLICATE), as the phone's outbox does. */
    private static void sendUntilAnswered(List<Api> servers, Api.Device phone, List<SyncOp> batch,
                                          AtomicInteger resends) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        for (int attempt = 0; System.nanoTime() < deadline; attempt++) {
            Api through = servers.get(attempt % 4 < 2 ? 0 : 1); // twice at home, then the other server
            try {
                Api.Response r = through.push(phone, batch);
                if (r.status() == 200) {
                    for (Map<String, Object> result : r.results()) {
                        Object status = result.get("status");
                        assertTrue("APPLIED".equals(status) || "DUPLICATE".equals(status), r.body());
                    }
                    return;
                }
                assertTrue(r.status() == 503 || r.status() == 502, "only 'try again' answers: " + r.status() + " "
                        + r.body());
            } catch (UncheckedIOException refusedOrCut) {
                // the server died under the push, or is not there any more
            }
            resends.incrementAndGet();
            Thread.sleep(100 + ThreadLocalRandom.current().nextInt(150));
        }
        throw new AssertionError("a push was not accepted within 60 s");
    }

    private static void awaitAtLeast(AtomicInteger counter, int n) throws InterruptedException {
        while (counter.get() < n) {
            Thread.sleep(20);
        }
    }

    /** {@code count} pushes of {@code size} deposits each, to random members, remembered as expected. */
    private synchronized List<List<SyncOp>> batches(int count, int size) {
        List<List<SyncOp>> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<SyncOp> batch = new ArrayList<>();
            for (int j = 0; j < size; j++) {
                UUID member = members.get(ThreadLocalRandom.current().nextInt(members.size()));
                long kg = 1 + ThreadLocalRandom.current().nextInt(9);
                batch.add(ops.deposit(member, kg * KG));
                expectedSavings.merge(member, kg * SATANG_PER_KG, Long::sum);
            }
            out.add(batch);
            expectedOps += size;
            expectedDeposits += size;
        }
        return out;
    }

    /**
     * On each of {@code nodes}: every op once, every deposit once, each member's savings to the
     * satang, the month's roll-up equal to the ledger, and the pull feed numbered 1..n without a gap.
     */
    private void assertEverythingOnceOnEveryNode(int... nodes) throws Exception {
        long expectedTotal = expectedSavings.values().stream().mapToLong(Long::longValue).sum();
        for (int node : nodes) {
            try (Connection c = cluster.connect(node, SCHEMA)) {
                long orgId = number(c, "SELECT id FROM org WHERE code = ?", org);
                assertEquals(expectedOps, number(c, "SELECT COUNT(*) FROM sync_op WHERE org_id = ?", orgId),
                        "ops on node " + node);
                assertEquals(expectedOps, number(c, "SELECT MAX(seq) FROM sync_op WHERE org_id = ?", orgId),
                        "the op log numbered 1.." + expectedOps + " without a gap on node " + node);
                assertEquals(expectedDeposits, number(c, "SELECT COUNT(*) FROM ledger_entry WHERE org_id = ?"
                        + " AND account = 1", orgId), "deposits on node " + node);
                for (Map.Entry<UUID, Long> m : expectedSavings.entrySet()) {
                    assertEquals(m.getValue(), number(c, "SELECT COALESCE(SUM(amount), 0) FROM ledger_entry"
                            + " WHERE org_id = ? AND account = 1 AND member_id = ?", orgId, Uuid7.toBytes(m.getKey())),
                            "savings of a member on node " + node);
                }
                assertEquals(expectedDeposits, number(c, "SELECT SUM(deposit_count) FROM org_month_stats"
                        + " WHERE org_id = ?", orgId), "the roll-up's deposit count on node " + node);
                assertEquals(expectedTotal, number(c, "SELECT SUM(deposit_satang) FROM org_month_stats"
                        + " WHERE org_id = ?", orgId), "the roll-up's satang on node " + node);
            }
        }
        assertPullFeedGapless(new Api(serverA.url(), ADMIN));
    }

    private void assertPullFeedGapless(Api api) {
        Api.Device reader = api.pair(org, "เครื่องตรวจ");
        Set<String> entities = new HashSet<>();
        long cursor = 0;
        while (true) {
            Api.Response r = api.pull(reader, Long.toString(cursor), 1000);
            assertEquals(200, r.status(), r.body());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> changes = (List<Map<String, Object>>) r.json().get("changes");
            for (Map<String, Object> change : changes) {
                long at = ((Number) change.get("cursor")).longValue();
                assertEquals(cursor + 1, at, "the pull feed has no gap");
                cursor = at;
                assertTrue(entities.add((String) change.get("entityId")), "each change once in the pull feed");
            }
            if (!Boolean.TRUE.equals(r.json().get("hasMore"))) {
                break;
            }
        }
        assertEquals(expectedOps, cursor);
    }

    private static long number(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
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
