package th.wastebank.server.sync;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.committee.CommitteeUpsert;
import th.wastebank.deposit.DepositLine;
import th.wastebank.deposit.DepositRecord;
import th.wastebank.progress.MilestoneRecord;
import th.wastebank.sale.BuyerUpsert;
import th.wastebank.sale.SaleLine;
import th.wastebank.sale.SaleRecord;
import th.wastebank.sale.SaleVoid;
import th.wastebank.sale.StockAdjust;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.TestDatabase;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.sync.OpType;
import th.wastebank.dividend.DividendLine;
import th.wastebank.dividend.DividendRun;
import th.wastebank.welfare.MarginRun;
import th.wastebank.welfare.SchemeUpsert;
import th.wastebank.village.VillageUpsert;
import th.wastebank.year.FiscalYear;
import th.wastebank.sync.SyncOp;
import th.wastebank.transfer.MemberMerge;
import th.wastebank.transfer.SavingsTransfer;
import th.wastebank.validation.Dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a phone relies on to send its ops again after the server was restored from a backup (ADR
 * 0009): every push and pull answer names the op log's epoch, the restore's hook renews it, and an
 * op of any type the server already has is answered DUPLICATE and changes nothing.
 */
@SharedServer
class SyncEpochTest extends ServerTestBase {

    @Test
    void everyOpTypeSentAgainIsAnsweredDuplicateAndChangesNothing() {
        String org = TestOrgs.create("อบต.ส่งอีกครั้ง");
        Api.Device phone = api().pair(org);
        Ops ops = new Ops(Instant.now());
        LocalDate today = LocalDate.now(Dates.THAI);
        UUID member = Ops.newId();
        UUID deposit = Ops.newId();
        UUID product = Ops.newId();
        UUID scheme = Ops.newId();
        UUID claim = Ops.newId();
        UUID buyer = Ops.newId();
        UUID marginScheme = Ops.newId();
        UUID sale = Ops.newId();
        UUID heir = Ops.newId();
        List<SyncOp> everyType = List.of(
                ops.member(member, "นางส่งซ้ำ ได้เสมอ", today.minusYears(1)),
                ops.price("PET_CLEAR", 800, "ขวดพลาสติกใส"),
                ops.op(deposit, new DepositRecord(member, Instant.now(),
                        List.of(new DepositLine("PET_CLEAR", 10_000, 800, 8_000)), 8_000, null)),
                ops.withdrawal(member, 1_000),
                ops.reverse(deposit, "ชั่งผิด"),
                ops.product(product, "ตะกร้าสาน", 1),
                ops.milestone(new MilestoneRecord(1, today.minusDays(3), null, "ขายตะกร้าสาน", null, null, null, null,
                        null, null, List.of())),
                ops.funeralScheme(scheme, 100_000, 2_000, 0),
                ops.contribution(150_000),
                ops.claim(claim, scheme, member, today),
                ops.levy(Ops.newId(), scheme, claim.toString(), List.of(member), 2_000),
                ops.payout(claim, 100_000),
                ops.op(buyer, new BuyerUpsert("ร้านรับซื้อส่งซ้ำ", "SHOP", null, null)),
                ops.op(sale, new SaleRecord(buyer, today, List.of(SaleLine.priced("PET_CLEAR", 1_000, 900)), 900,
                        null, "นางส่งซ้ำ ได้เสมอ")),
                ops.op(Ops.newId(), new StockAdjust("PET_CLEAR", -100, "DRYING", null, null, today)),
                ops.op(Ops.newId(), new CommitteeUpsert("นางประธาน ส่งซ้ำ", "CHAIR", today.minusYears(1), null, 1)),
                ops.op(marginScheme, new SchemeUpsert("กองทุนกำไรส่งซ้ำ", "OTHER", "FIXED", 50_000, null, 0, 0, 0,
                        "SALE_MARGIN", null, null, "ACTIVE", 1)),
                ops.op(Ops.newId(), new MarginRun(marginScheme, YearMonth.from(today).toString(), 100, 100, Instant.now(),
                        List.of("นางประธาน ส่งซ้ำ", "นายเหรัญญิก ส่งซ้ำ"), null)),
                ops.op(Ops.newId(), new DividendRun(FiscalYear.of(today).buddhistYear(), "EQUAL", 5_000, 200,
                        Instant.now(), List.of(new DividendLine(member, 100)), 100,
                        List.of("นางประธาน ส่งซ้ำ", "นายเหรัญญิก ส่งซ้ำ"), null)),
                ops.op(Ops.newId(), new VillageUpsert(4, "บ้านส่งซ้ำ", false, 1)),
                ops.op(Ops.newId(), new SaleVoid(sale, "บันทึกซ้ำ", Instant.now())),
                ops.member(heir, "นายทายาท ส่งซ้ำ", today.minusYears(1)),
                ops.op(Ops.newId(), new SavingsTransfer(member, heir, 500, Instant.now(), "heir", null,
                        List.of("นางประธาน ส่งซ้ำ", "นายเหรัญญิก ส่งซ้ำ"), null)),
                ops.op(Ops.newId(), new MemberMerge(heir, member, Instant.now(),
                        List.of("นางประธาน ส่งซ้ำ", "นายเหรัญญิก ส่งซ้ำ"), null)));
        Set<OpType> types = EnumSet.noneOf(OpType.class);
        everyType.forEach(op -> types.add(OpType.fromWire(op.type()).orElseThrow()));
        assertEquals(EnumSet.allOf(OpType.class), types, "one op of every type");

        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, everyType).stream().distinct().toList());
        long rows = Db.opRows(org);
        long ledger = Db.ledgerRows(org);
        long savings = Db.savings(org);
        assertEquals(List.of("DUPLICATE"), api().pushStatuses(phone, everyType).stream().distinct().toList());
        assertEquals(rows, Db.opRows(org));
        assertEquals(ledger, Db.ledgerRows(org));
        assertEquals(savings, Db.savings(org));
    }

    @Test
    void pushAndPullNameTheEpochAndTheRestoresHookRenewsIt() throws Exception {
        String org = TestOrgs.create("อบต.กู้คืน");
        Api.Device phone = api().pair(org);
        Ops ops = new Ops();
        Api.Response pushed = api().push(phone, List.of(ops.member(Ops.newId(), "นายยุค แรก")));
        String epoch = (String) pushed.json().get("serverEpoch");
        assertTrue(epoch != null && epoch.length() == 36, "push answer: " + pushed.body());
        assertEquals(epoch, api().pull(phone, "0", 10).json().get("serverEpoch"));

        String renewed;
        try (Connection c = TestDatabase.connect()) {
            renewed = SyncEpoch.renew(c);
        }
        assertNotEquals(epoch, renewed);
        assertEquals(renewed, api().pull(phone, "0", 10).json().get("serverEpoch"));
        assertEquals(renewed, api().push(phone, List.of(ops.member(Ops.newId(), "นายยุค สอง"))).json().get("serverEpoch"));

        Db.execute("DELETE FROM sync_epoch");
        String made = (String) api().pull(phone, "0", 10).json().get("serverEpoch");
        assertTrue(made != null && !made.equals(renewed), "a missing epoch is made anew: " + made);
        assertEquals(made, api().pull(phone, "1", 10).json().get("serverEpoch"), "and then kept");
    }
}
