package th.wastebank.client.progress;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.SimpleIntegerProperty;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import th.wastebank.client.product.Product;
import th.wastebank.client.product.ProductService;
import th.wastebank.client.testing.FreshPhoneTest;
import th.wastebank.progress.IncomeModel;
import th.wastebank.progress.MilestoneRecord;
import th.wastebank.progress.MilestoneStep;
import th.wastebank.progress.NetworkGroup;
import th.wastebank.progress.VideoLogo;
import th.wastebank.progress.VideoPresenter;
import th.wastebank.validation.ReasonCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StepFormViewModelTest extends FreshPhoneTest {
    private StepFormViewModel form(MilestoneStep step) {
        StepFormViewModel vm = new StepFormViewModel(client.ctx.milestones(), client.ctx.products(),
                client.clock, step, client.screens);
        vm.load();
        return vm;
    }

    @Test
    void aRefusedVideoHostShowsTheServersThaiMessageAsItIsTyped() {
        StepFormViewModel vm = form(MilestoneStep.VIDEO);
        vm.videoUrl().set("https://vimeo.com/123456789");

        assertEquals("ลิงก์วิดีโอต้องเป็น YouTube, Facebook หรือ TikTok ของ อปท.", vm.videoUrlProblem().getValue());
        assertEquals("", vm.normalisedUrl().getValue());

        vm.minutesText().set("4");
        vm.secondsText().set("30");
        vm.save();
        assertEquals(ReasonCode.VIDEO_HOST_NOT_ALLOWED.messageTh(null), vm.fieldError().get());
        assertTrue(client.ctx.milestones().all().isEmpty());
    }

    @Test
    void theLinkIsShownInTheFormItWillBeSavedIn() {
        StepFormViewModel vm = form(MilestoneStep.VIDEO);
        vm.videoUrl().set("m.youtube.com/watch?v=dQw4w9WgXcQ&si=AbCdEf");

        assertEquals("ลิงก์ที่จะบันทึก: https://m.youtube.com/watch?v=dQw4w9WgXcQ&si=AbCdEf",
                vm.normalisedUrl().getValue());
        assertNull(vm.videoUrlProblem().getValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://vt.tiktok.com/ZSjAbC123/",
            "https://vm.tiktok.com/ZMhXyZ789/",
            "https://www.facebook.com/share/v/1AbCdEfGhJ/",
            "https://www.facebook.com/share/r/15xYz9AbC/?mibextid=rS40aB7S9Ucbxw6v",
            "https://fb.watch/abCdEf123/",
            "https://youtu.be/dQw4w9WgXcQ?si=AbCdEfGh12345"})
    void aShareButtonsShortLinkIsMarkedSavedAsTypedAndMarkedOnTheStepScreen(String link) {
        StepFormViewModel vm = form(MilestoneStep.VIDEO);
        vm.videoUrl().set(link);
        vm.minutesText().set("4");
        vm.secondsText().set("30");
        vm.videoFileName().set(MilestoneServiceTest.GOOD_FILE_NAME);
        vm.presenter().set(VideoPresenter.CHIEF_EXECUTIVE);
        for (VideoLogo logo : VideoLogo.values()) {
            vm.logoPicked(logo).set(true);
        }

        assertNull(vm.videoUrlProblem().getValue());
        assertEquals("ลิงก์ที่จะบันทึก: " + link + " · ลิงก์แบบย่อ", vm.normalisedUrl().getValue());
        vm.save();

        Milestone saved = client.ctx.milestones().latestPerStep().get(MilestoneStep.VIDEO);
        assertEquals(link, saved.videoUrl());
        assertEquals("back", client.routes.last());
        StepsViewModel steps = new StepsViewModel(client.ctx.milestones(), client.ctx.products(),
                new SimpleIntegerProperty(), client.screens);
        steps.refresh();
        assertEquals("วิดีโอ " + link + " · ลิงก์แบบย่อ ยาว 4 นาที 30 วินาที", steps.rows().get(3).evidence());
    }

    @Test
    void aFacebookPostSharedInsteadOfItsVideoIsRefusedInThai() {
        StepFormViewModel vm = form(MilestoneStep.VIDEO);
        vm.videoUrl().set("https://www.facebook.com/share/p/1AbCdEfGhJ/");

        assertEquals("ลิงก์วิดีโอต้องเป็น YouTube, Facebook หรือ TikTok ของ อปท.", vm.videoUrlProblem().getValue());
        vm.minutesText().set("4");
        vm.save();
        assertEquals(ReasonCode.VIDEO_HOST_NOT_ALLOWED.messageTh(null), vm.fieldError().get());
        assertTrue(client.ctx.milestones().all().isEmpty());
    }

    @Test
    void aLongVideoAndAFileNameOffTheLetterAreWarnedButSaved() {
        StepFormViewModel vm = form(MilestoneStep.VIDEO);
        vm.videoUrl().set("https://www.tiktok.com/@nayangklak/video/7234567890123456789");
        vm.minutesText().set("6");
        vm.secondsText().set("10");
        vm.videoFileName().set("VID_0001.mp4");
        vm.presenter().set(VideoPresenter.CHIEF_EXECUTIVE);
        for (VideoLogo logo : VideoLogo.values()) {
            vm.logoPicked(logo).set(true);
        }

        assertEquals(2, vm.warnings().size());
        assertTrue(vm.warnings().get(0).startsWith("วิดีโอยาวเกิน 5 นาที"));
        assertTrue(vm.lengthProblem().get().startsWith("วิดีโอยาวเกิน 5 นาที"));
        assertTrue(vm.fileNameProblem().get().startsWith("ชื่อไฟล์ไม่ขึ้นต้นด้วย"));
        vm.save();

        Milestone saved = client.ctx.milestones().latestPerStep().get(MilestoneStep.VIDEO);
        assertEquals(370L, saved.videoSeconds());
        assertEquals("back", client.routes.last());
        assertTrue(client.notices.get(0).startsWith("บันทึกขั้นตอนที่ 4 แล้ว โปรดแก้:"), client.notices.get(0));
    }

    @Test
    void eachChecklistItemLeftUnmetIsWarnedBesideItsFieldInThaiAndSavedAndShownOnTheStep() {
        StepFormViewModel vm = form(MilestoneStep.VIDEO);
        vm.videoUrl().set("vt.tiktok.com/ZSabc123/");
        vm.minutesText().set("4");
        assertEquals("ไม่ได้ระบุชื่อไฟล์วิดีโอ", vm.fileNameProblem().get());
        assertEquals("ไม่ได้ระบุผู้นำเสนอวิดีโอ", vm.presenterProblem().get());
        assertEquals("ไม่มีตราสัญลักษณ์ตามหนังสือสั่งการ: กระทรวงมหาดไทย, กรมส่งเสริมการปกครองท้องถิ่น, จังหวัด,"
                + " องค์กรปกครองส่วนท้องถิ่น, อาสาสมัครท้องถิ่นรักษ์โลก", vm.logosProblem().get());

        vm.videoFileName().set("การเพิ่มมูลค่าจากขยะโดยผสมผสานกับอัตลักษณ์ท้องถิ่น (Soft Power) ของเมืองพัทยา.mp4");
        vm.presenter().set(VideoPresenter.OTHER);
        vm.presenterName().set("นายสมชาย ปลัด");
        for (VideoLogo logo : VideoLogo.values()) {
            vm.logoPicked(logo).set(logo != VideoLogo.PROVINCE);
        }
        assertNull(vm.fileNameProblem().get(), "เมืองพัทยา names itself");
        assertNull(vm.lengthProblem().get());
        assertEquals("ผู้นำเสนอไม่ใช่นายกเทศมนตรีหรือนายกองค์การบริหารส่วนตำบล ตามหนังสือสั่งการ",
                vm.presenterProblem().get());
        assertEquals("ไม่มีตราสัญลักษณ์ตามหนังสือสั่งการ: จังหวัด", vm.logosProblem().get());
        vm.save();

        Milestone saved = client.ctx.milestones().latestPerStep().get(MilestoneStep.VIDEO);
        assertEquals("OTHER", saved.videoPresenter());
        assertEquals(List.of("MOI", "DLA", "ORG", "LOCAL_VOLUNTEERS"), saved.videoLogos());
        assertEquals("back", client.routes.last());
        StepsViewModel steps = new StepsViewModel(client.ctx.milestones(), client.ctx.products(),
                new SimpleIntegerProperty(), client.screens);
        steps.refresh();
        assertTrue(steps.rows().get(3).evidence().endsWith("\nยังไม่เป็นไปตามหนังสือสั่งการ: ผู้นำเสนอไม่ใช่นายกเทศมนตรี"
                + "หรือนายกองค์การบริหารส่วนตำบล ตามหนังสือสั่งการ · ไม่มีตราสัญลักษณ์ตามหนังสือสั่งการ: จังหวัด"),
                steps.rows().get(3).evidence());
    }

    @Test
    void aVideoOfFiveMinutesWithTheLettersNameTheMayorAndEveryLogoHasNoWarning() {
        StepFormViewModel vm = form(MilestoneStep.VIDEO);
        vm.minutesText().set("5");
        vm.secondsText().set("0");
        vm.videoFileName().set(MilestoneServiceTest.GOOD_FILE_NAME);
        vm.presenter().set(VideoPresenter.MAYOR);
        for (VideoLogo logo : VideoLogo.values()) {
            vm.logoPicked(logo).set(true);
        }

        assertEquals(List.of(), vm.warnings());
        assertNull(vm.presenterProblem().get());
        assertNull(vm.logosProblem().get());
    }

    @Test
    void stepTwoRecordsAStudyVisitAndItsParticipants() {
        StepFormViewModel vm = form(MilestoneStep.TRAINING);
        vm.activity().set(MilestoneRecord.STUDY_VISIT);
        vm.participantsText().set("๓๕");
        vm.doneOn().set(LocalDate.of(2026, 10, 9));

        vm.save();

        Milestone saved = client.ctx.milestones().latestPerStep().get(MilestoneStep.TRAINING);
        assertEquals(35L, saved.participants());
        assertEquals(MilestoneRecord.STUDY_VISIT, saved.activity());
        assertEquals(LocalDate.of(2026, 10, 9), saved.doneOn());
    }

    @Test
    void stepThreeTakesTheChosenProductsPhotos() {
        Product basket = client.ctx.products().register(new ProductService.Draft("ตะกร้าสาน", "DRY_NON_RECYCLABLE",
                null, null, null, null, "SELLING", List.of("d".repeat(64))));
        StepFormViewModel vm = form(MilestoneStep.PRODUCT);
        assertEquals(List.of(basket), vm.productChoices());

        vm.product().set(basket);
        vm.save();

        Milestone saved = client.ctx.milestones().latestPerStep().get(MilestoneStep.PRODUCT);
        assertEquals(basket.id(), saved.productId());
        assertEquals(List.of("d".repeat(64)), saved.photos());
    }

    @Test
    void stepFiveStartsFromTheLatestVideosLink() {
        client.ctx.milestones().record(MilestoneServiceTest.video("https://youtu.be/dQw4w9WgXcQ", 280L, null));
        StepFormViewModel vm = form(MilestoneStep.REPORTED);

        assertEquals("https://youtu.be/dQw4w9WgXcQ", vm.videoUrl().get());
        vm.save();
        assertEquals(2, client.ctx.outbox().pendingCount());
    }

    @Test
    void stepOneWithoutTheIncomeModelIsRefusedNextToTheField() {
        StepFormViewModel vm = form(MilestoneStep.MEETING);

        vm.save();

        assertEquals(ReasonCode.INCOME_MODEL_REQUIRED.messageTh(null), vm.fieldError().get());
        assertTrue(client.ctx.milestones().all().isEmpty());
    }

    @Test
    void stepOnePicksTheLettersModelsAndGroupsWithOtherNamedAndTheRecorder() {
        StepFormViewModel vm = form(MilestoneStep.MEETING);
        vm.modelPicked(IncomeModel.WET_ORGANIC_PRODUCT).set(true);
        vm.modelPicked(IncomeModel.OTHER).set(true);
        vm.incomeModelOther().set(" ร้านซ่อมเสื้อผ้าเก่า ");
        vm.groupPicked(NetworkGroup.LOCAL_VOLUNTEERS).set(true);
        vm.groupPicked(NetworkGroup.YOUTH).set(true);
        vm.recordedBy().set("นางสมศรี ใจดี");

        vm.save();

        assertNull(vm.fieldError().get());
        assertEquals("back", client.routes.last());
        String sent = client.ctx.outbox().pending(1).get(0).payloadJson();
        assertTrue(sent.contains("\"incomeModels\":[\"WET_ORGANIC_PRODUCT\",\"OTHER\"]"), sent);
        assertTrue(sent.contains("\"incomeModelOther\":\"ร้านซ่อมเสื้อผ้าเก่า\""), sent);
        assertTrue(sent.contains("\"groups\":[\"LOCAL_VOLUNTEERS\",\"YOUTH\"]"), sent);
        assertTrue(sent.contains("\"recordedBy\":\"นางสมศรี ใจดี\""), sent);
    }

    @Test
    void otherWithoutANameIsRefusedInThai() {
        StepFormViewModel vm = form(MilestoneStep.MEETING);
        vm.modelPicked(IncomeModel.DRY_NON_RECYCLABLE_PRODUCT).set(true);
        vm.groupPicked(NetworkGroup.OTHER).set(true);

        vm.save();

        assertEquals("เลือก \"อื่น ๆ\" แล้ว กรุณาระบุชื่อ", vm.fieldError().get());
        assertEquals(0, client.ctx.outbox().pendingCount());
    }

    @Test
    void theWasteBankAsTheOtherModelIsRefusedWithTheLettersReason() {
        StepFormViewModel vm = form(MilestoneStep.MEETING);
        vm.modelPicked(IncomeModel.OTHER).set(true);
        vm.incomeModelOther().set("ธนาคารขยะ");

        vm.save();

        assertEquals("ธนาคารขยะไม่นับเป็นรูปแบบการสร้างรายได้ หนังสือสั่งการให้เลือกรูปแบบการสร้างรายได้จากขยะนอกเหนือจากธนาคารขยะ",
                vm.fieldError().get());
        assertTrue(client.ctx.milestones().all().isEmpty());
        assertEquals(0, client.ctx.outbox().pendingCount());
    }

    @Test
    void stepThreeRecordsTheIncomeInSatangAndThePeopleWorking() {
        Product basket = client.ctx.products().register(new ProductService.Draft("ตะกร้าสาน", "DRY_NON_RECYCLABLE",
                null, null, null, null, "SELLING", List.of()));
        StepFormViewModel vm = form(MilestoneStep.PRODUCT);
        vm.product().set(basket);
        vm.incomeText().set("1500.50");
        vm.workersText().set("sss");
        vm.save();
        assertEquals("กรุณากรอกจำนวนคนที่ทำงานเป็นจำนวนเต็ม เช่น 8", vm.fieldError().get());

        vm.workersText().set("8");
        vm.save();

        assertNull(vm.fieldError().get());
        String sent = client.ctx.outbox().pending(5).stream().map(o -> o.payloadJson())
                .filter(j -> j.contains("\"step\":3")).findFirst().orElseThrow();
        assertTrue(sent.contains("\"incomeSatang\":150050") && sent.contains("\"workers\":8"), sent);
    }
}
