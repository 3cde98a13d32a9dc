package th.wastebank.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

import th.wastebank.client.testing.WholeAppUiTest;

/**
 * The whole app, when the stand-in server answers with a new op-log epoch (it was restored from a
 * backup): with nobody doing anything but the usual "send now", the phone sends its acknowledged
 * price again and the status line under the bar says so in Thai (ADR 0009).
 */
class ServerRestoreUiTest extends WholeAppUiTest {
    @Test
    void theStatusLineSaysTheServerWasRestoredAndThatThePhoneSendsAgain() {
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
    }
}
