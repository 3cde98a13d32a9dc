package th.wastebank.server.sync;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.FaultyProxy;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.Parallel;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.sync.SyncOp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@SharedServer
class PushIdempotencyTest extends ServerTestBase {

    /** A member and {@code deposits} deposits of 1 kg each (8 baht), as one batch. */
    private static List<SyncOp> batch(Ops ops, int deposits) {
        UUID member = Ops.newId();
        List<SyncOp> batch = new ArrayList<>();
        batch.add(ops.member(member, "นายทดสอบ ซ้ำสอง"));
        for (int i = 0; i < deposits; i++) {
            batch.add(ops.deposit(member, 1_000));
        }
        return batch;
    }

    @Test
    void aBatchPushedTwiceIsAppliedOnceAndAnsweredDuplicateTheSecondTime() {
        String org = TestOrgs.create("อบต.ส่งซ้ำ");
        Api.Device device = api().pair(org);
        List<SyncOp> batch = batch(new Ops(), 20);

        assertEquals(List.of("APPLIED"), api().pushStatuses(device, batch).stream().distinct().toList());
        assertEquals(List.of("DUPLICATE"), api().pushStatuses(device, batch).stream().distinct().toList());

        assertEquals(20, Db.ledgerRows(org));
        assertEquals(21, Db.opRows(org));
        assertEquals(20 * 800, Db.savings(org));
    }

    @Test
    void theSameBatchFromTwoThreadsAtOnceIsAppliedOnce() throws Exception {
        String org = TestOrgs.create("อบต.สองสาย");
        Api.Device device = api().pair(org);
        List<SyncOp> batch = batch(new Ops(), 200);
        Callable<List<String>> push = () -> api().pushStatuses(device, batch);
        List<List<String>> answers = Parallel.all(List.of(push, push));
        List<String> first = answers.get(0);
        List<String> second = answers.get(1);

        for (int i = 0; i < batch.size(); i++) {
            List<String> pair = List.of(first.get(i), second.get(i));
            assertTrue(pair.contains("APPLIED") && pair.contains("DUPLICATE"), "op " + i + ": " + pair);
        }
        assertEquals(200, Db.ledgerRows(org));
        assertEquals(200 * 800, Db.savings(org));
    }

    @Test
    void aResponseLostAfterTheCommitIsSafeToRetry() throws Exception {
        String org = TestOrgs.create("อบต.สัญญาณหาย");
        Api.Device device = api().pair(org);
        List<SyncOp> batch = batch(new Ops(), 50);
        try (FaultyProxy proxy = new FaultyProxy("127.0.0.1", server.getPort())) {
            Api viaProxy = new Api(proxy.url(), ADMIN_TOKEN);
            proxy.failNext(new FaultyProxy.DropResponse());
            assertThrows(UncheckedIOException.class, () -> viaProxy.push(device, batch));
            assertEquals(50, Db.ledgerRows(org), "the push was committed although its answer was lost");

            assertEquals(List.of("DUPLICATE"), viaProxy.pushStatuses(device, batch).stream().distinct().toList());
        }
        assertEquals(50, Db.ledgerRows(org));
        assertEquals(50 * 800, Db.savings(org));
    }

    @Test
    void aConnectionCutMidBodyWritesNothingAndTheRetryAppliesAll() throws Exception {
        String org = TestOrgs.create("อบต.สายขาด");
        Api.Device device = api().pair(org);
        List<SyncOp> batch = batch(new Ops(), 50);
        try (FaultyProxy proxy = new FaultyProxy("127.0.0.1", server.getPort())) {
            Api viaProxy = new Api(proxy.url(), ADMIN_TOKEN);
            proxy.failNext(new FaultyProxy.CutRequest(Api.pushBody(device, batch).length() / 2));
            assertThrows(UncheckedIOException.class, () -> viaProxy.push(device, batch));
            assertEquals(0, Db.ledgerRows(org));

            assertEquals(List.of("APPLIED"), viaProxy.pushStatuses(device, batch).stream().distinct().toList());
        }
        assertEquals(50, Db.ledgerRows(org));
    }

    @Test
    void theSameOpIdWithAnotherPayloadIsRejectedAndChangesNothing() {
        String org = TestOrgs.create("อบต.แก้ไขย้อนหลัง");
        Api.Device device = api().pair(org);
        Ops ops = new Ops();
        UUID member = Ops.newId();
        SyncOp register = ops.member(member, "นางสาวตัวจริง");
        SyncOp deposit = ops.deposit(member, 2_000);
        api().pushStatuses(device, List.of(register, deposit));

        SyncOp tampered = new SyncOp(deposit.opId(), deposit.seq(), deposit.type(), deposit.entityId(),
                ops.deposit(member, 9_000).payload(), deposit.recordedAt());
        Api.Response r = api().push(device, List.of(tampered));

        Map<String, Object> result = r.results().get(0);
        assertEquals("REJECTED", result.get("status"));
        assertEquals("OPID_REUSED", ((Map<?, ?>) result.get("reason")).get("code"));
        assertEquals(1, Db.ledgerRows(org));
        assertEquals(1_600, Db.savings(org));
        assertTrue(Db.string("SELECT s.payload FROM sync_op s JOIN org o ON o.id = s.org_id WHERE o.code = ?"
                + " AND s.type = 'deposit.record'", org).contains("\"grams\":2000"));
    }

    @Test
    void twoCopiesOfAnOpInOnePushAreAppliedOnce() {
        String org = TestOrgs.create("อบต.สำเนา");
        Api.Device device = api().pair(org);
        Ops ops = new Ops();
        UUID member = Ops.newId();
        SyncOp register = ops.member(member, "นายสำเนา");
        SyncOp deposit = ops.deposit(member, 1_000);

        assertEquals(List.of("APPLIED", "APPLIED", "DUPLICATE"),
                api().pushStatuses(device, List.of(register, deposit, deposit)));
        assertEquals(1, Db.ledgerRows(org));
    }
}
