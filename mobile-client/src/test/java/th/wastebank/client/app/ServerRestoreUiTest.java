package th.wastebank.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.wastebank.client.testing.WholeAppUiTest;

/**
 * The whole app, when the stand-in server answers with a new op-log epoch (it was restored from a
 * backup): with nobody doing anything but the usual "send now", the phone sends its acknowledged
 * price again and the status line under the bar says so in Thai (ADR 0009). A phone clock far from
 * the server's gets its own line there.
 */
class ServerRestoreUiTest extends WholeAppUiTest {
    @Test
    void theStatusLineSaysTheServerWasRestoredAndThatThePhoneSendsAgainAndAClockFarOffGetsALineOfItsOwn() {
        server.acceptsPushes(op -> null);
        server.answersEpoch("epoch-of-yesterday");
        pair();
        waitUntil(() -> "อบต.นายางกลัก".equals(text("#home-org")));

        setClearPetAtEightBaht();
        waitUntil(() -> visible("#home-send-now"));
        interact(() -> lookup("#home-send-now").queryButton().fire());
        waitUntil(() -> server.pushedOpIds().size() == 1);
        assertFalse(visible("#sync-status-line"));

        server.answersEpoch("epoch-of-the-restore");
        interact(() -> lookup("#home-send-now").queryButton().fire());
        waitUntil(() -> String.valueOf(text("#sync-status-line"))
                .startsWith("เซิร์ฟเวอร์กู้คืนข้อมูล ส่งข้อมูลที่เคยส่งแล้วอีกครั้ง"));
        assertEquals(List.of(server.pushedOpIds().get(0), server.pushedOpIds().get(0)), server.pushedOpIds());
        assertFalse(visible("#sync-clock-line"));

        server.answersTime(Instant.parse("2026-11-20T03:00:00Z").minus(Duration.ofDays(400)));
        interact(() -> lookup("#home-send-now").queryButton().fire());
        waitUntil(() -> visible("#sync-clock-line"));
        String warning = String.valueOf(text("#sync-clock-line"));
        assertTrue(warning.startsWith("นาฬิกาของเครื่องนี้เร็วไป ") && warning.endsWith("เซิร์ฟเวอร์จะไม่รับ"), warning);
        assertTrue(lookup("#sync-clock-line").query().getBoundsInParent().getWidth() <= 360, "wraps within the phone's width");
    }
}
