package th.wastebank.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javafx.scene.input.KeyCode;

import com.github.f4b6a3.uuid.UuidCreator;
import org.junit.jupiter.api.Test;

import th.wastebank.member.MemberNumber;
import th.wastebank.member.MemberUpsert;
import th.wastebank.sync.Change;

/**
 * Picking the member on the deposit screen by the number on their card (ADR 0014), as a USB scanner
 * does it: the number typed into the field, then Enter. A number no member of this phone has, or
 * one whose check digit is wrong, is explained in Thai beside the field and picks no one. The
 * members list and the passbook show the number.
 */
class MemberNumberUiTest extends PairedPhoneUiTest {
    private static UUID somsri;

    @Override
    protected void given() throws Exception {
        if (somsri == null) {
            somsri = UuidCreator.getTimeOrderedEpoch();
            ctx.pullApplier().apply(List.of(Change.of(0, somsri, new MemberUpsert("นางสมศรี ใจดี", "12",
                    "หมู่ 4 บ้านนายางกลัก", null, LocalDate.of(2025, 6, 1), 1, 42L), null, null,
                    Instant.now().minusSeconds(60))), "1");
        }
    }

    @Test
    void aScannedOrTypedCardNumberPicksTheMemberOnTheDepositScreenAndAWrongOneIsExplainedInThai() {
        interact(() -> screens.ui.deposit(null));
        waitUntil(() -> visible("#deposit-member-number"));

        // two digits swapped: the check digit names no one
        clickOn("#deposit-member-number").write("0024-7").type(KeyCode.ENTER);
        waitUntil(() -> "เลขสมาชิกไม่ถูกต้อง ตรวจเลขบนบัตรอีกครั้ง (เช่น 0042-7)".equals(
                text("#deposit-member-number-error")));
        eraseText(6);
        write(MemberNumber.format(43)).type(KeyCode.ENTER);
        waitUntil(() -> ("ไม่พบสมาชิกเลขที่ " + MemberNumber.format(43) + " ในเครื่องนี้ ลองซิงก์ข้อมูล หรือค้นหาด้วยชื่อ")
                .equals(text("#deposit-member-number-error")));
        assertTrue(!visible("#deposit-member-name"), "no one is picked");

        eraseText(6);
        write("0042-7").type(KeyCode.ENTER);
        waitUntil(() -> "นางสมศรี ใจดี".equals(text("#deposit-member-name")));
        assertEquals("เลขสมาชิก 0042-7", text("#deposit-member-number-shown"));
        assertTrue(!visible("#deposit-member-number"), "the field goes with the search once someone is picked");

        clickOn("#deposit-member-change");
        waitUntil(() -> visible("#deposit-member-number"));
        assertTrue(text("#deposit-member-number-error") == null || text("#deposit-member-number-error").isEmpty());
    }

    @Test
    void theMembersListAndThePassbookShowTheNumber() {
        interact(() -> screens.ui.members());
        waitUntil(() -> texts("#members-list .member-number").contains("เลขสมาชิก 0042-7"));
        assertTrue(visible("#members-cards"));
        interact(() -> screens.ui.passbook(somsri));
        waitUntil(() -> "เลขสมาชิก 0042-7 · 12 หมู่ 4 บ้านนายางกลัก".equals(text("#passbook-member-number")));
    }
}
