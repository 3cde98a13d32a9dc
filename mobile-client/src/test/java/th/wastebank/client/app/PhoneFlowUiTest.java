package th.wastebank.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Labeled;

import org.junit.jupiter.api.Test;

import th.wastebank.client.testing.WholeAppUiTest;
import th.wastebank.validation.ReasonCode;

/**
 * The real app (its {@link App} class, worker thread, sync engine and all) driven by clicks and
 * typing under Monocle headless: pair with the stand-in server, set a price, register a member,
 * deposit for her and find the deposit and the balance in her passbook. The stand-in answers
 * pairing and health only, so the deposit stays "to send" as it would with a server that cannot
 * take it yet.
 */
class PhoneFlowUiTest extends WholeAppUiTest {
    @Test
    void pairDepositAndFindItInThePassbook() {
        waitUntil(() -> visible("#pair-server"));
        assertTrue(text("#pair-server-example").startsWith("เช่น http://192.168.1.10:8080"), text("#pair-server-example"));
        assertEquals("เช่น http://192.168.1.10:8080", onFx(() -> lookup("#pair-server").queryTextInputControl()
                .getPromptText()));
        pair();

        waitUntil(() -> "อบต.นายางกลัก".equals(text("#home-org")));
        assertTrue(server.pairRequests().get(0).contains("\"code\":\"BYGN-QYRZ\""));
        assertTouchTargetsAreAtLeast48px(4);

        setClearPetAtEightBaht();

        waitUntil(() -> visible("#home-members"));
        clickOn("#home-members");
        clickOn("#members-add");
        clickOn("#member-name").write("นางทดสอบ ใจดี");
        clickOn("#member-house").write("12");
        clickOn("#member-save");
        waitUntil(() -> texts("#members-list .row-title").contains("นางทดสอบ ใจดี"));
        clickOn("#app-back");

        waitUntil(() -> visible("#home-deposit"));
        clickOn("#home-deposit");
        clickOn("#deposit-member-search").write("ทดสอบ");
        waitUntil(() -> texts("#deposit-member-results .row-title").equals(List.of("นางทดสอบ ใจดี")));
        clickOn(shown("#deposit-member-results .row-title").get(0));
        waitUntil(() -> "นางทดสอบ ใจดี".equals(text("#deposit-member-name")));
        assertTouchTargetsAreAtLeast48px(4);

        clickOn("#deposit-material");
        waitUntil(() -> shown(".list-cell").stream().anyMatch(this::isPetCell));
        clickOn(shown(".list-cell").stream().filter(this::isPetCell).findFirst().orElseThrow());
        clickOn("#deposit-weight").write("0");
        clickOn("#deposit-add-line");
        waitUntil(() -> ReasonCode.WEIGHT_NOT_POSITIVE.messageTh(null).equals(text("#deposit-weight-error")));
        clickOn("#deposit-weight").eraseText(1).write("2,5");
        clickOn("#deposit-add-line");
        waitUntil(() -> "20.00".equals(text("#deposit-total")));
        assertEquals("2.500 กก.", text("#deposit-total-weight"));
        clickOn("#deposit-save");

        waitUntil(() -> "20.00 บาท".equals(text("#receipt-total")));
        assertEquals("20.00 บาท", text("#receipt-balance"));
        assertEquals("นางทดสอบ ใจดี", text("#receipt-member"));
        assertTrue(text("#receipt-date").startsWith("23 ") || text("#receipt-date").contains(" 25"));
        clickOn("#receipt-passbook");

        waitUntil(() -> "20.00".equals(text("#passbook-balance")));
        assertEquals("นางทดสอบ ใจดี", text("#passbook-member"));
        waitUntil(() -> texts("#passbook-history .entry-amount").equals(List.of("+20.00 บาท")));
        assertEquals(List.of("ฝากขยะ"), texts("#passbook-history .row-title"));
        assertEquals(List.of("รอส่ง"), texts("#passbook-history .chip"));

        server.refusesSync(401, "token-revoked", "เครื่องนี้ถูกยกเลิกการจับคู่แล้ว", null);
        while (!visible("#home-send-now")) {
            clickOn("#app-back");
        }
        interact(() -> lookup("#home-send-now").queryButton().fire()); // below the fold of the 390×700 window
        waitUntil(() -> text("#home-sync-error").startsWith("โทเค็นถูกยกเลิก"));
        waitUntil(() -> text("#snackbar").startsWith("ส่งไม่สำเร็จ: โทเค็นถูกยกเลิก"));
        assertEquals("ส่งข้อมูลไม่สำเร็จ: " + text("#home-sync-error"), text("#sync-status-line"));
        assertEquals("จับคู่เครื่องใหม่", text("#home-pair-again"));
    }

    private boolean isPetCell(Node n) {
        return n instanceof Labeled l && l.getText() != null && l.getText().startsWith("ขวดพลาสติกใส");
    }
}
