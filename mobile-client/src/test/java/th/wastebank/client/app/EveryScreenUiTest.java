package th.wastebank.client.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;

import com.github.f4b6a3.uuid.UuidCreator;
import org.junit.jupiter.api.Test;

import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.outbox.OutboxOp;
import th.wastebank.client.product.ProductService;
import th.wastebank.client.photo.PhotoSource;
import th.wastebank.client.testing.TestPictures;
import th.wastebank.client.welfare.Scheme;
import th.wastebank.client.welfare.WelfareFixture;
import th.wastebank.deposit.DepositLine;
import th.wastebank.deposit.DepositRecord;
import th.wastebank.member.MemberUpsert;
import th.wastebank.progress.MilestoneStep;
import th.wastebank.sync.Change;
import th.wastebank.sync.OpPayload;
import th.wastebank.sync.OpResult;
import th.wastebank.sync.Reason;
import th.wastebank.validation.Dates;
import th.wastebank.withdrawal.WithdrawalRecord;

/**
 * Every screen of the app, opened with data in it (members of this phone and from the server, a
 * deposit, a withdrawal, an overdrawn member, a product with a photo, a refused op), and every
 * combo box opened: the UI test base measures each control of each one (48 px). The screens the
 * welfare flow fills with a scheme, a claim and a levy are measured there too
 * ({@link WelfareFlowUiTest}). Also: a receipt shows its number and explains a negative balance in
 * Thai, and records pulled from the server are labelled จากเซิร์ฟเวอร์, never ส่งแล้ว.
 */
class EveryScreenUiTest extends PairedPhoneUiTest {
    /** The class's data, made once in the class's phone directory. */
    private static Member somsri;
    private static UUID pulledMember;
    private static UUID pulledDeposit;
    private static UUID product;
    private static Scheme funeral;
    private static UUID claim;

    @Override
    protected void given() throws Exception {
        LocalDate today = LocalDate.now(Dates.THAI);
        if (somsri == null) {
            ctx.prices().set("PET_CLEAR", 800, today, null);
            ctx.prices().set("ALU_CAN", 4_000, today, null);
            somsri = ctx.members().register(new MemberService.Draft("นางสมศรี ใจดี", "12", "หมู่ 4 บ้านนายางกลัก",
                    null, today.minusYears(1)));
            ctx.deposits().record(somsri.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 12_500)));
            ctx.withdrawals().record(somsri.id(), 3_000, "นางมาลี กรรมการ", "นายสมบัติ กรรมการ");
            refuseOneOp();
            pullAnOverdrawnMemberFromAnotherPhone();
            product = ctx.products().register(new ProductService.Draft("ตะกร้าสานจากถุงพลาสติก", "DRY_NON_RECYCLABLE",
                    "ถุงพลาสติก", "สานตามลายผ้าทอของหมู่บ้าน", "กลุ่มสตรีบ้านนายางกลัก", 15_000L, "SELLING",
                    List.of())).id();
            funeral = WelfareFixture.funeral(ctx);
            claim = WelfareFixture.death(ctx, funeral, somsri).id();
        }
    }

    @Override
    protected PhotoSource pictures() {
        return onPicked -> onPicked.accept(TestPictures.picked(1600, 1200, 3));
    }

    /** The server refused one op of this phone: the problems screen has its row with retry and discard. */
    private void refuseOneOp() {
        List<OutboxOp> pending = ctx.outbox().pending(1);
        ctx.outbox().applyResults(pending, List.of(OpResult.rejected(pending.get(0).opId(),
                new Reason("UNKNOWN_MEMBER", "No such member", "ไม่พบสมาชิกคนนี้ในธนาคารขยะของท่าน", "memberId"))));
    }

    /**
     * Another phone registered นายสมชาย, paid him 70 baht, then took 20 baht of cans (its receipt
     * AB-000009): his balance after that deposit is -50 baht.
     */
    private void pullAnOverdrawnMemberFromAnotherPhone() {
        Instant at = Instant.now().minusSeconds(600);
        pulledMember = UuidCreator.getTimeOrderedEpoch();
        pulledDeposit = UuidCreator.getTimeOrderedEpoch();
        ctx.pullApplier().apply(List.of(
                change(pulledMember, new MemberUpsert("นายสมชาย รักษ์โลก", "7", "หมู่ 4 บ้านนายางกลัก", null,
                        LocalDate.now(Dates.THAI).minusYears(2), 1), at),
                change(UuidCreator.getTimeOrderedEpoch(), new WithdrawalRecord(pulledMember, 7_000, at, List.of("นายสมบัติ",
                        "นางมาลี")).withReceiptNo("AB-000008"), at),
                change(pulledDeposit, DepositRecord.of(pulledMember, at.plusSeconds(60),
                        List.of(DepositLine.priced("PET_CLEAR", 2_500, 800))).withReceiptNo("AB-000009"), at)), "3");
    }

    private static Change change(UUID entityId, OpPayload payload, Instant at) {
        return Change.of(0, entityId, payload, null, null, at);
    }

    /** Opens a screen by its route and waits for {@code marker}; the base then measures every control on it. */
    private void open(Runnable route, String marker) {
        interact(route);
        waitUntil(() -> visible(marker));
    }

    /** Opens a combo box's list (its rows are measured while it shows), then closes it. */
    private void openList(String comboId) {
        interact(() -> ((ComboBox<?>) lookup(comboId).query()).show());
        waitUntil(() -> shown(".list-cell").stream().anyMatch(n -> n.getParent() != null
                && ((Labeled) n).getText() != null && !((Labeled) n).getText().isBlank()
                && n.getScene() != lookup(comboId).query().getScene()));
        interact(() -> ((ComboBox<?>) lookup(comboId).query()).hide());
    }

    @Test
    void everyControlOnEveryScreenIsATouchTargetOfAtLeast48px() {
        List<String> visited = new ArrayList<>();
        open(screens.ui::home, "#home-members");
        open(screens.ui::members, "#members-add");
        open(screens.ui::registerMember, "#member-save");
        openList("#member-village");
        open(() -> screens.ui.editMember(somsri.id()), "#member-save");
        open(() -> screens.ui.passbook(somsri.id()), "#passbook-balance");
        waitUntil(() -> visible(".reverse-button") && visible(".receipt-button"));
        open(() -> screens.ui.deposit(null), "#deposit-member-search");
        open(() -> screens.ui.deposit(somsri.id()), "#deposit-material");
        openList("#deposit-material");
        interact(() -> {
            ((ComboBox<?>) lookup("#deposit-material").query()).getSelectionModel().select(0);
            lookup("#deposit-weight").queryAs(TextField.class).setText("2.5");
            lookup("#deposit-add-line").queryAs(Button.class).fire();
        });
        waitUntil(() -> visible("#deposit-remove-0"));
        open(() -> screens.ui.receipt(pulledDeposit), "#receipt-share");
        open(() -> screens.ui.withdrawal(somsri.id()), "#withdrawal-save");
        UUID deposit = ctx.ledger().entriesOf(somsri.id()).stream()
                .filter(e -> e.kind() == th.wastebank.ledger.EntryKind.DEPOSIT).findFirst().orElseThrow().id();
        open(() -> screens.ui.reversal(deposit), "#reversal-save");
        open(screens.ui::prices, "#prices-add");
        open(() -> screens.ui.editPrice("PET_CLEAR"), "#price-save");
        open(screens.ui::addOwnMaterial, "#price-save");
        open(screens.ui::settings, "#settings-pair-again");
        open(screens.ui::problems, ".retry-button");
        waitUntil(() -> visible(".discard-button"));
        open(screens.ui::products, "#products-add");
        open(() -> screens.ui.editProduct(product), "#product-save");
        openList("#product-status");
        interact(() -> lookup("#product-add-photo").queryAs(Button.class).fire());
        waitUntil(() -> visible(".photo-tile .small-button"));
        open(screens.ui::steps, "#step-record-3");
        for (MilestoneStep step : MilestoneStep.values()) {
            open(() -> screens.ui.recordStep(step), "#step-save");
            if (step == MilestoneStep.PRODUCT) {
                openList("#step-product");
            }
            visited.add(step.name());
        }
        open(screens.ui::welfare, "#welfare-new-scheme");
        waitUntil(() -> texts("#welfare-schemes .row-title").contains("ฌาปนกิจสงเคราะห์"));
        open(() -> screens.ui.editScheme(null), "#scheme-save");
        openList("#scheme-kind");
        openList("#scheme-funding");
        open(() -> screens.ui.editScheme(funeral.id()), "#scheme-save");
        open(screens.ui::claims, "#claims-add");
        waitUntil(() -> texts("#claims-list .row-title").contains("นางสมศรี ใจดี"));
        open(() -> screens.ui.claim(claim), "#claim-levy");
        open(screens.ui::fileClaim, "#claim-save");
        openList("#claim-scheme");
        open(() -> screens.ui.levy(null), "#levy-preview");
        openList("#levy-scheme");
        open(() -> screens.ui.levy(claim), "#levy-preview");
        open(screens.ui::contribute, "#contribution-save");
        open(screens.ui::fundHistory, "#history-balance");
        open(screens.ui::villages, "#village-add");
        open(() -> screens.ui.editVillage(null), "#village-save");
        open(screens.ui::pair, "#pair-submit");

        assertEquals(5, visited.size(), "the five steps' screens");
        assertEquals(List.of(), touchTargetsSmallerThan48px());
    }

    @Test
    void aReceiptShowsItsNumberAndExplainsANegativeBalanceInThai() {
        open(() -> screens.ui.receipt(pulledDeposit), "#receipt-number");

        assertEquals("เลขที่ AB-000009", text("#receipt-number"));
        assertEquals("-50.00 บาท", text("#receipt-balance"));
        assertTrue(visible("#receipt-negative"), "the minus is explained");
        assertEquals("ยอดติดลบ: ถอนเกินยอดจากอีกเครื่อง รอตรวจสอบ", text("#receipt-negative"));
    }

    @Test
    void recordsPulledFromTheServerAreLabelledSoNotSent() {
        open(() -> screens.ui.passbook(pulledMember), "#passbook-balance");
        waitUntil(() -> texts("#passbook-history .chip").size() == 2);

        assertEquals(List.of("จากเซิร์ฟเวอร์", "จากเซิร์ฟเวอร์"), texts("#passbook-history .chip"));
        assertTrue(texts("#passbook-history .row-detail").containsAll(List.of("เลขที่ AB-000009", "เลขที่ AB-000008")),
                "the deposit's and the withdrawal's numbers: " + texts("#passbook-history .row-detail"));

        open(screens.ui::members, "#members-add");
        waitUntil(() -> texts("#members-list .row-title").contains("นายสมชาย รักษ์โลก"));
        List<String> chips = texts("#members-list .chip");
        assertEquals(2, chips.size(), String.valueOf(chips));
        assertEquals(1, chips.stream().filter("จากเซิร์ฟเวอร์"::equals).count(), "the pulled member: " + chips);
    }
}
