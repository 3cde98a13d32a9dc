package th.wastebank.client.dividend;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.member.Member;
import th.wastebank.client.sale.SaleService;
import th.wastebank.client.testing.TestClient;
import th.wastebank.dividend.DividendPlan;
import th.wastebank.sale.SaleLine;
import th.wastebank.validation.ReasonCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DividendViewModelTest {
    @TempDir
    Path tmp;
    private TestClient client;
    private Member small;
    private Member large;

    /** Deposits of 240 and 560 baht; 100 kg sold for 1,000 baht: a margin of 200 baht in ปีงบประมาณ 2570. */
    @BeforeEach
    void setUp() {
        client = new TestClient(tmp);
        client.price("PET_CLEAR", 800);
        small = client.member("นางสมใจ ฝากน้อย", "7", "หมู่ 4");
        large = client.member("นายมานะ ฝากมาก", "45", "หมู่ 2");
        client.ctx.deposits().record(small.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 30_000)));
        client.ctx.deposits().record(large.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 70_000)));
        SaleService.Buyer buyer = client.ctx.sales().addBuyer("กรีนไลน์", "COMPANY", null, null);
        client.ctx.sales().record(buyer.id(), List.of(SaleLine.priced("PET_CLEAR", 100_000, 1_000)), "สมหญิง", null);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private DividendViewModel dividend() {
        DividendViewModel vm = new DividendViewModel(client.ctx.dividends(),
                client.approval(ReasonCode.DIVIDEND_APPROVERS_REQUIRED), client.screens);
        vm.load();
        vm.yearText().set("2570");
        return vm;
    }

    private long savings(Member m) {
        return client.ctx.store().read(c -> Ledger.balance(c, m.id()));
    }

    @Test
    void theDividendIsPreviewedLineByLineThenCreditedOnceToEachMembersSavings() {
        DividendViewModel vm = dividend();
        assertEquals("2569", new DividendViewModel(client.ctx.dividends(),
                client.approval(ReasonCode.DIVIDEND_APPROVERS_REQUIRED), client.screens).yearText().get(),
                "in November the last fiscal year that has ended is offered");
        vm.percentText().set("33.33");
        vm.makePreview();
        DividendPreview p = vm.preview().get();
        assertEquals(20_000, p.margin());
        assertEquals(6_666, p.pool());
        assertEquals(List.of(large.id(), small.id()), p.lines().stream().map(DividendPreview.Line::memberId).toList());
        assertEquals(List.of(4_666L, 2_000L), p.lines().stream().map(DividendPreview.Line::amount).toList(),
                "66.66 baht split 24:56 to the satang; the satang left goes to the larger remainder");
        assertEquals(2, vm.lines().size());

        vm.approval().firstName().set("นายสมชาย ประธาน");
        vm.confirm();
        assertEquals(ReasonCode.DIVIDEND_APPROVERS_REQUIRED.messageTh(null), vm.approval().error().get());
        vm.approval().secondName().set("นางสมศรี เหรัญญิก");
        vm.confirm();

        assertEquals(24_000 + 2_000, savings(small));
        assertEquals(56_000 + 4_666, savings(large));
        assertEquals("จ่ายปันผลปีงบประมาณ 2570 ให้สมาชิก 2 คน รวม 66.66 บาท แล้ว", client.notices.get(0));
        assertTrue(client.ctx.outbox().pending(500).stream().anyMatch(op -> "dividend.run".equals(op.type())));

        DividendViewModel again = dividend();
        again.percentText().set("10");
        again.makePreview();
        assertEquals("ปันผลของปีงบประมาณนี้จ่ายไปแล้ว จึงไม่จ่ายซ้ำ", again.error().get());
        again.approval().firstName().set("นายสมชาย ประธาน");
        again.approval().secondName().set("นางสมศรี เหรัญญิก");
        again.confirm();
        assertEquals(24_000 + 2_000, savings(small), "a second run for the year credits nothing");
    }

    @Test
    void anEqualSplitAndBadInputShowTheirThaiMessages() {
        DividendViewModel vm = dividend();
        vm.yearText().set("ปีนี้");
        vm.percentText().set("0");
        vm.makePreview();
        assertEquals("กรุณากรอกปีงบประมาณเป็นปี พ.ศ. เช่น 2569", vm.yearError().get());
        assertEquals(ReasonCode.DIVIDEND_SHARE_INVALID.messageTh(null), vm.percentError().get());
        assertNull(vm.preview().get());

        vm.yearText().set("2570");
        vm.percentText().set("50");
        vm.rule().set(DividendPlan.Rule.EQUAL);
        vm.makePreview();
        assertEquals(List.of(5_000L, 5_000L), vm.lines().stream().map(DividendPreview.Line::amount).toList());

        vm.yearText().set("2569");
        vm.makePreview();
        assertEquals(ReasonCode.DIVIDEND_NO_MEMBERS.messageTh(null), vm.error().get(), "no margin that year");
    }
}
