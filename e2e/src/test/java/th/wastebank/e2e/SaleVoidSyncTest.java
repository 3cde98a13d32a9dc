package th.wastebank.e2e;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.outbox.OutboxOp;
import th.wastebank.client.sale.SaleService;
import th.wastebank.sale.SaleLine;
import th.wastebank.server.sale.SaleReads;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.validation.Dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A sale recorded twice, voided on both phones with no signal (ADR 0020), then synced over real HTTP
 * to the real server: the first void is applied, the second refused in Thai on its phone, which
 * takes the first phone's void; both phones and the server agree on the stock and the month's
 * margin without the voided sale, and the oversell flag the mistaken sale raised stays.
 */
class SaleVoidSyncTest extends OnRunningServer {
    @Test
    void aSaleVoidedOnTwoPhonesOfflineIsVoidedOnceAndEveryoneAgrees(@TempDir Path dirA, @TempDir Path dirB)
            throws Exception {
        Api api = server.api();
        String org = TestOrgs.create("อบต.ขายซ้ำแล้วยกเลิก");
        long orgId = Db.count("SELECT id FROM org WHERE code = ?", org);
        try (ClientContext a = phone(dirA);
             ClientContext b = phone(dirB)) {
            a.pairing().pair(server.url(), api.pairingCode(org), "โทรศัพท์เหรัญญิก");
            b.pairing().pair(server.url(), api.pairingCode(org), "โทรศัพท์ประธาน");
            LocalDate today = LocalDate.now(Dates.THAI);
            a.prices().set("ALU_CAN", 4_000, today, null);
            Member m = a.members().register(new MemberService.Draft("นางสมศรี ใจดี", "1", "หมู่ 4", null,
                    today.minusYears(1)));
            a.deposits().record(m.id(), List.of(new DepositService.LineDraft("ALU_CAN", 10_000)));
            SaleService.Buyer buyer = a.sales().addBuyer("กรีนไลน์ รีไซเคิล", "COMPANY", null, null);
            a.sales().record(buyer.id(), List.of(SaleLine.priced("ALU_CAN", 8_000, 5_000)), "นายสมชาย", null);
            UUID twice = a.sales().record(buyer.id(), List.of(SaleLine.priced("ALU_CAN", 8_000, 5_000)), "นายสมชาย",
                    null);
            a.sync().syncOnce();
            b.sync().syncOnce();
            assertEquals(1, Db.count("SELECT COUNT(*) FROM review_flag WHERE org_id = ? AND kind = 'SALE_OVERSOLD'",
                    orgId), "the sale recorded twice sold past the stock");

            // no signal: both phones void the sale recorded twice
            a.sales().voidRecord(twice, "บันทึกซ้ำ");
            b.sales().voidRecord(twice, "กดบันทึกสองครั้ง");
            assertEquals(2_000, b.sales().stock().get(0).grams(), "each phone sees its void at once");

            a.sync().syncOnce();
            b.sync().syncOnce();
            List<OutboxOp> refused = b.outbox().rejected();
            assertEquals(List.of("sale.void"), refused.stream().map(OutboxOp::type).toList());
            assertEquals("รายการขายนี้ถูกยกเลิกไปแล้ว", refused.get(0).reasonTh());
            assertEquals(1, Db.count("SELECT COUNT(*) FROM sale_void WHERE org_id = ?", orgId));
            assertEquals("บันทึกซ้ำ", b.sales().record(twice).orElseThrow().voidReason(), "the server's void stands");

            SaleReads reads = server.bean(SaleReads.class);
            List<SaleService.StockRow> onServer = reads.stock(orgId).stream()
                    .map(r -> new SaleService.StockRow(r.materialCode(), r.grams(), r.valueSatang())).toList();
            assertEquals(List.of(new SaleService.StockRow("ALU_CAN", 2_000, 8_000)), onServer);
            assertEquals(onServer, a.sales().stock());
            assertEquals(onServer, b.sales().stock());
            YearMonth month = YearMonth.from(today);
            assertEquals(a.sales().month(month), b.sales().month(month));
            SaleReads.SaleMonth serverMonth = reads.months(orgId, month, month).get(0);
            assertEquals(List.of(1L, 8_000L, 40_000L, 32_000L, 8_000L), List.of(serverMonth.sales(),
                    serverMonth.soldGrams(), serverMonth.salesSatang(), serverMonth.costSatang(),
                    serverMonth.marginSatang()));
            assertEquals(serverMonth.marginSatang(), a.sales().month(month).marginSatang());
            assertEquals(1, Db.count("SELECT COUNT(*) FROM review_flag WHERE org_id = ? AND kind = 'SALE_OVERSOLD'",
                    orgId), "the flag stays: it was true when raised");
        }
    }
}
