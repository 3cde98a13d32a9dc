package th.wastebank.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javafx.scene.control.Labeled;

import org.junit.jupiter.api.Test;

import th.wastebank.client.committee.CommitteeMember;
import th.wastebank.client.committee.CommitteeService;
import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.member.MemberService;
import th.wastebank.validation.Dates;

/**
 * Merging a member registered twice on the real screens under Monocle headless: from the
 * duplicate's passbook, "รวมกับสมาชิกที่ซ้ำ", search and pick the member to keep, read the preview,
 * a wrong PIN is refused beside its field and nothing moves; the right PINs merge, and the kept
 * member's passbook names the duplicate.
 */
class MergeFlowUiTest extends PairedPhoneUiTest {
    private UUID duplicate;
    private UUID kept;
    private CommitteeMember chair;
    private CommitteeMember treasurer;

    @Override
    protected void given() throws Exception {
        LocalDate today = LocalDate.now(Dates.THAI);
        ctx.prices().set("PET_CLEAR", 800, today, null);
        kept = ctx.members().register(new MemberService.Draft("นางสมศรี ใจดี", "7", "หมู่ 4", null,
                today.minusYears(1))).id();
        duplicate = ctx.members().register(new MemberService.Draft("นางสมศรี ใจดี (ซ้ำ)", "7", "หมู่ที่ 4", null,
                today.minusMonths(1))).id();
        ctx.deposits().record(duplicate, List.of(new DepositService.LineDraft("PET_CLEAR", 12_500))); // 100 baht
        ctx.deposits().record(kept, List.of(new DepositService.LineDraft("PET_CLEAR", 1_000))); // 8 baht
        chair = ctx.committee().add(new CommitteeService.Draft("นายสมชาย ประธาน", "CHAIR", today.minusYears(1), null));
        treasurer = ctx.committee().add(new CommitteeService.Draft("นางสมหญิง เหรัญญิก", "TREASURER",
                today.minusYears(1), null));
        ctx.pins().set(chair.id(), null, "1357");
        ctx.pins().set(treasurer.id(), null, "2468");
    }

    @Test
    void aDuplicateIsMergedFromItsPassbookWithTwoPinsAfterAWrongPinWasRefused() {
        waitUntil(() -> visible("#home-settings"));
        interact(() -> screens.ui.passbook(duplicate));
        tap("#passbook-merge");
        waitUntil(() -> "เงินออมในเครื่องนี้ 100.00 บาท".equals(text("#merge-duplicate-balance")));
        fill("#merge-member-search", "สมศรี");
        waitUntil(() -> texts("#merge-member-results .row-title").contains("นางสมศรี ใจดี"));
        clickOn(shown("#merge-member-results .row-title").stream()
                .filter(n -> "นางสมศรี ใจดี".equals(((Labeled) n).getText())).findFirst().orElseThrow());
        waitUntil(() -> visible("#merge-preview") && String.valueOf(text("#merge-preview")).contains("รวมเป็น 108.00 บาท"));

        choose("#merge-approver-1", chair);
        fill("#merge-pin-1", "1357");
        choose("#merge-approver-2", treasurer);
        fill("#merge-pin-2", "9999");
        tap("#merge-save");
        waitUntil(() -> "รหัส PIN ไม่ถูกต้อง ยังไม่ได้บันทึกรายการ (ลองได้อีก 4 ครั้ง)"
                .equals(text("#merge-approver-2-error")));
        assertEquals(10_000, ctx.ledger().balance(duplicate), "nothing moved");

        fill("#merge-pin-1", "1357");
        fill("#merge-pin-2", "2468");
        tap("#merge-save");
        waitUntil(() -> ctx.ledger().balance(kept) == 10_800);
        assertEquals(0, ctx.ledger().balance(duplicate));
        assertTrue(ctx.outbox().pending(100).stream().anyMatch(op -> op.type().equals("member.merge")));

        interact(() -> screens.ui.passbook(kept));
        waitUntil(() -> texts("#passbook-history .counterpart").stream()
                .anyMatch(t -> t.startsWith("จาก นางสมศรี ใจดี (ซ้ำ)")));
        assertEquals(List.of("นางสมศรี ใจดี"), ctx.members().search("สมศรี", 10).stream().map(m -> m.name()).toList(),
                "the duplicate is no longer offered");
    }
}
