package th.wastebank.client.welfare;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.member.Member;
import th.wastebank.client.sale.SaleService;
import th.wastebank.client.testing.TestClient;
import th.wastebank.sale.SaleLine;
import th.wastebank.validation.ReasonCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarginRunViewModelTest {
    @TempDir
    Path tmp;
    private TestClient client;
    private Scheme fromMargin;

    /** November: 100 kg bought for 800 baht and sold for 3,000: a margin of 2,200 baht. */
    @BeforeEach
    void setUp() {
        client = new TestClient(tmp);
        client.price("PET_CLEAR", 800);
        Member member = client.member("นางสมใจ ฝากประจำ", "7", "หมู่ 4");
        client.ctx.deposits().record(member.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 100_000)));
        SaleService.Buyer buyer = client.ctx.sales().addBuyer("กรีนไลน์", "COMPANY", null, null);
        client.ctx.sales().record(buyer.id(), List.of(SaleLine.priced("PET_CLEAR", 100_000, 3_000)), "สมหญิง", null);
        fromMargin = client.ctx.schemes().create(new SchemeService.Draft("กองทุนจากกำไรขาย", "OTHER", "FIXED", 50_000,
                null, 0, 0, 0, "SALE_MARGIN", null, null, "ACTIVE"));
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private MarginRunViewModel marginRun() {
        MarginRunViewModel vm = new MarginRunViewModel(client.ctx.schemes(), client.ctx.marginRuns(),
                client.approval(ReasonCode.WELFARE_APPROVERS_REQUIRED), client.clock, client.screens);
        vm.load();
        vm.month().set(YearMonth.of(2026, 11));
        return vm;
    }

    @Test
    void theMonthsMarginIsProposedMayBeLoweredNeverRaisedAndMovesOnce() {
        MarginRunViewModel vm = marginRun();
        assertEquals(fromMargin, vm.scheme().get(), "the one scheme funded by the margin is chosen");
        vm.propose();
        assertEquals(220_000, vm.proposal().get().margin());
        assertEquals("2200.00", vm.amountText().get(), "the whole margin, as the keypad would type it");
        vm.confirm();
        assertEquals(null, vm.amountError().get(), "the proposed amount reads back");
        assertEquals(ReasonCode.WELFARE_APPROVERS_REQUIRED.messageTh(null), vm.approval().error().get());

        vm.amountText().set("2200.01");
        vm.approval().firstName().set("นายสมชาย ประธาน");
        vm.approval().secondName().set("นางสมศรี เหรัญญิก");
        vm.confirm();
        assertEquals("ยอดที่โอนเข้ากองทุนต้องมากกว่าศูนย์และไม่เกินกำไรจากการขายของเดือนนั้น", vm.amountError().get());
        assertEquals(0, client.ctx.fund().balance());

        vm.amountText().set("150");
        vm.confirm();
        assertEquals(15_000, client.ctx.fund().balance());
        assertEquals("back", client.routes.last());
        assertTrue(client.ctx.outbox().pending(500).stream().anyMatch(op -> "welfare.margin.run".equals(op.type())));

        MarginRunViewModel again = marginRun();
        again.propose();
        assertEquals("โอนกำไรจากการขายของเดือนนี้เข้าสวัสดิการนี้ไปแล้ว จึงไม่โอนซ้ำ", again.error().get());
        again.confirm();
        assertEquals(15_000, client.ctx.fund().balance(), "the month moves once");
    }
}
