package th.wastebank.server.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.Parallel;
import th.wastebank.server.support.ServerProcess;
import th.wastebank.server.support.TestDatabase;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.sync.SyncOp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two server processes on different ports share one database; the same batch pushed to both at
 * once is applied exactly once. Nothing that decides idempotency lives in a node's memory.
 */
class MultiNodeTest {
    private static final String ADMIN = "multi-node-admin";

    @Test
    void theSameBatchPushedToTwoNodesAtOnceIsAppliedOnce() throws Exception {
        Path logs = Path.of(System.getProperty("wb.test.data.dir", "target/test-data"), "multi-node");
        Files.createDirectories(logs);
        try (ServerProcess nodeA = ServerProcess.start(TestDatabase.url(), ADMIN, logs.resolve("node-a.log"));
             ServerProcess nodeB = ServerProcess.start(TestDatabase.url(), ADMIN, logs.resolve("node-b.log"))) {
            assertTrue(nodeA.pid() != nodeB.pid());
            String org = TestOrgs.create("อบต.สองเครื่องแม่ข่าย");
            Api a = new Api(nodeA.url(), ADMIN);
            Api b = new Api(nodeB.url(), ADMIN);
            Api.Device device = a.pair(org);

            Ops ops = new Ops();
            UUID member = Ops.newId();
            List<SyncOp> batch = new ArrayList<>();
            batch.add(ops.member(member, "นางสาวสองแม่ข่าย"));
            for (int i = 0; i < 300; i++) {
                batch.add(ops.deposit(member, 1_000 + i));
            }
            List<List<String>> answers = Parallel.all(List.<Callable<List<String>>>of(
                    () -> a.pushStatuses(device, batch), () -> b.pushStatuses(device, batch)));
            List<String> ra = answers.get(0);
            List<String> rb = answers.get(1);

            for (int i = 0; i < batch.size(); i++) {
                List<String> pair = List.of(ra.get(i), rb.get(i));
                assertTrue(pair.contains("APPLIED") && pair.contains("DUPLICATE"), "op " + i + ": " + pair);
            }
            assertEquals(300, Db.ledgerRows(org));
            assertEquals(301, Db.opRows(org));
            String pulledFromB = b.pull(device, "0", 5000).body();
            assertTrue(pulledFromB.contains("\"nextCursor\":\"301\""), "node B serves what node A wrote");
        }
    }
}
