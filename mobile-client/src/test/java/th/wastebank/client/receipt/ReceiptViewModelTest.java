package th.wastebank.client.receipt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.deposit.DepositService.LineDraft;
import th.wastebank.client.member.Member;
import th.wastebank.client.platform.ShareService;
import th.wastebank.client.testing.FakeServer;
import th.wastebank.client.testing.TestClient;

class ReceiptViewModelTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

    @TempDir
    Path tmp;
    @TempDir
    Path shared;
    private TestClient client;
    private FakeServer server;
    private Member somsri;
    private UUID deposit;
    private UUID withdrawal;

    @BeforeEach
    void setUp() throws IOException {
        client = new TestClient(tmp);
        server = FakeServer.start();
        client.pairWith(server);
        client.price("PET_CLEAR", 800);
        client.price("CARDBOARD", 300);
        somsri = client.member("นางสมศรี ใจดี", "12", "หมู่ 4");
        client.ctx.deposits().record(somsri.id(), List.of(new LineDraft("PET_CLEAR", 10_000)));
        client.clock.advance(Duration.ofMinutes(5));
        deposit = client.ctx.deposits().record(somsri.id(), List.of(new LineDraft("PET_CLEAR", 2500),
                new LineDraft("CARDBOARD", 4200))).entryId();
        client.clock.advance(Duration.ofMinutes(5));
        withdrawal = client.ctx.withdrawals().record(somsri.id(), 500, "นางมาลี", "นายสมบัติ").entryId();
    }

    @AfterEach
    void tearDown() {
        server.close();
        client.close();
    }

    private ReceiptViewModel receipt(ShareService share) {
        return receipt(share, deposit);
    }

    private ReceiptViewModel receipt(ShareService share, UUID entry) {
        ReceiptViewModel vm = new ReceiptViewModel(client.ctx.ledger(), client.ctx.members(), client.ctx.prices(),
                client.ctx.settings(), share, client.clock, entry, true, client.screens);
        vm.load();
        return vm;
    }

    @Test
    void showsTheOrgMemberLinesTotalAndTheBalanceRightAfterThisDeposit() {
        ReceiptViewModel vm = receipt(ShareService.savingOnly(shared));

        assertEquals("อบต.นายางกลัก", vm.orgName().get());
        assertEquals("นางสมศรี ใจดี", vm.memberName().get());
        assertEquals("12 หมู่ 4", vm.memberAddress().get());
        assertEquals(Instant.parse("2026-11-23T02:05:00Z"), vm.at().get());
        assertEquals(List.of("ขวดพลาสติกใส", "กล่องกระดาษ/ลัง"), vm.lines().stream().map(l -> l.name(true)).toList());
        assertEquals(List.of("Clear PET bottles", "Cardboard"), vm.lines().stream().map(l -> l.name(false)).toList());
        assertEquals(3260, vm.total().get());
        assertEquals(6700, vm.totalGrams().get());
        assertEquals(8000 + 3260, vm.balanceAfter().get());
        assertFalse(vm.reversed().get());
    }

    @Test
    void aWithdrawalsSlipShowsThePaidOutAmountWhoPaidAndApprovedItAndTheBalanceAfter() throws IOException {
        ReceiptViewModel vm = receipt(ShareService.savingOnly(shared), withdrawal);

        assertTrue(vm.withdrawal().get());
        assertEquals("นางสมศรี ใจดี", vm.memberName().get());
        assertEquals(List.of(), vm.lines());
        assertEquals(500, vm.total().get(), "the amount paid out, not a negative");
        assertEquals("นางมาลี, นายสมบัติ", vm.approvedBy().get());
        assertEquals(8000 + 3260 - 500, vm.balanceAfter().get());
        assertTrue(vm.number().endsWith("-000003"), vm.number());

        vm.share(PNG);
        assertEquals("withdrawal-20261123-0910-" + withdrawal.toString().substring(0, 8) + ".png", vm.fileName());
        assertEquals("บันทึกรูปใบถอนเงินไว้ที่ " + shared.resolve(vm.fileName()), client.notices.get(0));
    }

    @Test
    void onADesktopSharingSavesThePngAndSaysWhere() throws IOException {
        ReceiptViewModel vm = receipt(ShareService.savingOnly(shared));

        vm.share(PNG);

        Path file = shared.resolve(vm.fileName());
        assertEquals("receipt-20261123-0905-" + deposit.toString().substring(0, 8) + ".png", vm.fileName());
        assertArrayEquals(PNG, Files.readAllBytes(file));
        assertEquals("บันทึกรูปใบรับฝากไว้ที่ " + file, client.notices.get(0));
    }

    @Test
    void onAPhoneTheImageGoesToTheShareSheet() {
        ReceiptViewModel vm = receipt((name, png, subject) -> {
            assertEquals("ใบรับฝากขยะ นางสมศรี ใจดี", subject);
            return new ShareService.Shared(shared.resolve(name), true);
        });

        vm.share(PNG);

        assertEquals("ส่งรูปใบรับฝากแล้ว", client.notices.get(0));
    }

    @Test
    void aFailedShareIsToldInThai() {
        ReceiptViewModel vm = receipt((name, png, subject) -> {
            throw new IOException("disk full");
        });

        vm.share(PNG);

        assertEquals("บันทึกรูปใบรับฝากไม่สำเร็จ", client.notices.get(0));
        assertFalse(vm.busy().get());
    }

    @Test
    void aReversedDepositSaysSoAndTheButtonsGoOn() {
        client.ctx.reversals().reverse(deposit, "ชั่งผิด");
        ReceiptViewModel vm = receipt(ShareService.savingOnly(shared));
        assertTrue(vm.reversed().get());

        vm.openPassbook();
        assertEquals("passbook " + somsri.id(), client.routes.last());
        vm.newDeposit();
        assertEquals("deposit", client.routes.last());
    }
}
