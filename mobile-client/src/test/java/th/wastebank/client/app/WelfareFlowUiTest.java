package th.wastebank.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.Labeled;

import org.junit.jupiter.api.Test;

import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.photo.PhotoSource;
import th.wastebank.client.testing.TestPictures;
import th.wastebank.validation.Dates;

/**
 * Welfare on the real screens under Monocle headless, by taps and typing: set up a funeral scheme,
 * take money into the fund, file a claim for a member's death (the verdict shown in Thai), run the
 * 20-baht levy for it after seeing its preview, pay the claim with two committee names, then find
 * the fund's balance and, in the passbook, the levy with its reason and the payout received from the
 * fund beside an unchanged savings balance.
 */
class WelfareFlowUiTest extends PairedPhoneUiTest {

    @Override
    protected void given() throws Exception {
        LocalDate today = LocalDate.now(Dates.THAI);
        ctx.prices().set("PET_CLEAR", 800, today, null);
        for (String name : List.of("นางบุญมา ศรีสุข", "นายสมชาย รักษ์โลก", "นางสมศรี ใจดี")) {
            var m = ctx.members().register(new MemberService.Draft(name, "7", "หมู่ 4", null, today.minusYears(1)));
            ctx.deposits().record(m.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 12_500))); // 100 baht
        }
    }

    @Override
    protected PhotoSource pictures() {
        return onPicked -> onPicked.accept(TestPictures.picked(1600, 1200, 5));
    }

    @Test
    void aFuneralSchemeALevySeenBeforeItIsConfirmedAPaidClaimTheFundAndThePassbook() {
        waitUntil(() -> visible("#home-welfare"));
        tap("#home-welfare");
        waitUntil(() -> visible("#welfare-new-scheme"));
        assertEquals("0.00", text("#welfare-balance"));
        waitUntil(() -> visible("#welfare-schemes-empty"));
        assertEquals("ตั้งสวัสดิการใหม่", text("#welfare-schemes-empty-action"));

        tap("#welfare-schemes-empty-action");
        tap("#scheme-kind");
        waitUntil(() -> shown(".list-cell").stream().anyMatch(n -> "ฌาปนกิจ".equals(((Labeled) n).getText())));
        clickOn(shown(".list-cell").stream().filter(n -> "ฌาปนกิจ".equals(((Labeled) n).getText())).findFirst()
                .orElseThrow());
        fill("#scheme-name", "ฌาปนกิจสงเคราะห์");
        tap("#scheme-payout");
        write("3000");
        tap("#scheme-levy");
        write("20");
        assertTouchTargetsAreAtLeast48px(2);
        tap("#scheme-save");
        waitUntil(() -> texts("#welfare-schemes .row-title").equals(List.of("ฌาปนกิจสงเคราะห์")));

        tap("#welfare-contribute");
        tap("#contribution-amount");
        write("5000");
        tap("#contribution-save");
        waitUntil(() -> "5,000.00".equals(text("#welfare-balance")));

        tap("#welfare-claims");
        tap("#claims-add");
        fill("#claim-member-search", "บุญมา");
        waitUntil(() -> texts("#claim-member-results .row-title").equals(List.of("นางบุญมา ศรีสุข")));
        clickOn(shown("#claim-member-results .row-title").get(0));
        waitUntil(() -> "ผ่านเงื่อนไขของสวัสดิการนี้".equals(text("#claim-verdict")));
        fill("#claim-note", "เสียชีวิตที่บ้าน");
        tap("#claim-save");
        waitUntil(() -> texts("#claims-list .row-title").equals(List.of("นางบุญมา ศรีสุข")));

        clickOn(shown("#claims-list .row-title").get(0));
        waitUntil(() -> "ยังไม่ได้จ่าย".equals(text("#claim-state")));
        tap("#claim-levy");
        tap("#levy-preview");
        waitUntil(() -> "หัก 3 คน รวม 60.00 บาท".equals(text("#levy-summary")));
        assertEquals(List.of("-20.00 บาท", "-20.00 บาท", "-20.00 บาท"), texts("#levy-lines .entry-amount"));
        fill("#levy-approver", "นายสมชาย เหรัญญิก");
        fill("#levy-second", "นางสมหญิง ประธาน");
        assertTouchTargetsAreAtLeast48px(2);
        tap("#levy-confirm");

        waitUntil(() -> visible("#claim-pay"));
        waitUntil(() -> text("#claim-pay-rule") != null && text("#claim-pay-rule").endsWith("กองทุนมี 5,060.00 บาท"));
        fill("#claim-approver", "นายสมชาย เหรัญญิก");
        fill("#claim-second", "นางสมหญิง ประธาน");
        tap("#claim-pay");
        waitUntil(() -> "จ่ายแล้ว 3,000.00 บาท".equals(text("#claim-state")));

        clickOn("#app-back");
        clickOn("#app-back");
        waitUntil(() -> "2,060.00".equals(text("#welfare-balance")));
        tap("#welfare-history");
        waitUntil(() -> texts("#history-list .row-title").size() == 3);
        assertEquals("จ่ายสวัสดิการ · ฌาปนกิจสงเคราะห์", texts("#history-list .row-title").get(0));
        clickOn("#app-back");
        clickOn("#app-back");

        waitUntil(() -> visible("#home-members"));
        tap("#home-members");
        waitUntil(() -> texts("#members-list .row-title").contains("นางบุญมา ศรีสุข"));
        clickOn(shown("#members-list .row-title").stream().filter(n -> "นางบุญมา ศรีสุข".equals(((Labeled) n).getText()))
                .findFirst().orElseThrow());
        waitUntil(() -> "80.00".equals(text("#passbook-balance")));
        // the third row can be below the list's viewport (the member's number line above it): read row by row
        assertEquals(List.of("+3,000.00 บาท", "-20.00 บาท", "+100.00 บาท"), rowTexts("#passbook-history", ".entry-amount"));
        List<String> titles = texts("#passbook-history .row-title");
        assertEquals("จ่ายสวัสดิการ · ฌาปนกิจสงเคราะห์", titles.get(0));
        assertTrue(titles.get(1).startsWith("หักเงินสมทบสวัสดิการ · ฌาปนกิจสงเคราะห์ นางบุญมา ศรีสุข"), titles.get(1));
        assertEquals(List.of("รับจากกองทุนสวัสดิการ ไม่กระทบยอดเงินฝาก"), texts("#passbook-history .fund-note"));
    }
}
