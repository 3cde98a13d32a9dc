package th.wastebank.server.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import th.wastebank.server.db.EmbeddedMariaDb;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerProcess;
import th.wastebank.server.support.TestDatabase;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.server.support.WebSession;
import th.wastebank.sync.SyncOp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real server process on an embedded MariaDB of this test's own, which the test stops and kills:
 * the phone is answered 503 {@code database-unavailable} with Retry-After (never a 500, within a
 * few seconds, not after a hang), nothing is half-written, and once the database is back the same
 * push applies exactly once on the same server process, which needed no restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseFaultsTest {
    private static final String ADMIN = "db-faults-admin";
    private static final String SCHEMA = "wastebank_db_faults";
    /** Hikari's connection timeout (5 s) and the 2 s check of a dead connection, with room for a busy machine. */
    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(20);

    private Path root;
    private EmbeddedMariaDb db;
    private int port;
    private ServerProcess server;
    private Api api;

    @BeforeAll
    void startDatabaseAndServer() throws Exception {
        Path dir = Path.of(System.getProperty("wb.test.data.dir", "target/test-data"), "db-faults").toAbsolutePath();
        Files.createDirectories(dir);
        root = dir.resolve("mariadb");
        db = EmbeddedMariaDb.start(root, 0, 64);
        port = db.port();
        TestDatabase.recreate(db, SCHEMA);
        server = ServerProcess.start(db, db.jdbcUrl(SCHEMA), ADMIN, dir.resolve("server.log"));
        api = new Api(server.url(), ADMIN);
    }

    @AfterAll
    void stopBoth() throws Exception {
        if (server != null) {
            server.close();
        }
        if (db != null) {
            db.stop();
        }
    }

    @Test
    void aPushWhileTheDatabaseIsStoppedIsAnswered503AndAppliesOnceWhenItIsBack() throws Exception {
        Api.Device device = api.pair(newOrg("อบต.ฐานข้อมูลหยุด"));
        Ops ops = new Ops();
        UUID member = Ops.newId();
        assertEquals(List.of("APPLIED"), api.pushStatuses(device, List.of(ops.member(member, "นายรอฐานข้อมูล"))));
        List<SyncOp> batch = deposits(ops, member, 50);

        db.stop();
        Instant sent = Instant.now();
        Api.Response refused = api.push(device, batch);
        Duration took = Duration.between(sent, Instant.now());
        assertUnavailable(refused);
        assertTrue(took.compareTo(ANSWERED_WITHIN) < 0, "answered in " + took);
        System.out.printf("DatabaseFaultsTest: a push with the database stopped was answered 503 in %d ms%n",
                took.toMillis());
        assertUnavailable(api.pull(device, "0", 100));
        WebSession officer = new WebSession(server.url()).header("Accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        WebSession.Page page = officer.signIn("officer.without.database", "whatever-it-is");
        assertEquals(503, page.status(), page.body());
        assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
        assertTrue(page.body().contains("ฐานข้อมูลไม่พร้อมใช้งานชั่วคราว"), page.body());
        assertFalse(page.header("Retry-After").isEmpty());

        restartDatabase();
        List<String> statuses = pushOnceTheDatabaseAnswers(device, batch);
        assertTrue(statuses.stream().allMatch("APPLIED"::equals), statuses.toString());
        assertEquals(List.of(51L, 50L), counts(device.orgCode()));
        assertTrue(server.isAlive(), "the same server process, never restarted");
    }

    @Test
    void aDatabaseKilledInTheMiddleOfAPushLeavesNothingHalfWrittenAndTheSamePushAppliesOnce() throws Exception {
        String org = newOrg("อบต.ฐานข้อมูลดับกลางทาง");
        Api.Device device = api.pair(org);
        Ops ops = new Ops();
        UUID member = Ops.newId();
        List<SyncOp> batch = new ArrayList<>();
        batch.add(ops.member(member, "นางสาวกลางทาง"));
        batch.addAll(deposits(ops, member, 400));

        Connection blocker = DriverManager.getConnection(db.jdbcUrl(SCHEMA), db.username(), db.password());
        holdLedgerInsertsOf(blocker, org);
        CompletableFuture<Api.Response> inFlight = CompletableFuture.supplyAsync(() -> api.push(device, batch));
        awaitPushBlockedAtTheLedger(blocker);
        killDatabase();
        closeQuietly(blocker);
        Instant killed = Instant.now();
        Api.Response refused = inFlight.get(ANSWERED_WITHIN.toSeconds(), TimeUnit.SECONDS);
        System.out.printf("DatabaseFaultsTest: the push in flight was answered 503 %d ms after the kill%n",
                Duration.between(killed, Instant.now()).toMillis());
        assertUnavailable(refused);

        restartDatabase();
        assertEquals(List.of(0L, 0L), counts(org), "the push's op log and member rows were rolled back with it");
        assertEquals(0L, count("SELECT COUNT(*) FROM member m JOIN org o ON o.id = m.org_id WHERE o.code = ?", org));
        List<String> statuses = pushOnceTheDatabaseAnswers(device, batch);
        assertTrue(statuses.stream().allMatch("APPLIED"::equals), statuses.toString());
        assertEquals(List.of(401L, 400L), counts(org));
        assertTrue(api.pushStatuses(device, batch).stream().allMatch("DUPLICATE"::equals), "a resend after that");
        assertEquals(List.of(401L, 400L), counts(org));
        assertTrue(server.isAlive(), "the same server process, never restarted");
    }

    private static void assertUnavailable(Api.Response r) {
        assertEquals(503, r.status(), r.body());
        assertEquals("application/problem+json", r.contentType());
        Map<String, Object> problem = r.json();
        assertEquals("database-unavailable", problem.get("code"));
        assertTrue(((String) problem.get("detailTh")).contains("ฐานข้อมูล"), r.body());
        long retryAfter = Long.parseLong(r.raw().headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1, "Retry-After " + retryAfter);
    }

    /**
     * A transaction of the test's (REPEATABLE READ) locks the org's range of the ledger index, so
     * the push, once it has locked its org and written its op log and members, waits at its first
     * ledger row: the database dies with the push half-way through its transaction.
     */
    private static void holdLedgerInsertsOf(Connection blocker, String org) throws SQLException {
        blocker.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        blocker.setAutoCommit(false);
        try (PreparedStatement ps = blocker.prepareStatement("SELECT COUNT(*) FROM ledger_entry FORCE INDEX (ix_ledger_balance)"
                + " WHERE org_id = (SELECT id FROM org WHERE code = ?) FOR UPDATE")) {
            ps.setString(1, org);
            ps.executeQuery().close();
        }
    }

    /** Its database died under it: closing (which rolls back) can only report the lost link. */
    private static void closeQuietly(Connection dead) {
        try {
            dead.close();
        } catch (SQLException expected) {
            // Communications link failure during rollback()
        }
    }

    /** The server's connection (the same account, so the test may see it) waiting on its ledger insert. */
    private static void awaitPushBlockedAtTheLedger(Connection blocker) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            try (Statement st = blocker.createStatement(); ResultSet rs = st.executeQuery("SHOW FULL PROCESSLIST")) {
                while (rs.next()) {
                    String info = rs.getString("Info");
                    if (info != null && info.startsWith("INSERT INTO ledger_entry")) {
                        return;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the push never reached its ledger rows");
    }

    /** SIGKILL to this test's own mariadbd (found among this JVM's children by its data directory). */
    private void killDatabase() throws Exception {
        ProcessHandle mariadbd = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().map(cl -> cl.contains("mariadbd") && cl.contains(root.toString()))
                        .orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no mariadbd under " + root));
        mariadbd.destroyForcibly();
        mariadbd.onExit().get(30, TimeUnit.SECONDS);
        db.stop();
    }

    private void restartDatabase() {
        db = EmbeddedMariaDb.start(root, port, 64);
    }

    /**
     * The phone's retry loop: it sends the same push again after Retry-After until answered; the
     * pool may hand out one connection that died with the old database before it notices.
     */
    private List<String> pushOnceTheDatabaseAnswers(Api.Device device, List<SyncOp> batch) throws Exception {
        Instant deadline = Instant.now().plus(ANSWERED_WITHIN);
        while (true) {
            Api.Response r = api.push(device, batch);
            if (r.status() == 200 || Instant.now().isAfter(deadline)) {
                assertEquals(200, r.status(), r.body());
                return r.results().stream().map(m -> (String) m.get("status")).toList();
            }
            assertUnavailable(r);
            Thread.sleep(500);
        }
    }

    private static List<SyncOp> deposits(Ops ops, UUID member, int n) {
        List<SyncOp> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            batch.add(ops.deposit(member, 1_000 + i));
        }
        return batch;
    }

    private String newOrg(String nameTh) throws SQLException {
        String code = "F" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(SCHEMA), db.username(), db.password())) {
            return TestOrgs.insert(c, code, nameTh, "360903");
        }
    }

    /** Op-log rows and ledger rows of the org. */
    private List<Long> counts(String org) throws SQLException {
        return List.of(count("SELECT COUNT(*) FROM sync_op s JOIN org o ON o.id = s.org_id WHERE o.code = ?", org),
                count("SELECT COUNT(*) FROM ledger_entry e JOIN org o ON o.id = e.org_id WHERE o.code = ?", org));
    }

    private long count(String sql, String org) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(SCHEMA), db.username(), db.password());
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, org);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
