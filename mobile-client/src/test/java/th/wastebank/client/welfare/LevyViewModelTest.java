package th.wastebank.client.welfare;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.member.Member;
import th.wastebank.client.testing.TestClient;
import th.wastebank.validation.ReasonCode;
import th.wastebank.welfare.Funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LevyViewModelTest {
    @TempDir
    Path tmp;
    private TestClient client;
    private Scheme funeral;
    private Claim death;

    @BeforeEach
    void setUp() {
        client = new TestClient(tmp);
        client.price("PET_CLEAR", 800);
        Member boonma = client.member("นางบุญมา ศรีสุข", "7", "หมู่ 4");
        client.member("นายสมชาย รักษ์โลก", "45", "หมู่ 2");
        client.member("นางสมศรี ใจดี", "12", "หมู่ 4");
        funeral = WelfareFixture.funeral(client.ctx);
        death = client.ctx.claims().file(new ClaimService.Draft(funeral.id(), boonma.id(), LocalDate.of(2026, 11, 22),
                null, null, List.of()));
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private LevyViewModel levy(Claim forClaim) {
        LevyViewModel vm = new LevyViewModel(client.ctx.schemes(), client.ctx.claims(), client.ctx.levies(),
                client.approval(ReasonCode.WELFARE_APPROVERS_REQUIRED), client.clock, forClaim == null ? null : forClaim.id(), client.screens);
        vm.load();
        return vm;
    }

    @Test
    void fromAClaimTheLevyIsPreviewedBeforeTwoCommitteeMembersConfirmIt() {
        LevyViewModel vm = levy(death);
        assertEquals(funeral, vm.scheme().get());
        assertEquals(death.id(), vm.claim().get().claim().id());
        assertEquals("ฌาปนกิจสงเคราะห์ นางบุญมา ศรีสุข (เกิดเหตุ 22 พ.ย. 2569)", vm.reason().get());

        vm.confirm();
        assertEquals(0, client.ctx.fund().balance(), "nothing is levied without a preview");

        vm.makePreview();
        LevyPreview preview = vm.preview().get();
        assertEquals(3, preview.members());
        assertEquals(6_000, preview.total());
        assertEquals(3, preview.goingNegative(), "nobody has savings yet");
        assertEquals(3, vm.lines().size());

        vm.approver().set("นายสมชาย เหรัญญิก");
        vm.confirm();
        assertEquals(ReasonCode.WELFARE_APPROVERS_REQUIRED.messageTh(null), vm.approversError().get());
        vm.secondApprover().set("นางสมหญิง ประธาน");
        vm.confirm();

        assertEquals(6_000, client.ctx.fund().balance());
        assertEquals("หักเงินสมทบ 3 คน รวม 60.00 บาท เข้ากองทุนแล้ว", client.notices.get(0));
        assertEquals("back", client.routes.last());
    }

    @Test
    void changingTheReasonDropsThePreviewAndALeviedClaimIsRefusedInThai() {
        LevyViewModel vm = levy(death);
        vm.makePreview();
        vm.reason().set("ฌาปนกิจ นางบุญมา");
        assertNull(vm.preview().get());
        vm.makePreview();
        vm.approver().set("นายสมชาย เหรัญญิก");
        vm.secondApprover().set("นางสมหญิง ประธาน");
        vm.confirm();

        LevyViewModel again = levy(death);
        assertTrue(again.claim().get().levied());
        again.makePreview();
        assertEquals("หักเงินสมทบสำหรับเหตุการณ์นี้ไปแล้ว จึงไม่หักซ้ำ", again.error().get());
        again.approver().set("นายสมชาย เหรัญญิก");
        again.secondApprover().set("นางสมหญิง ประธาน");
        again.confirm();
        assertEquals(6_000, client.ctx.fund().balance(), "levied once");
    }

    @Test
    void anAnnualFeeAsksForTheBuddhistYearAndADepositShareForThePeriod() {
        Scheme fee = client.ctx.schemes().create(new SchemeService.Draft("ค่าบำรุงสวัสดิการผู้สูงอายุ", "ELDER", "FIXED",
                50_000, null, 0, 0, 0, "ANNUAL_FEE", 10_000L, null, "ACTIVE"));
        Scheme share = client.ctx.schemes().create(new SchemeService.Draft("ทุนการศึกษา", "SCHOLARSHIP", "FIXED",
                100_000, null, 0, 0, 0, "DEPOSIT_SHARE", null, 500L, "ACTIVE"));
        LevyViewModel vm = levy(null);
        assertEquals(3, vm.schemes().size());

        vm.scheme().set(fee);
        assertEquals(Funding.ANNUAL_FEE, vm.basis().get());
        assertEquals("2569", vm.yearText().get());
        assertEquals("ค่าบำรุงสวัสดิการผู้สูงอายุ ค่าบำรุงปี 2569", vm.reason().get());
        vm.yearText().set("69");
        vm.makePreview();
        assertEquals("กรุณากรอกปี พ.ศ. เช่น 2569", vm.eventError().get());
        vm.yearText().set("2569");
        vm.makePreview();
        assertEquals("2569", vm.preview().get().event());
        assertEquals(30_000, vm.preview().get().total());

        vm.scheme().set(share);
        assertEquals(LocalDate.of(2026, 10, 1), vm.shareFrom().get());
        assertEquals(LocalDate.of(2026, 10, 31), vm.shareTo().get());
        assertEquals("ทุนการศึกษา ส่วนแบ่งยอดฝาก 1 ต.ค. 2569 – 31 ต.ค. 2569", vm.reason().get());
        vm.makePreview();
        assertEquals("2026-10-01/2026-10-31", vm.preview().get().event());
        assertEquals(3, vm.preview().get().nothingToShare());
    }
}
