package th.wastebank.client.welfare;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.testing.TestClient;
import th.wastebank.validation.ReasonCode;
import th.wastebank.welfare.Funding;
import th.wastebank.welfare.SchemeUpsert;
import th.wastebank.welfare.WelfareType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemeFormViewModelTest {
    @Test
    void aFuneralSchemeIsSavedFromBahtAndItsLevyPerDeath(@TempDir Path tmp) {
        try (TestClient client = new TestClient(tmp)) {
            SchemeFormViewModel vm = new SchemeFormViewModel(client.ctx.schemes(), null, client.screens);
            vm.kind().set(WelfareType.FUNERAL);
            vm.name().set(" ฌาปนกิจสงเคราะห์ ");
            vm.payoutText().set("3000");
            vm.minMonthsText().set("๓");
            vm.funding().set(Funding.LEVY_PER_EVENT);
            vm.levyText().set("20");

            vm.save();

            Scheme saved = client.ctx.schemes().list().get(0);
            SchemeUpsert r = saved.rules();
            assertEquals("ฌาปนกิจสงเคราะห์", r.name());
            assertEquals(300_000, r.payoutAmount());
            assertEquals(3, r.minMembershipMonths());
            assertEquals(2_000L, r.levyAmount());
            assertEquals(SchemeUpsert.FIXED, r.payoutRule());
            assertEquals("back", client.routes.last());
            assertEquals("บันทึกสวัสดิการ ฌาปนกิจสงเคราะห์ แล้ว", client.notices.get(0));
        }
    }

    @Test
    void missingChoicesAreShownInThaiBesideTheirFields(@TempDir Path tmp) {
        try (TestClient client = new TestClient(tmp)) {
            SchemeFormViewModel vm = new SchemeFormViewModel(client.ctx.schemes(), null, client.screens);
            vm.payoutText().set("500");
            vm.funding().set(Funding.ANNUAL_FEE);
            vm.levyText().set("สิบบาท");

            vm.save();
            assertEquals("กรุณากรอกจำนวนเงินเป็นตัวเลข เช่น 3000 หรือ 20.50", vm.fundingError().get());

            vm.levyText().set("100");
            vm.perDay().set(true);
            vm.save();
            assertEquals(ReasonCode.PAYOUT_RULE_INVALID.messageTh(null), vm.payoutError().get(), "per day needs its days");

            vm.maxDaysText().set("10");
            vm.save();
            assertEquals("กรุณาเลือกประเภทสวัสดิการ", vm.kindError().get());
            assertEquals("กรุณาตั้งชื่อสวัสดิการ", vm.nameError().get());
            assertTrue(client.ctx.schemes().list().isEmpty());
        }
    }

    @Test
    void editingShowsTheSchemeAndSavesTheNextVersionWithADepositShareInPercent(@TempDir Path tmp) {
        try (TestClient client = new TestClient(tmp)) {
            Scheme funeral = WelfareFixture.funeral(client.ctx);
            SchemeFormViewModel vm = new SchemeFormViewModel(client.ctx.schemes(), funeral.id(),
                    client.screens);
            vm.load();
            assertEquals("ฌาปนกิจสงเคราะห์", vm.name().get());
            assertEquals("3000.00", vm.payoutText().get());
            assertEquals("20.00", vm.levyText().get());
            assertTrue(vm.levyAmountShown().get());

            vm.funding().set(Funding.DEPOSIT_SHARE);
            vm.sharePercentText().set("2.5");
            vm.active().set(false);
            vm.save();

            Scheme edited = client.ctx.schemes().get(funeral.id()).orElseThrow();
            assertEquals(2, edited.version());
            assertEquals(250L, edited.rules().depositShareBp());
            assertNull(edited.rules().levyAmount());
            assertEquals(SchemeUpsert.PAUSED, edited.rules().status());
        }
    }
}
