package th.wastebank.client.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import javafx.beans.property.SimpleIntegerProperty;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.deposit.DepositService.LineDraft;
import th.wastebank.client.member.Member;
import th.wastebank.client.sync.ServerException;
import th.wastebank.client.testing.FakeServer;
import th.wastebank.client.testing.TestClient;
import th.wastebank.client.welfare.Claim;
import th.wastebank.client.welfare.Scheme;
import th.wastebank.client.welfare.WelfareFixture;
import th.wastebank.validation.ReasonCode;

class ProblemsViewModelTest {
    @TempDir
    Path tmp;
    private TestClient client;
    private FakeServer server;
    private Member somsri;
    private UUID refusedDeposit;
    private ProblemsViewModel vm;

    @BeforeEach
    void setUp() throws IOException, ServerException {
        client = new TestClient(tmp);
        server = FakeServer.start();
        client.pairWith(server);
        client.price("PET_CLEAR", 800);
        somsri = client.member("นางสมศรี ใจดี", "12", "หมู่ 4");
        refusedDeposit = client.ctx.deposits().record(somsri.id(), List.of(new LineDraft("PET_CLEAR", 2500))).entryId();
        server.acceptsPushes(op -> refusedDeposit.toString().equals(op.get("entityId")) ? ReasonCode.UNKNOWN_MEMBER : null);
        client.ctx.sync().syncOnce();
        vm = new ProblemsViewModel(client.ctx.outbox(), new SimpleIntegerProperty(), client.screens);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        server.close();
        client.close();
    }

    @Test
    void showsEachRefusedRecordWithItsTypeAndTheServersThaiReason() {
        assertEquals(1, vm.rows().size());
        ProblemsViewModel.Row row = vm.rows().get(0);
        assertEquals("ฝากขยะ", row.what());
        assertEquals("ยอดฝาก 20.00 บาท", row.summary());
        assertEquals("ไม่พบสมาชิกคนนี้ในธนาคารขยะของท่าน", row.reason());
    }

    @Test
    void inEnglishTheReasonComesFromTheSharedRules() {
        client.messages.setLanguage("en");
        assertEquals("No such member in this organisation", vm.rows().get(0).reason());
        assertEquals("Deposit", vm.rows().get(0).what());
    }

    @Test
    void retrySendsTheRecordAgain() throws ServerException {
        server.acceptsPushes(op -> null);

        vm.retry(vm.rows().get(0));

        assertTrue(vm.rows().isEmpty());
        assertEquals(1, client.ctx.outbox().pendingCount());
        assertEquals(client.messages.get("problems.retried"), client.notices.get(0));
        client.ctx.sync().syncOnce();
        assertEquals(0, client.ctx.outbox().pendingCount());
    }

    @Test
    void discardingAsksFirstAndCanBeCancelled() {
        ProblemsViewModel.Row row = vm.rows().get(0);

        vm.askDiscard(row);
        assertEquals(row, vm.discardCandidate().get());
        assertEquals(1, client.ctx.outbox().rejectedCount());

        vm.cancelDiscard();
        assertNull(vm.discardCandidate().get());
        assertEquals(1, client.ctx.outbox().rejectedCount());
    }

    @Test
    void confirmedDiscardGivesTheRecordUp() {
        vm.askDiscard(vm.rows().get(0));

        vm.confirmDiscard();

        assertTrue(vm.rows().isEmpty());
        assertEquals(0, client.ctx.outbox().rejectedCount());
        assertTrue(client.ctx.ledger().entry(refusedDeposit).isEmpty());
        assertEquals(0, client.ctx.ledger().balance(somsri.id()));
        assertEquals(0, client.ctx.sync().status().rejected());
    }

    @Test
    void aRefusedLevyIsShownWithItsReasonAndTotalAndDiscardingItTakesBackEveryDebit() throws ServerException {
        Scheme funeral = WelfareFixture.funeral(client.ctx);
        Claim death = WelfareFixture.death(client.ctx, funeral, somsri);
        client.member("นายสมชาย รักษ์โลก", "45", "หมู่ 2");
        WelfareFixture.levyFor(client.ctx, funeral, death);
        server.acceptsPushes(op -> "welfare.levy.run".equals(op.get("type")) ? ReasonCode.LEVY_ALREADY_RUN : null);
        client.ctx.sync().syncOnce();
        vm.load();

        ProblemsViewModel.Row levy = vm.rows().get(1);
        assertEquals("หักเงินสมทบสวัสดิการ", levy.what());
        assertEquals("ฌาปนกิจ นางสมศรี ใจดี รวม 40.00 บาท", levy.summary());
        assertEquals("หักเงินสมทบสำหรับเหตุการณ์นี้ไปแล้ว จึงไม่หักซ้ำ", levy.reason());

        vm.askDiscard(levy);
        vm.confirmDiscard();
        assertEquals(0, client.ctx.fund().balance());
        assertEquals(2000, client.ctx.ledger().balance(somsri.id()), "her deposit is back in full");
    }
}
