package th.wastebank.e2e;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.sale.SaleService;
import th.wastebank.sale.SaleLine;
import th.wastebank.sale.StockValuation;
import th.wastebank.server.sale.SaleReads;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.validation.Dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two phones selling from the same stock with no signal, then syncing over real HTTP to the real
 * server: both sales are kept, the stock goes negative and the second sale to arrive is flagged, and
 * both phones and the server agree on the stock, its value and the month's margin to the satang.
 */
class SalesSyncTest extends OnRunningServer {
    @Test
    void twoPhonesSellingTheSameStockOfflineAreBothKeptFlaggedOnceAndAgree(@TempDir Path dirA, @TempDir Path dirB)
            throws Exception {
        Api api = server.api();
        String org = TestOrgs.create("อบต.ขายกระป๋องสองเครื่อง");
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
            a.sync().syncOnce();
            b.sync().syncOnce();
            assertEquals(10_000, b.sales().stock().get(0).grams(), "the second phone has the deposit");

            // no signal: each phone sells 8 of the 10 kg
            a.sales().record(buyer.id(), List.of(SaleLine.priced("ALU_CAN", 8_000, 5_000)), "นายสมชาย เหรัญญิก", null);
            b.sales().record(buyer.id(), List.of(SaleLine.priced("ALU_CAN", 8_000, 5_500)), "นางสมหญิง ประธาน", null);

            a.sync().syncOnce();
            b.sync().syncOnce();
            a.sync().syncOnce();
            assertEquals(0, a.outbox().pendingCount() + a.outbox().rejectedCount()
                    + b.outbox().pendingCount() + b.outbox().rejectedCount(), "both sales applied");

            assertEquals(2, Db.count("SELECT COUNT(*) FROM sale WHERE org_id = ?", orgId));
            assertEquals(1, Db.count("SELECT COUNT(*) FROM review_flag WHERE org_id = ? AND kind = 'SALE_OVERSOLD'",
                    orgId));
            SaleReads reads = server.bean(SaleReads.class);
            List<SaleService.StockRow> onServer = reads.stock(orgId).stream()
                    .map(r -> new SaleService.StockRow(r.materialCode(), r.grams(), r.valueSatang())).toList();
            assertEquals(-6_000, onServer.get(0).grams());
            assertEquals(onServer, a.sales().stock());
            assertEquals(onServer, b.sales().stock());
            YearMonth month = YearMonth.from(today);
            StockValuation.MonthFigures figures = a.sales().month(month);
            assertEquals(figures, b.sales().month(month));
            SaleReads.SaleMonth serverMonth = reads.months(orgId, month, month).get(0);
            assertEquals(List.of(2L, 16_000L, 84_000L, figures.costSatang(), 84_000L - figures.costSatang()),
                    List.of(serverMonth.sales(), serverMonth.soldGrams(), serverMonth.salesSatang(),
                            serverMonth.costSatang(), serverMonth.marginSatang()));
            assertEquals(40_000 + 24_000, figures.costSatang(), "10 kg held for 400 baht, 6 kg more at its 40 baht");
        }
    }
}
