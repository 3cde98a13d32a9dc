package th.wastebank.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.sync.OpPayloads;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MilestoneRecordTest {
    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private static List<ReasonCode> codes(MilestoneRecord m) {
        return m.validate(NOW).stream().map(Violation::code).toList();
    }

    private static MilestoneRecord step(long step, String income, Long participants, UUID product, String url,
                                        Long seconds) {
        return new MilestoneRecord(step, DAY, null, income, participants, null, product, url, seconds, null, List.of());
    }

    @Test
    void eachStepAsksForItsOwnEvidence() {
        assertEquals(List.of(ReasonCode.INCOME_MODEL_REQUIRED), codes(step(1, null, null, null, null, null)));
        assertEquals(List.of(ReasonCode.PARTICIPANTS_REQUIRED), codes(step(2, null, 0L, null, null, null)));
        assertEquals(List.of(ReasonCode.PRODUCT_REQUIRED), codes(step(3, null, null, null, null, null)));
        assertEquals(List.of(ReasonCode.VIDEO_URL_REQUIRED, ReasonCode.VIDEO_LENGTH_REQUIRED),
                codes(step(4, null, null, null, null, null)));
        assertEquals(List.of(ReasonCode.VIDEO_HOST_NOT_ALLOWED), codes(step(5, null, null, null, "https://vimeo.com/1", null)));
        assertEquals(List.of(ReasonCode.STEP_INVALID), codes(step(6, null, null, null, null, null)));
    }

    @Test
    void completeStepsAreValidAndSurviveTheirJson() {
        List<MilestoneRecord> steps = List.of(
                step(1, "ตะกร้าสานจากถุงพลาสติก ขายผ่านกลุ่มสตรี", null, null, null, null),
                step(2, null, 35L, null, null, null),
                step(3, null, null, UUID.fromString("01936b2e-1f00-7abc-8def-0123456789ab"), null, null),
                step(4, null, null, null, "https://youtu.be/dQw4w9WgXcQ", 290L),
                step(5, null, null, null, "https://youtu.be/dQw4w9WgXcQ", null));
        for (MilestoneRecord m : steps) {
            assertTrue(m.validate(NOW).isEmpty(), () -> m + " " + m.validate(NOW));
            OpPayloads.Decoded back = OpPayloads.decode(m.type(), m.toJson(), NOW);
            assertTrue(back.ok(), back.violations()::toString);
            assertEquals(m, back.payload());
        }
    }
}
