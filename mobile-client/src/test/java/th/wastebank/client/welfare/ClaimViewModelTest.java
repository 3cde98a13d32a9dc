package th.wastebank.client.welfare;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.SimpleIntegerProperty;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.member.Member;
import th.wastebank.client.testing.TestClient;
import th.wastebank.validation.ReasonCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimViewModelTest {
    @TempDir
    Path tmp;
    private TestClient client;
    private Member widow;
    private Claim death;
    private ClaimViewModel vm;

    @BeforeEach
    void setUp() {
        client = new TestClient(tmp);
        client.price("PET_CLEAR", 800);
        widow = client.member("นางบุญมา ศรีสุข", "7", "หมู่ 4");
        client.ctx.deposits().record(widow.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 5_000)));
        Scheme funeral = WelfareFixture.funeral(client.ctx);
        death = client.ctx.claims().file(new ClaimService.Draft(funeral.id(), widow.id(), client.today().minusDays(1),
                null, "เสียชีวิตที่บ้าน", List.of()));
        client.ctx.fund().contribute(500_000, "SALE_MARGIN", null);
        vm = new ClaimViewModel(client.ctx.claims(), client.ctx.schemes(), client.ctx.fund(),
                client.approval(ReasonCode.WELFARE_APPROVERS_REQUIRED), death.id(), new SimpleIntegerProperty(),
                client.screens);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void theAmountStartsAtTheSchemesPayoutAndAPerEventLevyCanBeRunForTheClaim() {
        assertEquals("3000.00", vm.amountText().get());
        assertEquals(300_000, vm.check().get().ruleAmount());
        assertEquals(List.of(), vm.warnings());
        assertTrue(vm.levyAvailable().get());
        vm.runLevy();
        assertEquals("levy " + death.id(), client.routes.last());
    }

    @Test
    void aPayoutNeedsTwoDifferentCommitteeMembersAndNeverTouchesSavings() {
        vm.approver().set("นายสมชาย เหรัญญิก");
        vm.secondApprover().set(" นายสมชาย เหรัญญิก");
        vm.pay();
        assertEquals(ReasonCode.WELFARE_APPROVERS_REQUIRED.messageTh(null), vm.approversError().get());
        assertEquals(List.of(), client.ctx.fund().payouts(death.id()));

        vm.secondApprover().set("นางสมหญิง ประธาน");
        vm.pay();

        assertEquals(1, vm.payouts().size());
        assertTrue(vm.claim().get().isPaid());
        assertEquals(300_000, vm.claim().get().paid());
        assertEquals(4_000, client.ctx.ledger().balance(widow.id()), "savings unchanged");
        assertEquals(200_000, client.ctx.fund().balance());
        assertEquals("จ่ายสวัสดิการ 3,000.00 บาท แล้ว กองทุนคงเหลือ 2,000.00 บาท", client.notices.get(0));
    }

    @Test
    void payingAboveTheFundOrAgainIsWarnedInThaiAndSavedAllTheSame() {
        vm.amountText().set("6000");
        assertEquals(List.of("กองทุนมีเงิน 5,000.00 บาท ไม่พอจ่าย บันทึกได้ แต่กองทุนจะติดลบ",
                "รวมแล้วเกินที่สวัสดิการกำหนด (3,000.00 บาท) บันทึกได้ เซิร์ฟเวอร์จะแจ้งคณะกรรมการตรวจสอบ"), vm.warnings());
        vm.approver().set("นายสมชาย เหรัญญิก");
        vm.secondApprover().set("นางสมหญิง ประธาน");
        vm.pay();
        assertEquals(-100_000, client.ctx.fund().balance());

        vm.amountText().set("100");
        assertTrue(vm.warnings().contains("คำขอนี้จ่ายไปแล้ว 6,000.00 บาท บันทึกได้ถ้าจ่ายเพิ่มจริง"));
    }
}
