package th.wastebank.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javafx.scene.control.DatePicker;

import org.junit.jupiter.api.Test;

import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.i18n.ThaiFormat;
import th.wastebank.client.member.MemberService;
import th.wastebank.member.MemberStatus;
import th.wastebank.validation.Dates;

/**
 * A member who died, on the real screens under Monocle headless: the committee marks her deceased
 * on the member form with the day and the heir's name; the members list counts her no more and
 * says why; her passbook says so and that savings are left; the withdrawal's "all" takes the whole
 * balance, paid out to the heir by two committee members.
 */
class MemberLeavesUiTest extends PairedPhoneUiTest {
    private UUID somsri;
    private LocalDate today;

    @Override
    protected void given() throws Exception {
        today = LocalDate.now(Dates.THAI);
        ctx.prices().set("PET_CLEAR", 800, today, null);
        somsri = ctx.members().register(new MemberService.Draft("นางสมศรี ใจดี", "7", "หมู่ 4", null,
                today.minusYears(1))).id();
        ctx.members().register(new MemberService.Draft("นายบุญมี มีสุข", "8", "หมู่ 4", null, today.minusYears(1)));
        ctx.deposits().record(somsri, List.of(new DepositService.LineDraft("PET_CLEAR", 15_625))); // 125 baht
    }

    @Test
    void aMemberWhoDiedIsMarkedSoNoLongerCountedAndHerSavingsArePaidOutWhole() {
        interact(() -> screens.ui.editMember(somsri));
        waitUntil(() -> visible("#member-status-ACTIVE"));
        assertTrue(!visible("#member-status-on"), "the day is asked for only once membership ends");
        tap("#member-status-DECEASED");
        waitUntil(() -> visible("#member-status-on"));
        LocalDate died = today.minusDays(3);
        interact(() -> lookup("#member-status-on").queryAs(DatePicker.class).setValue(died));
        fill("#member-status-note", "ทายาทคือนายสมชาย ใจดี");
        tap("#member-save");
        waitUntil(() -> ctx.members().get(somsri).orElseThrow().standing().status() == MemberStatus.DECEASED);

        interact(() -> screens.ui.members());
        waitUntil(() -> "สมาชิก 1 คน (พ้นสภาพแล้ว 1 คน)".equals(text("#members-count")));
        String date = new ThaiFormat(true, false).date(died);
        assertTrue(rowTexts("#members-list", ".row-detail").stream().anyMatch(t -> t.endsWith("· เสียชีวิต " + date)),
                rowTexts("#members-list", ".row-detail").toString());

        interact(() -> screens.ui.passbook(somsri));
        waitUntil(() -> visible("#passbook-standing"));
        assertEquals("เสียชีวิต ตั้งแต่ " + date + " ไม่นับเป็นสมาชิกแล้ว · ทายาทคือนายสมชาย ใจดี"
                + " ยังมีเงินออมเหลือ จ่ายคืนด้วยปุ่มถอนเงิน (ทั้งหมด) หรือโอนให้ทายาทที่เป็นสมาชิก โดยกรรมการสองคน", text("#passbook-standing"));

        tap("#passbook-withdraw");
        tap("#withdrawal-all");
        assertEquals("125.00", lookup("#withdrawal-amount").queryTextInputControl().getText());
        fill("#withdrawal-paid-by", "นางสมหญิง เหรัญญิก");
        fill("#withdrawal-confirmed-by", "นายสมชาย ประธาน");
        tap("#withdrawal-save");
        waitUntil(() -> ctx.ledger().balance(somsri) == 0);

        interact(() -> screens.ui.passbook(somsri));
        waitUntil(() -> ("เสียชีวิต ตั้งแต่ " + date + " ไม่นับเป็นสมาชิกแล้ว · ทายาทคือนายสมชาย ใจดี")
                .equals(text("#passbook-standing")));
    }
}
