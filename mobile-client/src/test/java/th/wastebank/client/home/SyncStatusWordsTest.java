package th.wastebank.client.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import th.wastebank.client.store.Settings;
import th.wastebank.client.sync.SyncStatus;
import th.wastebank.client.testing.FakeServer;

/**
 * The home card and the badge say in Thai why nothing was sent (no signal, server down, token
 * revoked, server asked to wait) with the next try's time, and "send now" always reports its outcome.
 */
class SyncStatusWordsTest extends PairedHomeTest {
    private HomeViewModel home;

    @BeforeEach
    void setUp() {
        client.member("นางสมศรี ใจดี", "12", "หมู่ 4");
        home = openHome();
    }

    private String lastNotice() {
        return client.notices.get(client.notices.size() - 1);
    }

    private String nextTryTime() {
        return client.messages.format().moment(badge.nextTryAt().get(), badge.today());
    }

    @Test
    void sendNowWithTheServerDownSaysSoAndWhenItTriesAgain() {
        server.close();

        home.sendNow();

        assertEquals("กำลังส่งข้อมูล…", client.notices.get(0));
        assertEquals(SyncStatus.Trouble.UNREACHABLE, badge.trouble().get());
        assertTrue(badge.nextTryAt().get().isAfter(client.clock.instant()), "a next try is scheduled");
        assertEquals("ติดต่อเซิร์ฟเวอร์ไม่ได้ จะลองใหม่ " + nextTryTime(), badge.describe(client.messages));
        assertEquals("ส่งไม่สำเร็จ: ติดต่อเซิร์ฟเวอร์ไม่ได้ จะลองใหม่ " + nextTryTime(), lastNotice());
    }

    @Test
    void aRevokedTokenIsNamed() {
        server.refusesSync(401, "token-revoked", "เครื่องนี้ถูกยกเลิกการจับคู่แล้ว", null);

        home.sendNow();

        assertEquals(SyncStatus.Trouble.REVOKED, badge.trouble().get());
        assertTrue(badge.describe(client.messages).startsWith("โทเค็นถูกยกเลิก"), badge.describe(client.messages));
        assertTrue(lastNotice().contains("โทเค็นถูกยกเลิก"), lastNotice());
        home.pairAgain();
        assertEquals("pair", client.routes.last());
    }

    @Test
    void aServerThatAsksToWaitIsWaitedForAsLongAsItAsked() {
        server.refusesSync(429, "too-many-requests", "ส่งถี่เกินไป", "600");

        home.sendNow();

        assertEquals(SyncStatus.Trouble.SERVER_BUSY, badge.trouble().get());
        assertFalse(badge.nextTryAt().get().isBefore(client.clock.instant().plus(Duration.ofSeconds(600))),
                "the next try honours Retry-After");
        assertEquals("เซิร์ฟเวอร์ขอให้รอ จะลองใหม่ " + nextTryTime(), badge.describe(client.messages));
    }

    @Test
    void aServerUnavailableWithRetryAfterAsksToWaitToo() {
        server.refusesSync(503, "unavailable", "เซิร์ฟเวอร์ไม่ว่าง", "30");

        home.sendNow();

        assertEquals(SyncStatus.Trouble.SERVER_BUSY, badge.trouble().get());
    }

    @Test
    void noNetworkIsNoSignal() {
        client.ctx.settings().put(Settings.SERVER_URL, "http://wastebank-server.invalid:8080");

        home.sendNow();

        assertEquals(SyncStatus.Trouble.NO_SIGNAL, badge.trouble().get());
        assertEquals("ไม่มีสัญญาณ จะลองใหม่ " + nextTryTime(), badge.describe(client.messages));
    }

    @Test
    void sendNowReportsWhatWasSentAndClearsTheTrouble() {
        server.close();
        home.sendNow();
        assertEquals(SyncStatus.Trouble.UNREACHABLE, badge.trouble().get());

        FakeServer again = null;
        try {
            again = FakeServer.start();
            again.acceptsPushes(op -> null);
            client.ctx.settings().put(Settings.SERVER_URL, again.url());
            home.sendNow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            if (again != null) {
                again.close();
            }
        }

        assertEquals("ส่งแล้ว 1 รายการ รับจากเซิร์ฟเวอร์ 0 รายการ", lastNotice());
        assertNull(badge.trouble().get());
        assertNull(badge.describe(client.messages));
    }
}
