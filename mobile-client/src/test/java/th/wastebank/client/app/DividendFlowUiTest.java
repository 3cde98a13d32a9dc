package th.wastebank.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.sale.SaleService;
import th.wastebank.sale.SaleLine;
import th.wastebank.validation.Dates;
import th.wastebank.year.FiscalYear;

/**
 * The year-end dividend on the real screens under Monocle headless: from the stock board, the
 * fiscal year and half of its margin by deposits, the preview line by line, two names (no roster
 * yet), the members' savings credited; opened again, the same year is refused in Thai.
 */
class DividendFlowUiTest extends PairedPhoneUiTest {
    private UUID small;
    private UUID large;
    private FiscalYear year;

    @Override
    protected void given() throws Exception {
        LocalDate today = LocalDate.now(Dates.THAI);
        year = FiscalYear.of(today);
        ctx.prices().set("PET_CLEAR", 800, today, null);
        small = ctx.members().register(new MemberService.Draft("นางสมใจ ฝากน้อย", "7", "หมู่ 4", null,
                today.minusYears(1))).id();
        large = ctx.members().register(new MemberService.Draft("นายมานะ ฝากมาก", "9", "หมู่ 4", null,
                today.minusYears(1))).id();
        ctx.deposits().record(small, List.of(new DepositService.LineDraft("PET_CLEAR", 30_000))); // 240 baht
        ctx.deposits().record(large, List.of(new DepositService.LineDraft("PET_CLEAR", 70_000))); // 560 baht
        SaleService.Buyer buyer = ctx.sales().addBuyer("กรีนไลน์", "COMPANY", null, null);
        ctx.sales().record(buyer.id(), List.of(SaleLine.priced("PET_CLEAR", 100_000, 1_000)), "สมหญิง", null);
    }

    @Test
    void halfTheYearsMarginIsPreviewedByDepositsApprovedAndRefusedASecondTime() {
        tap("#home-sales");
        tap("#stock-dividend");
        fill("#dividend-year", String.valueOf(year.buddhistYear()));
        fill("#dividend-percent", "50");
        tap("#dividend-preview");
        waitUntil(() -> visible("#dividend-summary"));
        assertEquals(year.nameTh() + ": กำไร 200.00 บาท ปันผลรวม 100.00 บาท ให้สมาชิก 2 คน", text("#dividend-summary"));
        assertEquals(List.of("นายมานะ ฝากมาก", "นางสมใจ ฝากน้อย"), texts("#dividend-lines .row-title"));

        fill("#dividend-approver", "นายสมชาย ประธาน");
        fill("#dividend-second", "นางสมศรี เหรัญญิก");
        tap("#dividend-confirm");
        waitUntil(() -> ctx.ledger().balance(large) == 56_000 + 7_000);
        assertEquals(24_000 + 3_000, ctx.ledger().balance(small));
        assertTrue(ctx.outbox().pending(100).stream().anyMatch(op -> op.type().equals("dividend.run")));

        interact(() -> screens.ui.dividend());
        fill("#dividend-year", String.valueOf(year.buddhistYear()));
        fill("#dividend-percent", "10");
        tap("#dividend-preview");
        waitUntil(() -> "ปันผลของปีงบประมาณนี้จ่ายไปแล้ว จึงไม่จ่ายซ้ำ".equals(text("#dividend-error")));
        assertEquals(56_000 + 7_000, ctx.ledger().balance(large), "nothing is paid twice");
    }
}
