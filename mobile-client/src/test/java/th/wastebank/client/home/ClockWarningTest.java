package th.wastebank.client.home;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every record is dated by the phone's clock, so the phone compares it with the server's time on
 * each pull page and says, under the top bar, when it is off by five minutes or more: which way, by
 * how much, how to set it, and, beyond a day ahead, that the server will refuse what is saved.
 */
class ClockWarningTest extends PairedHomeTest {

    private String warningAfterSyncWithServerAt(Duration serverMinusPhone) throws Exception {
        server.acceptsPushes(op -> null);
        server.answersTime(client.clock.instant().plus(serverMinusPhone));
        openHome();
        client.ctx.sync().syncOnce();
        return badge.clockWarning(client.messages);
    }

    @Test
    void aClockTwoDaysFastIsToldWithHowToSetItAndThatTheServerWillRefuse() throws Exception {
        String warning = warningAfterSyncWithServerAt(Duration.ofDays(-2).minusHours(3).minusMinutes(10));

        assertEquals("นาฬิกาของเครื่องนี้เร็วไป 2 วัน 3 ชั่วโมง กรุณาตั้งวันและเวลาให้ถูกต้อง"
                + " (ตั้งค่า › วันที่และเวลา › ตั้งอัตโนมัติ) รายการที่บันทึกจะลงวันเวลาตามนาฬิกาของเครื่อง"
                + " รายการที่ลงวันล่วงหน้าเกิน 1 วัน เซิร์ฟเวอร์จะไม่รับ", warning);
    }

    @Test
    void aClockFortyFiveMinutesSlowIsToldWithoutTheRefusal() throws Exception {
        String warning = warningAfterSyncWithServerAt(Duration.ofMinutes(45).plusSeconds(20));

        assertEquals("นาฬิกาของเครื่องนี้ช้าไป 45 นาที กรุณาตั้งวันและเวลาให้ถูกต้อง"
                + " (ตั้งค่า › วันที่และเวลา › ตั้งอัตโนมัติ) รายการที่บันทึกจะลงวันเวลาตามนาฬิกาของเครื่อง", warning);
    }

    @Test
    void aClockOffByAMinuteOrAServerThatSendsNoTimeSaysNothing() throws Exception {
        assertNull(warningAfterSyncWithServerAt(Duration.ofMinutes(-1)));

        server.answersTime(null);
        client.ctx.sync().syncOnce();
        assertNotNull(badge.clockAhead().get(), "the last time the server told is kept");
        assertTrue(badge.clockAhead().get().abs().compareTo(Duration.ofMinutes(2)) < 0, badge.clockAhead().get().toString());
    }

    @Test
    void theWarningGoesOnceTheClockIsSetRight() throws Exception {
        assertEquals("นาฬิกาของเครื่องนี้ช้าไป 45 นาที", warningAfterSyncWithServerAt(Duration.ofMinutes(45))
                .substring(0, "นาฬิกาของเครื่องนี้ช้าไป 45 นาที".length()));

        client.clock.advance(Duration.ofMinutes(45));
        client.ctx.sync().syncOnce();

        assertNull(badge.clockWarning(client.messages));
    }
}
