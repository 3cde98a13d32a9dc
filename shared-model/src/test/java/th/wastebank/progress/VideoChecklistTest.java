package th.wastebank.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.wastebank.progress.VideoChecklist.Unmet;
import th.wastebank.sync.OpPayloads;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VideoChecklistTest {
    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static final String NAME = VideoRules.FILE_NAME_PREFIX + "เทศบาลตำบลบ้านนา.mp4";
    private static final List<String> ALL_LOGOS = List.of("MOI", "DLA", "PROVINCE", "ORG", "LOCAL_VOLUNTEERS");

    private static MilestoneRecord step4(Long seconds, String file, String presenter, String presenterName,
                                         List<String> logos) {
        return new MilestoneRecord(4, LocalDate.of(2026, 11, 20), null, null, null, null, null,
                "https://vt.tiktok.com/ZSabc123/", seconds, file, List.of(), List.of(), null, List.of(), null, null,
                null, null, presenter, presenterName, logos);
    }

    @Test
    void aVideoAsTheLetterAsksMeetsEveryItem() {
        assertTrue(VideoChecklist.of(step4(290L, NAME, "MAYOR", null, ALL_LOGOS)).ok());
        assertTrue(VideoChecklist.of(step4(300L, NAME, "CHIEF_EXECUTIVE", null, ALL_LOGOS)).ok());
    }

    @Test
    void eachUnmetItemHasItsThaiReasonAndTheMissingLogosInTheLettersOrder() {
        VideoChecklist.Result r = VideoChecklist.of(step4(301L, null, "OTHER", "ปลัดเทศบาล",
                List.of("LOCAL_VOLUNTEERS", "MOI", "ORG")));
        assertEquals(List.of(Unmet.TOO_LONG, Unmet.FILE_NAME_MISSING, Unmet.PRESENTER_NOT_HEAD, Unmet.LOGOS_MISSING),
                r.unmet());
        assertEquals(List.of(VideoLogo.DLA, VideoLogo.PROVINCE), r.missingLogos());
        assertEquals("ไม่มีตราสัญลักษณ์ตามหนังสือสั่งการ: กรมส่งเสริมการปกครองท้องถิ่น, จังหวัด",
                r.reason(Unmet.LOGOS_MISSING, true));
        assertEquals("ผู้นำเสนอไม่ใช่นายกเทศมนตรีหรือนายกองค์การบริหารส่วนตำบล ตามหนังสือสั่งการ",
                r.reasons(true).get(2));
        assertEquals(List.of(Unmet.PRESENTER_NOT_STATED, Unmet.LOGOS_MISSING),
                VideoChecklist.of(step4(200L, NAME, null, null, List.of())).unmet());
    }

    @Test
    void aStep4FromAnOlderPhoneHasItsChecklistNotStatedAndOnlyWhatItGaveIsChecked() {
        MilestoneRecord old = new MilestoneRecord(4, LocalDate.of(2026, 11, 20), null, null, null, null, null,
                "https://youtu.be/dQw4w9WgXcQ", 400L, null, List.of());
        assertFalse(old.checklistStated());
        assertEquals(List.of(Unmet.TOO_LONG), VideoChecklist.of(old).unmet());
        assertTrue(old.toJson().keySet().stream().noneMatch(k -> k.startsWith("videoP") || k.equals("videoLogos")),
                "an old op's bytes stay as they were");
    }

    @Test
    void theChecklistSurvivesItsJsonAndUnknownCodesAreRefused() {
        MilestoneRecord m = step4(290L, NAME, "OTHER", "รองนายก", List.of("MOI"));
        assertTrue(m.validate(NOW).isEmpty(), m.validate(NOW)::toString);
        OpPayloads.Decoded back = OpPayloads.decode(m.type(), m.toJson(), NOW);
        assertTrue(back.ok(), back.violations()::toString);
        assertEquals(m, back.payload());
        MilestoneRecord none = step4(290L, NAME, null, null, List.of());
        assertEquals(none, OpPayloads.decode(none.type(), none.toJson(), NOW).payload(), "no logo ticked is kept as such");
        assertTrue(((MilestoneRecord) OpPayloads.decode(none.type(), none.toJson(), NOW).payload()).checklistStated());
        assertEquals(List.of(ReasonCode.WRONG_TYPE, ReasonCode.WRONG_TYPE),
                step4(290L, NAME, "DEPUTY", null, List.of("SDG")).validate(NOW).stream().map(Violation::code).toList());
    }
}
