package th.wastebank.client.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.deposit.DepositService.LineDraft;
import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.member.Member;
import th.wastebank.client.outbox.OutboxOp;
import th.wastebank.client.testing.TestClient;
import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.validation.ReasonCode;

/**
 * The savings of a member who died, to their heir, against the real SQLite store: the amount starts
 * as the whole balance, the heir must be another member (or be registered first), the move shows
 * on both passbooks at once, and the welfare fund is untouched.
 */
class HeirTransferViewModelTest {
    @TempDir
    Path tmp;
    private TestClient client;
    private Member deceased;
    private Member heir;
    private HeirTransferViewModel vm;

    @BeforeEach
    void setUp() {
        client = new TestClient(tmp);
        client.price("PET_CLEAR", 800);
        deceased = client.member("นายบุญมี ผู้ล่วงลับ", "12", "หมู่ 4");
        heir = client.member("นางสาวบุญตา ทายาท", "12", "หมู่ 4");
        client.ctx.deposits().record(deceased.id(), List.of(new LineDraft("PET_CLEAR", 12_345)));
        vm = new HeirTransferViewModel(client.ctx.members(), client.ctx.ledger(), client.ctx.moves(),
                client.approval(ReasonCode.MOVE_APPROVERS_REQUIRED), deceased.id(), client.screens);
        vm.load();
        vm.approval().firstName().set("นางมาลี กรรมการ");
        vm.approval().secondName().set("นายสมบัติ กรรมการ");
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private List<OutboxOp> transfers() {
        return client.ctx.outbox().pending(100).stream().filter(op -> op.type().equals("savings.transfer")).toList();
    }

    @Test
    void theAmountStartsAsTheWholeBalanceAndMovesToTheHeirAtOnceWithTheFundUntouched() {
        assertEquals("98.76", vm.amountText().get(), "12.345 kg at 8 baht");
        long fund = client.ctx.store().read(th.wastebank.client.ledger.Ledger::fundBalance);
        vm.pick(heir);

        vm.save();

        assertEquals(0, client.ctx.ledger().balance(deceased.id()));
        assertEquals(9_876, client.ctx.ledger().balance(heir.id()));
        assertEquals(fund, (long) client.ctx.store().read(th.wastebank.client.ledger.Ledger::fundBalance));
        LedgerEntry credit = client.ctx.ledger().entriesOf(heir.id()).get(0);
        assertEquals(EntryKind.SAVINGS_TRANSFER, credit.kind());
        assertEquals(Account.MEMBER_SAVINGS, credit.account());
        assertEquals(deceased.id(), client.ctx.ledger().counterpartOf(credit.id()).orElseThrow());
        assertEquals(1, transfers().size());
        assertTrue(transfers().get(0).payloadJson().contains("\"reason\":\"heir\""), transfers().get(0).payloadJson());
        assertEquals("โอนเงินออม 98.76 บาท ให้ นางสาวบุญตา ทายาท แล้ว เงินออมของ นางสาวบุญตา ทายาท คงเหลือ 98.76 บาท",
                client.notices.get(client.notices.size() - 1));
    }

    @Test
    void theMemberThemselfNobodyOrMoreThanTheBalanceIsRefusedBesideTheField() {
        vm.pick(deceased);
        assertEquals("ผู้โอนและผู้รับเงินออมต้องเป็นสมาชิกคนละคนกัน", vm.heirError().get());
        vm.save();
        assertEquals("กรุณาเลือกสมาชิกก่อน", vm.heirError().get());

        vm.pick(heir);
        vm.amountText().set("98.77");
        vm.save();
        assertEquals("ยอดที่โอนเกินเงินออมคงเหลือของสมาชิกในเครื่องนี้", vm.amountError().get());
        vm.amountText().set("0");
        vm.save();
        assertEquals(ReasonCode.AMOUNT_NOT_POSITIVE.messageTh(null), vm.amountError().get());
        assertTrue(transfers().isEmpty());
        assertEquals(9_876, client.ctx.ledger().balance(deceased.id()));
    }

    @Test
    void anHeirWhoIsNotAMemberIsRegisteredFirst() {
        vm.registerHeir();

        assertEquals("registerMember", client.routes.last());
    }
}
