package th.wastebank.client.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.f4b6a3.uuid.UuidCreator;

import th.wastebank.cards.CardSheetCheck;
import th.wastebank.client.deposit.DepositViewModel;
import th.wastebank.client.platform.BarcodeScanner;
import th.wastebank.client.platform.ShareService;
import th.wastebank.client.testing.FakeServer;
import th.wastebank.client.testing.TestClient;
import th.wastebank.client.withdrawal.WithdrawalViewModel;
import th.wastebank.member.MemberUpsert;
import th.wastebank.sync.Change;
import th.wastebank.validation.ReasonCode;

/**
 * Member numbers on the phone (ADR 0014), against the real store: kept from the pull, kept through a
 * local edit, asked for once for members pulled before numbers, picked by on the deposit and
 * withdrawal screens, and printed on the shared cards.
 */
class MemberNumbersTest {
    @TempDir
    Path tmp;
    private TestClient client;
    private FakeServer server;

    @BeforeEach
    void setUp() throws Exception {
        server = FakeServer.start();
        client = new TestClient(tmp);
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.close();
    }

    /** A member as the server logs them: registered by another phone, with the number it gave. */
    private UUID pulled(String name, Long number) {
        UUID id = UuidCreator.getTimeOrderedEpoch();
        MemberUpsert state = new MemberUpsert(name, "1", "หมู่ 4", null, LocalDate.of(2025, 6, 1), 1, number);
        client.ctx.pullApplier().apply(List.of(Change.of(0, id, state, null, null, Instant.parse("2026-11-20T03:00:00Z"))),
                "1");
        return id;
    }

    @Test
    void thePulledNumberIsKeptThroughALocalEditAndShownAsWrittenOnTheCard() {
        UUID somsri = pulled("นางสมศรี ใจดี", 42L);
        Member edited = client.ctx.members().edit(somsri, new MemberService.Draft("นางสมศรี ใจดีมาก", "1", "หมู่ 4", null,
                LocalDate.of(2025, 6, 1)));
        assertEquals(42L, edited.number());
        assertEquals("0042-7", client.ctx.members().get(somsri).orElseThrow().writtenNumber());
        assertEquals("เลขสมาชิก 0042-7", MemberNumberField.line(edited, client.messages));

        Member fresh = client.member("นายใหม่ ยังไม่ซิงก์", "3", "หมู่ 1");
        assertNull(fresh.number());
        assertEquals("รอเลขสมาชิก (ได้เลขเมื่อซิงก์ข้อมูล)", MemberNumberField.line(fresh, client.messages));
    }

    @Test
    void membersPulledBeforeNumbersGetThemFromTheServerOnceAndUnsyncedOnesWait() throws Exception {
        client.pairWith(server);
        UUID old = pulled("นางเก่า ก่อนมีเลข", null);
        Member fresh = client.member("นายใหม่ ยังไม่ซิงก์", "3", "หมู่ 1");
        server.answersMemberNumbers(Map.of(old.toString(), 7L));
        MemberNumbersCatchUp catchUp = new MemberNumbersCatchUp(client.ctx.members(), client.ctx.settings(),
                new th.wastebank.client.sync.ServerApi(java.time.Duration.ofSeconds(10)));

        assertEquals(1, catchUp.catchUp());
        assertEquals(7L, client.ctx.members().get(old).orElseThrow().number());
        assertNull(client.ctx.members().get(fresh.id()).orElseThrow().number(), "the server has not seen it yet");
        assertEquals(0, catchUp.catchUp(), "nothing synced lacks a number: not asked again");
        assertEquals(1, server.memberNumberRequests().size());
    }

    @Test
    void theDepositScreenPicksTheMemberByTypedOrScannedNumberAndExplainsAWrongOne() {
        pulled("นางสมศรี ใจดี", 42L);
        DepositViewModel deposit = new DepositViewModel(client.ctx.members(), client.ctx.prices(), client.ctx.deposits(),
                client.clock, null, client.screens, scannerReading("0042-7"));

        deposit.byNumber().text().set("0042-1");
        deposit.byNumber().pick();
        assertEquals("เลขสมาชิกไม่ถูกต้อง ตรวจเลขบนบัตรอีกครั้ง (เช่น 0042-7)", deposit.byNumber().error().get());
        assertNull(deposit.member().get());

        deposit.byNumber().text().set("0043-" + checkOf(43));
        deposit.byNumber().pick();
        assertEquals("ไม่พบสมาชิกเลขที่ 0043-" + checkOf(43) + " ในเครื่องนี้ ลองซิงก์ข้อมูล หรือค้นหาด้วยชื่อ",
                deposit.byNumber().error().get());
        assertNull(deposit.member().get());

        deposit.byNumber().text().set("");
        deposit.byNumber().pick();
        assertEquals("กรุณากรอกเลขสมาชิก", deposit.byNumber().error().get());

        deposit.byNumber().scan();
        assertEquals("นางสมศรี ใจดี", deposit.member().get().name());
        assertNull(deposit.byNumber().error().get());
        assertEquals("", deposit.byNumber().text().get());
    }

    @Test
    void theCardOfARecordMergedIntoAnotherPicksTheRecordKeptAndSaysSo() {
        UUID duplicate = pulled("นางสมศรี  ใจดี", 42L);
        UUID kept = pulled("นางสมศรี ใจดี", 43L);
        client.ctx.store().write(c -> {
            MemberService.markMerged(c, duplicate, kept, LocalDate.of(2026, 11, 20));
            return null;
        });
        DepositViewModel deposit = new DepositViewModel(client.ctx.members(), client.ctx.prices(), client.ctx.deposits(),
                client.clock, null, client.screens, scannerReading("0042-7"));

        deposit.byNumber().scan();

        assertEquals(kept, deposit.member().get().id());
        assertEquals("บัตร 0042-7 เป็นของ นางสมศรี  ใจดี ซึ่งรวมบัญชีเข้ากับ นางสมศรี ใจดี แล้ว จึงเลือก นางสมศรี ใจดี ให้",
                deposit.byNumber().notice().get());
        assertNull(deposit.byNumber().error().get());

        deposit.byNumber().text().set("0043-" + checkOf(43));
        deposit.byNumber().pick();
        assertEquals(kept, deposit.member().get().id());
        assertNull(deposit.byNumber().notice().get(), "the kept record's own card needs no word");
    }

    @Test
    void theWithdrawalScreenPaysTheMemberWhoseNumberIsGiven() {
        Member first = client.member("นายแรก ที่เปิดสมุด", "1", "หมู่ 1");
        pulled("นางสมศรี ใจดี", 42L);
        WithdrawalViewModel withdrawal = new WithdrawalViewModel(client.ctx.members(), client.ctx.ledger(),
                client.ctx.withdrawals(), client.approval(ReasonCode.APPROVERS_REQUIRED), first.id(), client.screens);
        withdrawal.load();
        assertEquals("นายแรก ที่เปิดสมุด", withdrawal.memberName().get());
        assertEquals("รอเลขสมาชิก (ได้เลขเมื่อซิงก์ข้อมูล)", withdrawal.memberNumber().get());

        withdrawal.byNumber().text().set("00427");
        withdrawal.byNumber().pick();
        assertEquals("นางสมศรี ใจดี", withdrawal.memberName().get());
        assertEquals("เลขสมาชิก 0042-7", withdrawal.memberNumber().get());
    }

    @Test
    void theSharedCardsHoldOneQrCodePerNumberedMember() throws Exception {
        client.pairWith(server);
        pulled("นางสมศรี ใจดี", 42L);
        pulled("นายสมชาย รักษ์โลก", 3L);
        client.member("นายใหม่ ยังไม่ซิงก์", "3", "หมู่ 1");
        Path shared = tmp.resolve("shared");
        new MemberCardsViewModel(client.ctx.members(), client.ctx.settings(), ShareService.savingOnly(shared),
                client.screens).share();

        Path pdf = shared.resolve("member-cards.pdf");
        assertEquals("บันทึกบัตรสมาชิก 2 ใบไว้ที่ " + pdf, client.notices.get(0));
        CardSheetCheck.Sheet sheet = CardSheetCheck.read(Files.readAllBytes(pdf));
        assertEquals(1, sheet.pages());
        assertEquals(List.of("0003-7", "0042-7"), sheet.qrTexts().stream().sorted().toList());
    }

    @Test
    void withNoNumberedMemberThereIsNoSheetToShare() {
        client.member("นายใหม่ ยังไม่ซิงก์", "3", "หมู่ 1");
        Path shared = tmp.resolve("shared");
        new MemberCardsViewModel(client.ctx.members(), client.ctx.settings(), ShareService.savingOnly(shared),
                client.screens).share();
        assertEquals("ยังไม่มีสมาชิกที่ได้เลขสมาชิก ซิงก์ข้อมูลก่อนพิมพ์บัตร", client.notices.get(0));
        assertTrue(!Files.exists(shared.resolve("member-cards.pdf")));
    }

    private static String checkOf(long n) {
        String written = th.wastebank.member.MemberNumber.format(n);
        return written.substring(written.length() - 1);
    }

    private static BarcodeScanner scannerReading(String code) {
        return new BarcodeScanner() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public java.util.Optional<String> scan(String title) {
                return java.util.Optional.of(code);
            }
        };
    }
}
