package th.wastebank.client.reversal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.deposit.DepositService.LineDraft;
import th.wastebank.client.member.Member;
import th.wastebank.client.testing.TestClient;
import th.wastebank.ledger.EntryKind;
import th.wastebank.validation.ReasonCode;

class ReversalViewModelTest {
    @TempDir
    Path tmp;
    private TestClient client;
    private Member somsri;
    private UUID deposit;

    @BeforeEach
    void setUp() {
        client = new TestClient(tmp);
        client.price("PET_CLEAR", 800);
        somsri = client.member("นางสมศรี ใจดี", "12", "หมู่ 4");
        deposit = client.ctx.deposits().record(somsri.id(), List.of(new LineDraft("PET_CLEAR", 2500))).entryId();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private ReversalViewModel reversalOf(UUID entry) {
        ReversalViewModel vm = new ReversalViewModel(client.ctx.ledger(), client.ctx.members(), client.ctx.reversals(),
                entry, client.screens);
        vm.load();
        return vm;
    }

    @Test
    void showsTheEntryBeingReversed() {
        ReversalViewModel vm = reversalOf(deposit);
        assertEquals(EntryKind.DEPOSIT, vm.entry().get().kind());
        assertEquals(2000, vm.entry().get().amount());
        assertEquals("นางสมศรี ใจดี", vm.memberName().get());
    }

    @Test
    void aReasonIsRequired() {
        ReversalViewModel vm = reversalOf(deposit);
        vm.reason().set("   ");

        vm.save();

        assertEquals(ReasonCode.REASON_REQUIRED.messageTh(null), vm.reasonError().get());
        assertEquals(2000, client.ctx.ledger().balance(somsri.id()));
    }

    @Test
    void reversingAddsTheOppositeEntryAndGoesBack() {
        ReversalViewModel vm = reversalOf(deposit);
        vm.reason().set("ชั่งน้ำหนักผิด");

        vm.save();

        assertEquals(0, client.ctx.ledger().balance(somsri.id()));
        assertTrue(client.ctx.ledger().entry(deposit).orElseThrow().reversed());
        assertEquals("back", client.routes.last());
    }

    @Test
    void anEntryIsReversedOnlyOnce() {
        client.ctx.reversals().reverse(deposit, "ครั้งแรก");
        ReversalViewModel vm = reversalOf(deposit);
        vm.reason().set("ครั้งที่สอง");

        vm.save();

        assertEquals(ReasonCode.ALREADY_REVERSED.messageTh(null), vm.error().get());
        assertEquals(0, client.ctx.ledger().balance(somsri.id()));
    }
}
