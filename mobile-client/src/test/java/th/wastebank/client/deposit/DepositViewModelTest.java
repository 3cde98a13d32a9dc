package th.wastebank.client.deposit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.member.Member;
import th.wastebank.client.price.PriceRow;
import th.wastebank.client.testing.TestClient;
import th.wastebank.client.ui.Async;
import th.wastebank.client.ui.ScreenContext;
import th.wastebank.validation.ReasonCode;

class DepositViewModelTest {
    @TempDir
    Path tmp;
    private TestClient client;
    private Member somsri;
    private DepositViewModel vm;

    @BeforeEach
    void setUp() {
        client = new TestClient(tmp);
        client.price("PET_CLEAR", 800);
        client.price("CARDBOARD", 300);
        somsri = client.member("นางสมศรี ใจดี", "12", "หมู่ 4");
        vm = viewModel(null, client.screens);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private DepositViewModel viewModel(UUID member, ScreenContext screens) {
        return new DepositViewModel(client.ctx.members(), client.ctx.prices(), client.ctx.deposits(), client.clock,
                member, screens);
    }

    private void choose(String code) {
        vm.material().set(vm.materials().stream().filter(r -> r.materialCode().equals(code)).findFirst().orElseThrow());
    }

    @Test
    void onlyPricedMaterialsAreOffered() {
        assertEquals(List.of("PET_CLEAR", "CARDBOARD"), vm.materials().stream().map(PriceRow::materialCode).toList());
    }

    @Test
    void depositViewModelRejectsZeroWeight() {
        choose("PET_CLEAR");
        vm.weightText().set("0");

        assertFalse(vm.addLine());

        assertEquals(ReasonCode.WEIGHT_NOT_POSITIVE.messageTh(null), vm.weightError().get());
        assertEquals("0", vm.weightText().get());
        assertTrue(vm.lines().isEmpty());
    }

    @Test
    void weightAboveOneTonneInALineIsRefusedWithTheSharedThaiMessage() {
        choose("PET_CLEAR");
        vm.weightText().set("1000.5");

        assertFalse(vm.addLine());

        assertEquals(ReasonCode.WEIGHT_TOO_LARGE.messageTh(null), vm.weightError().get());
        assertEquals("น้ำหนักต่อรายการต้องไม่เกิน 1,000 กิโลกรัม", vm.weightError().get());
        assertEquals("1000.5", vm.weightText().get());
    }

    @Test
    void negativeAndNonNumericWeightsAreRefusedAndKept() {
        choose("PET_CLEAR");
        vm.weightText().set("-3");
        assertFalse(vm.addLine());
        assertEquals(ReasonCode.WEIGHT_NOT_POSITIVE.messageTh(null), vm.weightError().get());

        vm.weightText().set("สองกิโล");
        assertFalse(vm.addLine());
        assertEquals(client.messages.get("deposit.weight.notNumber"), vm.weightError().get());
        assertEquals("สองกิโล", vm.weightText().get());
    }

    @Test
    void aLineNeedsAMaterial() {
        vm.weightText().set("2.5");

        assertFalse(vm.addLine());

        assertEquals("กรุณาเลือกชนิดขยะ", vm.materialError().get());
        assertEquals("2.5", vm.weightText().get());
    }

    @Test
    void commaIsADecimalSeparatorAndTheLineIsPricedByTodaysBoard() {
        choose("PET_CLEAR");
        vm.weightText().set("2,5");

        assertTrue(vm.addLine());

        DepositViewModel.Line line = vm.lines().get(0);
        assertEquals(2500, line.priced().grams());
        assertEquals(800, line.priced().pricePerKg());
        assertEquals(2000, line.priced().amount());
        assertEquals("", vm.weightText().get());
        assertNull(vm.weightError().get());
    }

    @Test
    void runningTotalFollowsAddedAndRemovedLines() {
        choose("PET_CLEAR");
        vm.weightText().set("2.5");
        vm.addLine();
        choose("CARDBOARD");
        vm.weightText().set("4.2");
        vm.addLine();
        assertEquals(2000 + 1260, vm.total().get());
        assertEquals(6700, vm.totalGrams().get());

        vm.removeLine(vm.lines().get(0));

        assertEquals(1260, vm.total().get());
        assertEquals(4200, vm.totalGrams().get());
    }

    @Test
    void depositRequiresAMember() {
        choose("PET_CLEAR");
        vm.weightText().set("2.5");
        vm.addLine();

        vm.save();

        assertEquals(ReasonCode.MEMBER_REQUIRED.messageTh(null), vm.memberError().get());
        assertEquals("กรุณาเลือกสมาชิกก่อน", vm.memberError().get());
        assertTrue(client.notices.contains("กรุณาเลือกสมาชิกก่อน"));
        assertEquals(1, vm.lines().size());
        assertTrue(client.ctx.ledger().entriesOf(somsri.id()).isEmpty());
        assertTrue(client.routes.visits().isEmpty());
    }

    @Test
    void aDepositNeedsAtLeastOneLine() {
        vm.chooseMember(somsri);

        vm.save();

        assertEquals(ReasonCode.NO_LINES.messageTh(null), vm.error().get());
    }

    @Test
    void memberIsFoundByVillageAndChosen() {
        client.member("นายสมชาย รักษ์โลก", "45/1", "หมู่ 2");

        vm.search().query().set("หมู่ 4");
        assertEquals(List.of("นางสมศรี ใจดี"), vm.search().results().stream().map(Member::name).toList());

        vm.chooseMember(vm.search().results().get(0));
        assertEquals(somsri.id(), vm.member().get().id());
    }

    @Test
    void savingRecordsTheDepositWithTheWeightTypedButNotAddedAndOpensItsReceipt() {
        vm.chooseMember(somsri);
        choose("PET_CLEAR");
        vm.weightText().set("2.5");
        vm.addLine();
        choose("CARDBOARD");
        vm.weightText().set("4.2");

        vm.save();

        List<LedgerEntry> entries = client.ctx.ledger().entriesOf(somsri.id());
        assertEquals(1, entries.size());
        assertEquals(3260, entries.get(0).amount());
        assertEquals(6700, entries.get(0).grams());
        assertEquals(2, client.ctx.ledger().linesOf(entries.get(0).id()).size());
        assertEquals("receiptOfNew " + entries.get(0).id(), client.routes.last());
        assertEquals(List.of("price.set", "price.set", "member.upsert", "deposit.record"),
                client.ctx.outbox().pending(10).stream().map(op -> op.type()).toList());
    }

    @Test
    void aDepositFromThePassbookStartsWithItsMember() {
        DepositViewModel fromPassbook = viewModel(somsri.id(), client.screens);
        fromPassbook.load();
        assertEquals("นางสมศรี ใจดี", fromPassbook.member().get().name());
    }

    @Test
    void aPriceChangedWhileOnScreenStopsTheSaveAndShowsTheNewAmounts() {
        vm.chooseMember(somsri);
        choose("PET_CLEAR");
        vm.weightText().set("2.5");
        vm.addLine();
        client.price("PET_CLEAR", 900);

        vm.save();

        assertEquals(client.messages.get("deposit.pricesChanged"), vm.error().get());
        assertEquals(2250, vm.total().get());
        assertTrue(client.ctx.ledger().entriesOf(somsri.id()).isEmpty());

        vm.save();

        assertEquals(2250, client.ctx.ledger().balance(somsri.id()));
    }

    @Test
    void tappingSaveTwiceWhileSavingRecordsOneDeposit() {
        Deque<Runnable> background = new ArrayDeque<>();
        ScreenContext slow = new ScreenContext(client.messages, new Async(background::add, Runnable::run),
                client.routes, client.notices::add);
        DepositViewModel busy = viewModel(somsri.id(), slow);
        busy.load();
        while (!background.isEmpty()) {
            background.poll().run();
        }
        busy.material().set(busy.materials().get(0));
        busy.weightText().set("1");
        busy.addLine();

        busy.save();
        busy.save();
        while (!background.isEmpty()) {
            background.poll().run();
        }

        assertEquals(1, client.ctx.ledger().entriesOf(somsri.id()).size());
    }
}
