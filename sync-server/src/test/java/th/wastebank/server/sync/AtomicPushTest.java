package th.wastebank.server.sync;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import th.wastebank.deposit.DepositLine;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.sync.SyncOp;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A push that fails inside the database (here a trigger refuses one row, standing in for a full
 * disk or a lost connection) leaves nothing behind; the device's retry then applies all of it.
 */
@SharedServer
class AtomicPushTest extends ServerTestBase {
    private static final long POISON_AMOUNT = 4242;

    @AfterEach
    void dropTrigger() {
        Db.execute("DROP TRIGGER IF EXISTS refuse_poison_amount");
    }

    @Test
    void aPushThatFailsMidwayWritesNothingAndIsRetriedWhole() {
        String org = TestOrgs.create("อบต.ล้มกลางทาง");
        Api.Device device = api().pair(org);
        Ops ops = new Ops();
        UUID member = Ops.newId();
        // 5,302.5 g of PET at 8 baht/kg is 42.42 baht
        List<SyncOp> batch = List.of(ops.member(member, "นายล้ม"), ops.deposit(member, 1_000),
                ops.deposit(member, DepositLine.priced("PET_CLEAR", 5_303, 800)), ops.deposit(member, 2_000));
        assertEquals(POISON_AMOUNT, ((Number) batch.get(2).payload().get("total")).longValue());
        Db.execute("CREATE TRIGGER refuse_poison_amount BEFORE INSERT ON ledger_entry FOR EACH ROW"
                + " BEGIN IF NEW.amount = " + POISON_AMOUNT + " THEN"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'disk full (simulated)'; END IF; END");

        Api.Response failed = api().push(device, batch);
        assertEquals(500, failed.status(), failed.body());
        assertEquals("internal-error", failed.json().get("code"));
        assertEquals(0, Db.opRows(org));
        assertEquals(0, Db.ledgerRows(org));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM member m JOIN org o ON o.id = m.org_id WHERE o.code = ?", org));
        assertEquals(0, Db.count("SELECT s.last_seq FROM sync_state s JOIN org o ON o.id = s.org_id WHERE o.code = ?", org));

        dropTrigger();
        assertEquals(List.of("APPLIED", "APPLIED", "APPLIED", "APPLIED"), api().pushStatuses(device, batch));
        assertEquals(3, Db.ledgerRows(org));
    }
}
