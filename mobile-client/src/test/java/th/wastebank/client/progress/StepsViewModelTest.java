package th.wastebank.client.progress;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.SimpleIntegerProperty;

import org.junit.jupiter.api.Test;

import th.wastebank.client.product.Product;
import th.wastebank.client.product.ProductService;
import th.wastebank.client.testing.FreshPhoneTest;
import th.wastebank.progress.MilestoneRecord;
import th.wastebank.progress.MilestoneStep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class StepsViewModelTest extends FreshPhoneTest {
    private final SimpleIntegerProperty syncTicks = new SimpleIntegerProperty();

    @Test
    void everyStepIsListedWithTheEvidenceOfItsLatestRecord() {
        Product basket = client.ctx.products().register(new ProductService.Draft("ตะกร้าสาน", "DRY_NON_RECYCLABLE",
                null, null, null, null, "SELLING", List.of()));
        client.ctx.milestones().record(new MilestoneService.Draft(MilestoneStep.TRAINING, LocalDate.of(2026, 10, 9),
                null, null, 35L, MilestoneRecord.STUDY_VISIT, null, null, null, null, List.of()));
        client.ctx.milestones().record(new MilestoneService.Draft(MilestoneStep.PRODUCT, LocalDate.of(2026, 11, 3),
                null, null, null, null, basket.id(), null, null, null, List.of()));
        client.ctx.milestones().record(MilestoneServiceTest.video("https://youtu.be/dQw4w9WgXcQ", 285L, null));
        StepsViewModel vm = new StepsViewModel(client.ctx.milestones(), client.ctx.products(), syncTicks, client.screens);

        vm.refresh();

        assertEquals(5, vm.rows().size());
        assertNull(vm.rows().get(0).latest());
        assertEquals("ศึกษาดูงาน ผู้เข้าร่วม 35 คน", vm.rows().get(1).evidence());
        assertEquals("ผลิตภัณฑ์: ตะกร้าสาน", vm.rows().get(2).evidence());
        assertEquals("วิดีโอ https://youtu.be/dQw4w9WgXcQ · ลิงก์แบบย่อ ยาว 4 นาที 45 วินาที",
                vm.rows().get(3).evidence());
        assertNull(vm.rows().get(4).latest());

        vm.record(MilestoneStep.REPORTED);
        assertEquals("recordStep REPORTED", client.routes.last());
    }

    @Test
    void anotherPhonesStepAppearsAfterASync() {
        StepsViewModel vm = new StepsViewModel(client.ctx.milestones(), client.ctx.products(), syncTicks, client.screens);
        vm.refresh();
        assertNull(vm.rows().get(0).latest());

        client.ctx.milestones().record(new MilestoneService.Draft(MilestoneStep.MEETING, LocalDate.of(2026, 9, 24),
                null, "ปุ๋ยหมัก", null, null, null, null, null, null, List.of()));
        syncTicks.set(1);

        assertEquals("รูปแบบการสร้างรายได้: ปุ๋ยหมัก", vm.rows().get(0).evidence());
    }

    @Test
    void stepOnesPicksAndStepThreesIncomeAndPeopleAreKeptOnThePhoneAndShownOnTheirCards() {
        Product basket = client.ctx.products().register(new ProductService.Draft("ตะกร้าสาน", "DRY_NON_RECYCLABLE",
                null, null, null, null, "SELLING", List.of()));
        client.ctx.milestones().record(new MilestoneService.Draft(MilestoneStep.MEETING, LocalDate.of(2026, 9, 24),
                null, null, null, null, null, null, null, null, List.of(),
                List.of("WET_ORGANIC_PRODUCT", "OTHER"), "ปุ๋ยหมักบรรจุถุง", List.of("WASTE_BANK", "WOMEN", "OTHER"),
                "วิสาหกิจชุมชนบ้านหนองบัว", "นางสาวมาลี", null, null));
        client.ctx.milestones().record(new MilestoneService.Draft(MilestoneStep.PRODUCT, LocalDate.of(2026, 11, 3),
                null, null, null, null, basket.id(), null, null, null, List.of(), List.of(), null, List.of(), null,
                null, 120_000L, 6L));
        StepsViewModel vm = new StepsViewModel(client.ctx.milestones(), client.ctx.products(), syncTicks, client.screens);

        vm.refresh();

        assertEquals("รูปแบบการสร้างรายได้: ผลิตภัณฑ์จากขยะเปียกหรือขยะอินทรีย์, ปุ๋ยหมักบรรจุถุง\n"
                + "กลุ่มที่ร่วมประชุม: ธนาคารขยะ, กลุ่มสตรี, วิสาหกิจชุมชนบ้านหนองบัว", vm.rows().get(0).evidence());
        assertEquals("นางสาวมาลี", vm.rows().get(0).latest().evidence().recordedBy());
        assertEquals("ผลิตภัณฑ์: ตะกร้าสาน\nรายได้ 1,200.00 บาท · ผู้ร่วมทำ 6 คน", vm.rows().get(2).evidence());
    }
}
