package th.wastebank.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.wastebank.json.CanonicalJson;
import th.wastebank.sync.OpPayloads;
import th.wastebank.sync.OpType;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommitteeUpsertTest {
    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    @Test
    void aSeatSurvivesItsJsonAndAnOpenTermHasNoEnd() {
        CommitteeUpsert open = new CommitteeUpsert("นางสมศรี ใจดี", "TREASURER", LocalDate.of(2025, 10, 1), null, 1);
        assertFalse(open.toJson().containsKey("to"));
        CommitteeUpsert closed = new CommitteeUpsert("นายสมชาย", "CHAIR", LocalDate.of(2023, 10, 1),
                LocalDate.of(2025, 9, 30), 2);
        for (CommitteeUpsert c : List.of(open, closed)) {
            OpPayloads.Decoded decoded = OpPayloads.decode(OpType.COMMITTEE_UPSERT, c.toJson(), NOW);
            assertTrue(decoded.ok(), decoded.violations().toString());
            assertEquals(CanonicalJson.write(c.toJson()), CanonicalJson.write(decoded.payload().toJson()));
        }
        assertEquals("committee.upsert", OpType.COMMITTEE_UPSERT.wire());
        assertEquals(CommitteeRole.TREASURER, open.committeeRole());
        assertEquals("เหรัญญิก", open.committeeRole().nameTh());
    }

    @Test
    void everyBrokenRuleIsReportedByItsField() {
        CommitteeUpsert bad = new CommitteeUpsert(" ", "KING", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 9, 30), 0);
        assertEquals(List.of(Violation.of(ReasonCode.COMMITTEE_NAME_REQUIRED, "name"),
                Violation.of(ReasonCode.COMMITTEE_ROLE_INVALID, "role"),
                Violation.of(ReasonCode.COMMITTEE_TERM_INVALID, "to"),
                Violation.of(ReasonCode.VERSION_INVALID, "version")), bad.validate(NOW));
        CommitteeUpsert future = new CommitteeUpsert("นายก", "MEMBER", LocalDate.of(2027, 1, 1), null, 1);
        assertEquals(List.of(Violation.of(ReasonCode.DATE_OUT_OF_RANGE, "from")), future.validate(NOW));
    }

    @Test
    void aMissingNameOrFromDateIsRefusedOnDecoding() {
        OpPayloads.Decoded decoded = OpPayloads.decode(OpType.COMMITTEE_UPSERT,
                Map.of("role", "CHAIR", "version", 1L), NOW);
        assertEquals(List.of(Violation.of(ReasonCode.COMMITTEE_NAME_REQUIRED, "name"),
                Violation.of(ReasonCode.MISSING_FIELD, "from")), decoded.violations());
        assertEquals("กรุณากรอกชื่อกรรมการ", decoded.violations().get(0).messageTh());
    }
}
