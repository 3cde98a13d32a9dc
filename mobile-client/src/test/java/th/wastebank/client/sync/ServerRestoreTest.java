package th.wastebank.client.sync;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.home.SyncBadgeViewModel;
import th.wastebank.client.member.Member;
import th.wastebank.client.photo.PhotoState;
import th.wastebank.client.photo.QueuedPhoto;
import th.wastebank.client.store.Settings;
import th.wastebank.client.testing.FakeServer;
import th.wastebank.client.testing.TestClient;
import th.wastebank.client.testing.TestPictures;
import th.wastebank.validation.ReasonCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A phone notices that the server was restored from an older backup (its op-log epoch changed, or
 * it is behind the phone's cursor) and, with nobody touching it, sends again the ops the server had
 * acknowledged, queues its photos again, pulls from the start and says so in Thai (ADR 0009).
 */
class ServerRestoreTest {
    @TempDir
    Path tmp;
    private TestClient client;
    private FakeServer server;
    private List<String> firstSent;

    @BeforeEach
    void setUp() throws Exception {
        client = new TestClient(tmp);
        server = FakeServer.start();
        client.pairWith(server);
        client.price("PET_CLEAR", 800);
        Member m = client.member("นางสมศรี ใจดี", "12", "หมู่ 4");
        client.ctx.deposits().record(m.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 1_500)));
        server.acceptsPushes(op -> null);
        server.answersEpoch("epoch-of-yesterday");
        client.ctx.sync().syncOnce();
        firstSent = new ArrayList<>(server.pushedOpIds());
        assertEquals(3, firstSent.size()); // the price, the member, the deposit
        assertEquals(3, client.ctx.outbox().sentCount(), "acknowledged ops are kept");
    }

    @AfterEach
    void tearDown() {
        server.close();
        client.close();
    }

    @Test
    void aNewEpochSendsTheKeptOpsAgainInTheirOrderQueuesThePhotosAgainAndPullsFromTheStart() throws Exception {
        QueuedPhoto photo = client.ctx.photos().add(TestPictures.picked(800, 600, 7));
        client.ctx.photos().queue().uploaded(photo.sha256(), client.clock.millis());
        client.ctx.settings().put(Settings.PULL_CURSOR, "42");
        server.pushedOpIds().clear();
        server.pullCursors().clear();

        server.answersEpoch("epoch-of-the-restore");
        SyncStatus after = client.ctx.sync().syncOnce();

        assertEquals(firstSent, server.pushedOpIds());
        assertEquals(List.of("42", "0"), server.pullCursors(), "the page from the restored server was not used");
        assertEquals(3, after.resent());
        assertEquals(PhotoState.QUEUED, client.ctx.photos().queue().get(photo.sha256()).orElseThrow().state());
        assertEquals("epoch-of-the-restore", client.ctx.settings().get(Settings.SERVER_EPOCH).orElseThrow());
        assertEquals("เซิร์ฟเวอร์กู้คืนข้อมูล ส่งข้อมูลที่เคยส่งแล้วอีกครั้ง 3 รายการ",
                SyncBadgeViewModel.notice(client.messages, after.phase(), after.resent()));
        assertEquals("เซิร์ฟเวอร์กู้คืนข้อมูล กำลังส่งข้อมูลที่เคยส่งแล้วอีกครั้ง (3 รายการ)",
                SyncBadgeViewModel.notice(client.messages, SyncStatus.Phase.SYNCING, 3));

        server.pushedOpIds().clear();
        assertEquals(0, client.ctx.sync().syncOnce().resent());
        assertEquals(List.of(), server.pushedOpIds(), "once is enough");
        assertNull(SyncBadgeViewModel.notice(client.messages, SyncStatus.Phase.IDLE, 0));
    }

    @Test
    void aServerBehindThePhonesCursorIsTakenForARestoreToo() throws Exception {
        client.ctx.settings().put(Settings.PULL_CURSOR, "42");
        server.endsAt(3);
        server.pushedOpIds().clear();

        SyncStatus after = client.ctx.sync().syncOnce();

        assertEquals(firstSent, server.pushedOpIds());
        assertEquals(3, after.resent());
        assertEquals("0", client.ctx.settings().get(Settings.PULL_CURSOR).orElseThrow());
    }

    @Test
    void anOpSentAgainThatTheServerRefusesGoesAgainOnTheNextRunWithoutAPerson() throws Exception {
        server.acceptsPushes(op -> "deposit.record".equals(op.get("type")) ? ReasonCode.UNKNOWN_MEMBER : null);
        server.answersEpoch("epoch-of-the-restore");
        client.ctx.sync().syncOnce();
        assertEquals(1, client.ctx.outbox().rejectedCount(), "the member's other phone has not sent it again yet");

        server.acceptsPushes(op -> null); // … and now it has
        SyncStatus later = client.ctx.sync().syncOnce();
        assertEquals(0, later.rejected());
        assertEquals(0, later.pending());
        assertEquals(3, client.ctx.outbox().sentCount());
    }

    @Test
    void newWorkRefusedInTheAnswerThatShowedTheRestoreWaitsForTheOpsSentAgain() throws Exception {
        Member m = client.member("นายใหม่ วันนี้", "3", "หมู่ 1");
        client.ctx.deposits().record(m.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 700)));
        // the restored server lacks yesterday's price: the new deposit is refused once, before it gets it again
        List<String> refusedOnce = new ArrayList<>();
        server.acceptsPushes(op -> "deposit.record".equals(op.get("type")) && refusedOnce.isEmpty()
                && refusedOnce.add("x") ? ReasonCode.UNKNOWN_MATERIAL : null);
        server.answersEpoch("epoch-of-the-restore");

        SyncStatus after = client.ctx.sync().syncOnce();

        assertEquals(0, after.rejected(), "not a person's business");
        assertEquals(0, after.pending());
        assertEquals(5, client.ctx.outbox().sentCount());
    }

    @Test
    void acknowledgedOpsAreKeptForTheSettingsDaysThenForgotten() throws Exception {
        client.clock.advance(Duration.ofDays(89));
        client.ctx.sync().syncOnce();
        assertEquals(3, client.ctx.outbox().sentCount());
        client.clock.advance(Duration.ofDays(2));
        client.ctx.sync().syncOnce();
        assertEquals(0, client.ctx.outbox().sentCount(), "older than 90 days");

        client.member("นายเก็บ สั้น", "5", "หมู่ 2");
        client.ctx.sync().syncOnce();
        client.ctx.settings().put(Settings.KEEP_SENT_DAYS, "7");
        client.clock.advance(Duration.ofDays(8));
        client.ctx.sync().syncOnce();
        assertEquals(0, client.ctx.outbox().sentCount(), "kept 7 days when so set");
    }
}
