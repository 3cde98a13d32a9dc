package th.wastebank.server.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerProcess;
import th.wastebank.server.support.TestDatabase;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.sync.SyncOp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server process killed with SIGKILL while a phone's batch of pushes is in flight, then
 * started again: every push is atomic (the ledger holds whole pushes only), and when the phone
 * sends all of them again each op is applied exactly once.
 */
class ServerCrashTest {
    private static final String ADMIN = "crash-admin";
    private static final int PUSHES = 24;
    private static final int DEPOSITS_PER_PUSH = 100;

    @Test
    void aServerKilledInTheMiddleOfABatchAppliesEachOpOnceWhenThePushesAreSentAgain() throws Exception {
        Path logs = Path.of(System.getProperty("wb.test.data.dir", "target/test-data"), "server-crash");
        Files.createDirectories(logs);
        Ops ops = new Ops();
        UUID member = Ops.newId();
        List<List<SyncOp>> pushes = new ArrayList<>();
        for (int p = 0; p < PUSHES; p++) {
            List<SyncOp> push = new ArrayList<>();
            for (int i = 0; i < DEPOSITS_PER_PUSH; i++) {
                push.add(ops.deposit(member, 1_000 + p * DEPOSITS_PER_PUSH + i));
            }
            pushes.add(push);
        }

        Api.Device device;
        String org;
        try (ServerProcess first = ServerProcess.start(TestDatabase.url(), ADMIN, logs.resolve("before-kill.log"))) {
            Api api = new Api(first.url(), ADMIN);
            org = TestOrgs.create("อบต.ไฟดับกลางการส่ง");
            device = api.pair(org);
            assertEquals(List.of("APPLIED"), api.pushStatuses(device, List.of(ops.member(member, "นายไฟดับ"))));
            int answered = pushUntilKilled(first, api, device, pushes);
            assertTrue(answered < PUSHES, "the server was killed before the batch was through (" + answered + ")");
        }

        long[] afterKill = ledgerAndOpRows(org);
        long ledgerAfterKill = afterKill[0];
        assertEquals(0, ledgerAfterKill % DEPOSITS_PER_PUSH, "whole pushes only, never part of one: " + ledgerAfterKill);
        assertEquals(ledgerAfterKill + 1, afterKill[1], "an op-log row for every ledger row, and the member");

        try (ServerProcess second = ServerProcess.start(TestDatabase.url(), ADMIN, logs.resolve("after-kill.log"))) {
            Api api = new Api(second.url(), ADMIN);
            int duplicates = 0;
            for (List<SyncOp> push : pushes) {
                List<String> statuses = api.pushStatuses(device, push);
                assertEquals(1, statuses.stream().distinct().count(), "one push, one fate: " + statuses);
                assertTrue(List.of("APPLIED", "DUPLICATE").contains(statuses.get(0)), statuses.get(0));
                duplicates += "DUPLICATE".equals(statuses.get(0)) ? 1 : 0;
            }
            assertTrue(duplicates >= ledgerAfterKill / DEPOSITS_PER_PUSH, "the pushes applied before the kill: "
                    + duplicates + " for " + ledgerAfterKill + " rows");
            assertTrue(duplicates < PUSHES, "some pushes were only applied after the restart");
            System.out.printf("ServerCrashTest: %d of %d pushes were in the ledger at the kill, %d found applied on"
                    + " the resend%n", ledgerAfterKill / DEPOSITS_PER_PUSH, PUSHES, duplicates);
        }
        assertEquals((long) PUSHES * DEPOSITS_PER_PUSH, Db.ledgerRows(org));
        assertEquals((long) PUSHES * DEPOSITS_PER_PUSH + 1, Db.opRows(org));
        assertEquals(Db.count("SELECT COUNT(DISTINCT e.id) FROM ledger_entry e JOIN org o ON o.id = e.org_id"
                + " WHERE o.code = ?", org), Db.ledgerRows(org));
    }

    /**
     * Both counts in one statement, so one snapshot: a COMMIT the server sent just before it died
     * may still land after the kill, but only whole.
     */
    private static long[] ledgerAndOpRows(String org) throws SQLException {
        try (Connection c = TestDatabase.connect(); PreparedStatement ps = c.prepareStatement("SELECT"
                + " (SELECT COUNT(*) FROM ledger_entry e WHERE e.org_id = o.id),"
                + " (SELECT COUNT(*) FROM sync_op s WHERE s.org_id = o.id) FROM org o WHERE o.code = ?")) {
            ps.setString(1, org);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    /**
     * Three senders work through the batch (the way a phone with a backlog and a retry would; a 429
     * for more pushes in flight than the device may have is sent again, as the phone does);
     * once a few pushes are answered the server is killed with the rest in flight or not yet sent.
     */
    private static int pushUntilKilled(ServerProcess server, Api api, Api.Device device, List<List<SyncOp>> pushes)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        CountDownLatch someAnswered = new CountDownLatch(3);
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        ExecutorService senders = Executors.newFixedThreadPool(3);
        try {
            for (int t = 0; t < 3; t++) {
                senders.submit(() -> {
                    for (int p = next.getAndIncrement(); p < pushes.size(); p = next.getAndIncrement()) {
                        try {
                            Api.Response r = api.push(device, pushes.get(p));
                            while (r.status() == 429) { // more pushes in flight than the device may have: wait, as a phone does
                                Thread.sleep(100);
                                r = api.push(device, pushes.get(p));
                            }
                            if (r.status() != 200) {
                                unexpected.add(new AssertionError("push " + p + ": " + r.status() + " " + r.body()));
                            }
                            answered.incrementAndGet();
                            someAnswered.countDown();
                        } catch (RuntimeException | InterruptedException connectionLost) {
                            return; // the server is gone: the phone keeps the push in its outbox
                        }
                    }
                });
            }
            assertTrue(someAnswered.await(120, TimeUnit.SECONDS), "no push was answered");
            server.kill();
        } finally {
            senders.shutdown();
            assertTrue(senders.awaitTermination(120, TimeUnit.SECONDS));
        }
        assertTrue(unexpected.isEmpty(), unexpected.toString());
        return answered.get();
    }
}
