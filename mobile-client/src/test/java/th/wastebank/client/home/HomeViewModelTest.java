package th.wastebank.client.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import th.wastebank.client.deposit.DepositService.LineDraft;
import th.wastebank.client.member.Member;
import th.wastebank.client.sync.ServerException;
import th.wastebank.client.testing.TestPictures;
import th.wastebank.validation.ReasonCode;

class HomeViewModelTest extends PairedHomeTest {
    private HomeViewModel vm;
    private Member somsri;

    @BeforeEach
    void setUp() {
        client.price("PET_CLEAR", 800);
        client.price("CARDBOARD", 300);
        somsri = client.member("นางสมศรี ใจดี", "12", "หมู่ 4");
        vm = openHome();
    }

    @Test
    void showsTheOrgAndTodaysTotals() {
        client.ctx.deposits().record(somsri.id(), List.of(new LineDraft("PET_CLEAR", 2500), new LineDraft("CARDBOARD", 4200)));
        client.clock.advance(Duration.ofMinutes(30));
        client.ctx.deposits().record(somsri.id(), List.of(new LineDraft("PET_CLEAR", 1000)));
        client.ctx.withdrawals().record(somsri.id(), 1000, "นางมาลี", "นายสมบัติ");

        vm.refresh();

        assertEquals("อบต.นายางกลัก", vm.orgName().get());
        assertEquals("อ.เทพสถิต จ.ชัยภูมิ", vm.orgArea().get());
        assertEquals(LocalDate.of(2026, 11, 23), vm.today().get());
        assertEquals(2, vm.deposits().get());
        assertEquals(7700, vm.depositGrams().get());
        assertEquals(2000 + 1260 + 800, vm.depositSatang().get());
        assertEquals(1, vm.withdrawals().get());
        assertEquals(1000, vm.withdrawalSatang().get());
    }

    @Test
    void yesterdaysDepositsAreNotToday() {
        client.ctx.deposits().record(somsri.id(), List.of(new LineDraft("PET_CLEAR", 2500)));
        client.clock.advance(Duration.ofDays(1));

        vm.refresh();

        assertEquals(0, vm.deposits().get());
        assertEquals(LocalDate.of(2026, 11, 24), vm.today().get());
    }

    @Test
    void warnsWhileTheServerHasRefusedSomethingAndLinksToTheList() throws ServerException {
        assertFalse(vm.hasProblems().get());
        server.acceptsPushes(op -> "member.upsert".equals(op.get("type")) ? ReasonCode.ENTITY_CONFLICT : null);

        client.ctx.sync().syncOnce();

        assertTrue(vm.hasProblems().get());
        assertEquals(1, badge.rejected().get());
        vm.openProblems();
        assertEquals("problems", client.routes.last());
    }

    @Test
    void theSyncCardShowsPendingLastSyncAndLastError() throws ServerException {
        client.ctx.sync().nudge();
        assertEquals(3, badge.pending().get());
        assertEquals(null, badge.lastSyncAt().get());

        assertThrows(ServerException.class, () -> client.ctx.sync().syncOnce());
        assertEquals("ไม่พบข้อมูลที่ขอ", badge.lastError().get());

        server.acceptsPushes(op -> null);
        client.ctx.sync().syncOnce();
        assertEquals(0, badge.pending().get());
        assertNotNull(badge.lastSyncAt().get());
        assertEquals(null, badge.lastError().get());
    }

    @Test
    void sendNowWakesTheSyncAndSaysSo() {
        vm.sendNow();
        assertEquals(client.messages.get("home.sending"), client.notices.get(0));
        assertEquals(3, badge.pending().get());
    }

    @Test
    void bigButtonsGoToTheOtherScreens() {
        vm.openDeposit();
        assertEquals("deposit", client.routes.last());
        vm.openMembers();
        assertEquals("members", client.routes.last());
        vm.openPrices();
        assertEquals("prices", client.routes.last());
        vm.openSettings();
        assertEquals("settings", client.routes.last());
    }

    @Test
    void thePhotoCardCountsWaitingPhotosUntilTheServerConfirmsThem() throws Exception {
        client.ctx.photos().add(TestPictures.picked(2000, 1500, 1));
        client.ctx.photos().add(TestPictures.picked(1500, 2000, 2));
        vm.photos().photoAdded();
        assertEquals(2, vm.photos().waiting().get());
        assertEquals(0.0, vm.photos().progress().get());

        client.ctx.photoUploader().uploadOnce();

        assertEquals(0, vm.photos().waiting().get());
        assertEquals(2, vm.photos().uploadedInRound().get());
        assertEquals(1.0, vm.photos().progress().get());
    }

    @Test
    void photosTheServerRefusedCanBeSentAgainFromHome() throws Exception {
        server.tus().refuseCompletedUploadsWith(415);
        client.ctx.photos().add(TestPictures.picked(800, 600, 3));
        client.ctx.photoUploader().uploadOnce();
        assertEquals(1, vm.photos().failed().get());

        vm.retryPhotos();

        assertEquals(0, vm.photos().failed().get());
        assertEquals(1, vm.photos().waiting().get());
        assertEquals("จะลองส่งรูปอีกครั้ง", client.notices.get(client.notices.size() - 1));
    }

    @Test
    void productsAndTheFiveStepsAreOneTapAway() {
        vm.openProducts();
        vm.openSteps();
        vm.openWelfare();
        assertEquals(List.of("products", "steps", "welfare"), client.routes.visits());
    }
}
