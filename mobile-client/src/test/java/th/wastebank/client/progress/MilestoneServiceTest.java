package th.wastebank.client.progress;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.github.f4b6a3.uuid.UuidCreator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.common.Invalid;
import th.wastebank.client.product.Product;
import th.wastebank.client.product.ProductService;
import th.wastebank.client.store.StoreFixture;
import th.wastebank.client.testing.MutableClock;
import th.wastebank.progress.MilestoneRecord;
import th.wastebank.progress.MilestoneStep;
import th.wastebank.progress.VideoChecklist.Unmet;
import th.wastebank.progress.VideoLogo;
import th.wastebank.validation.ReasonCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MilestoneServiceTest {
    static final String GOOD_FILE_NAME =
            "การเพิ่มมูลค่าจากขยะโดยผสมผสานกับอัตลักษณ์ท้องถิ่น (Soft Power) ขององค์การบริหารส่วนตำบลนายางกลัก.mp4";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 18);

    static MilestoneService.Draft video(String url, Long seconds, String fileName) {
        return new MilestoneService.Draft(MilestoneStep.VIDEO, DAY, null, null, null, null, null, url, seconds,
                fileName, List.of());
    }

    @Test
    void aVideoLinkOnAnotherHostIsRefusedWithTheServersThaiMessage(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            Invalid refused = assertThrows(Invalid.class, () -> phone.milestones().record(
                    video("https://vimeo.com/123456789", 240L, GOOD_FILE_NAME)));

            assertEquals("ลิงก์วิดีโอต้องเป็น YouTube, Facebook หรือ TikTok ของ อปท.", refused.messageTh());
            assertEquals(ReasonCode.VIDEO_HOST_NOT_ALLOWED.messageTh(null), refused.messageTh());
            assertEquals(0, phone.outbox().pendingCount());
            assertTrue(phone.milestones().all().isEmpty());
        }
    }

    @Test
    void aVideoLinkIsStoredAndSentAsTyped(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            MilestoneService.Saved saved = phone.milestones().record(
                    video(" youtube.com/shorts/dQw4w9WgXcQ?si=share ", 295L, GOOD_FILE_NAME));

            assertEquals("https://youtube.com/shorts/dQw4w9WgXcQ?si=share", saved.milestone().videoUrl(),
                    "as typed, only https:// added");
            assertEquals(List.of(), saved.warnings());
            assertTrue(phone.outbox().pending(1).get(0).payloadJson()
                    .contains("\"videoUrl\":\"https://youtube.com/shorts/dQw4w9WgXcQ?si=share\""));
        }
    }

    @Test
    void aLongVideoOrAFileNameOffTheLetterIsSavedWithWarnings(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            MilestoneService.Saved saved = phone.milestones().record(
                    video("https://www.facebook.com/nayangklak/videos/1234567890123/", 420L, "VID_0001.mp4"));

            assertEquals(List.of(Unmet.TOO_LONG, Unmet.FILE_NAME_WRONG_START), saved.warnings());
            assertEquals(1, phone.outbox().pendingCount(), "saved all the same");
            assertEquals(420L, phone.milestones().latestPerStep().get(MilestoneStep.VIDEO).videoSeconds());
        }
    }

    @Test
    void aVideoOfExactlyFiveMinutesIsNotTooLong(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            assertEquals(List.of(), phone.milestones().record(video("https://youtu.be/dQw4w9WgXcQ", 300L,
                    GOOD_FILE_NAME)).warnings());
            assertEquals(List.of(Unmet.TOO_LONG), phone.milestones().record(video("https://youtu.be/dQw4w9WgXcQ",
                    301L, null)).warnings(), "no checklist stated: only what was given is checked");
        }
    }

    @Test
    void stepFoursChecklistIsKeptOnThePhoneAndSentAndItsUnmetItemsComeBack(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            MilestoneService.Saved saved = phone.milestones().record(new MilestoneService.Draft(MilestoneStep.VIDEO,
                    DAY, null, null, null, null, null, "vt.tiktok.com/ZSabc123/", 240L, GOOD_FILE_NAME, List.of(),
                    List.of(), null, List.of(), null, null, null, null, "OTHER", "นายสมชาย ปลัด",
                    List.of("MOI", "DLA", "ORG", "LOCAL_VOLUNTEERS")));

            assertEquals(List.of(Unmet.PRESENTER_NOT_HEAD, Unmet.LOGOS_MISSING), saved.warnings());
            Milestone kept = phone.milestones().latestPerStep().get(MilestoneStep.VIDEO);
            assertEquals("OTHER", kept.videoPresenter());
            assertEquals("นายสมชาย ปลัด", kept.videoPresenterName());
            assertEquals(List.of("MOI", "DLA", "ORG", "LOCAL_VOLUNTEERS"), kept.videoLogos());
            assertEquals(List.of(VideoLogo.PROVINCE), kept.checklist().missingLogos());
            String payload = phone.outbox().pending(1).get(0).payloadJson();
            assertTrue(payload.contains("\"videoPresenter\":\"OTHER\"") && payload.contains(
                    "\"videoLogos\":[\"MOI\",\"DLA\",\"ORG\",\"LOCAL_VOLUNTEERS\"]"), payload);

            MilestoneService.Saved none = phone.milestones().record(new MilestoneService.Draft(MilestoneStep.VIDEO,
                    DAY, null, null, null, null, null, "https://youtu.be/dQw4w9WgXcQ", 240L, null, List.of(),
                    List.of(), null, List.of(), null, null, null, null, null, null, List.of()));
            assertEquals(List.of(Unmet.FILE_NAME_MISSING, Unmet.PRESENTER_NOT_STATED, Unmet.LOGOS_MISSING),
                    none.warnings(), "nothing ticked on a phone with the checklist is flagged, and saved");
            assertEquals(2, phone.outbox().pendingCount());
        }
    }

    @Test
    void eachStepNeedsItsEvidence(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            Invalid meeting = assertThrows(Invalid.class, () -> phone.milestones().record(new MilestoneService.Draft(
                    MilestoneStep.MEETING, DAY, null, " ", null, null, null, null, null, null, List.of())));
            Invalid training = assertThrows(Invalid.class, () -> phone.milestones().record(new MilestoneService.Draft(
                    MilestoneStep.TRAINING, DAY, null, null, 0L, MilestoneRecord.TRAINING, null, null, null, null,
                    List.of())));
            Invalid product = assertThrows(Invalid.class, () -> phone.milestones().record(new MilestoneService.Draft(
                    MilestoneStep.PRODUCT, DAY, null, null, null, null, null, null, null, null, List.of())));
            Invalid report = assertThrows(Invalid.class, () -> phone.milestones().record(new MilestoneService.Draft(
                    MilestoneStep.REPORTED, DAY, null, null, null, null, null, "", null, null, List.of())));

            assertEquals(ReasonCode.INCOME_MODEL_REQUIRED, meeting.violations().get(0).code());
            assertEquals(ReasonCode.PARTICIPANTS_REQUIRED, training.violations().get(0).code());
            assertEquals(ReasonCode.PRODUCT_REQUIRED, product.violations().get(0).code());
            assertEquals(ReasonCode.VIDEO_URL_REQUIRED, report.violations().get(0).code());
            assertEquals(0, phone.outbox().pendingCount());
        }
    }

    @Test
    void stepThreeNamesAProductOfThisOrg(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            Invalid unknown = assertThrows(Invalid.class, () -> phone.milestones().record(new MilestoneService.Draft(
                    MilestoneStep.PRODUCT, DAY, null, null, null, null, UuidCreator.getTimeOrderedEpoch(), null, null, null,
                    List.of())));
            assertEquals(ReasonCode.UNKNOWN_PRODUCT, unknown.violations().get(0).code());

            Product basket = phone.products().register(new ProductService.Draft("ตะกร้าสาน", "DRY_NON_RECYCLABLE",
                    null, null, null, null, "MAKING", List.of()));
            Milestone step3 = phone.milestones().record(new MilestoneService.Draft(MilestoneStep.PRODUCT, DAY, null,
                    null, null, null, basket.id(), null, null, null, List.of())).milestone();
            assertEquals(basket.id(), step3.productId());
            assertEquals(2, phone.outbox().pendingCount());
        }
    }

    @Test
    void theLatestRecordOfEachStepCounts(@TempDir Path dir) {
        MutableClock clock = new MutableClock(StoreFixture.NOW);
        try (ClientContext phone = StoreFixture.phone(dir, clock)) {
            phone.milestones().record(video("https://youtu.be/dQw4w9WgXcQ", 420L, null));
            clock.advance(Duration.ofMinutes(5));
            phone.milestones().record(video("https://youtu.be/aaaaaaaaaaa", 280L, GOOD_FILE_NAME));
            clock.advance(Duration.ofMinutes(5));
            phone.milestones().record(new MilestoneService.Draft(MilestoneStep.MEETING, DAY.minusDays(30), null,
                    "ตะกร้าสานจากถุงพลาสติก", null, null, null, null, null, null, List.of()));

            Map<MilestoneStep, Milestone> latest = phone.milestones().latestPerStep();
            assertEquals(2, latest.size());
            assertEquals("https://youtu.be/aaaaaaaaaaa", latest.get(MilestoneStep.VIDEO).videoUrl());
            assertEquals("ตะกร้าสานจากถุงพลาสติก", latest.get(MilestoneStep.MEETING).incomeModel());
            assertEquals(3, phone.milestones().all().size());
        }
    }
}
