package th.wastebank.village;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.wastebank.json.CanonicalJson;
import th.wastebank.json.JsonText;
import th.wastebank.sync.OpPayloads;
import th.wastebank.sync.OpType;
import th.wastebank.validation.Limits;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VillageUpsertTest {
    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    private static OpPayloads.Decoded decode(Map<String, Object> json) {
        return OpPayloads.decode(OpType.VILLAGE_UPSERT, json, NOW);
    }

    private static Map<String, Object> village(Object number, Object name) {
        Map<String, Object> json = new HashMap<>();
        json.put("number", number);
        json.put("name", name);
        json.put("version", 1L);
        return json;
    }

    @Test
    void aVillageSurvivesItsJsonAndANameOrRetiredItDoesNotHaveIsLeftOut() {
        VillageUpsert named = new VillageUpsert(4, "บ้านหนองบัว", false, 1);
        VillageUpsert bare = new VillageUpsert(12, null, true, 3);
        assertFalse(named.toJson().containsKey("retired"));
        assertFalse(bare.toJson().containsKey("name"));
        for (VillageUpsert v : List.of(named, bare)) {
            OpPayloads.Decoded decoded = OpPayloads.decode(OpType.VILLAGE_UPSERT,
                    JsonText.parse(CanonicalJson.write(v.toJson())), NOW);
            assertTrue(decoded.ok(), decoded.violations().toString());
            assertEquals(v, decoded.payload());
        }
        assertEquals("village.upsert", OpType.VILLAGE_UPSERT.wire());
        assertEquals("หมู่ที่ 4 บ้านหนองบัว", named.label());
        assertEquals("หมู่ที่ 12", bare.label());
    }

    @Test
    void aBlankNameIsNoNameAndRetiredDefaultsToFalse() {
        OpPayloads.Decoded decoded = decode(village(7L, "   "));
        assertTrue(decoded.ok(), decoded.violations().toString());
        VillageUpsert v = (VillageUpsert) decoded.payload();
        assertNull(v.name());
        assertFalse(v.retired());
        assertEquals(7, v.number());
    }

    @Test
    void aNumberOutsideOneToNinetyNineIsRefusedInThai() {
        for (long n : new long[] {0, 100, -4, 5_000_000_000L}) {
            OpPayloads.Decoded decoded = decode(village(n, "บ้านหนองบัว"));
            assertEquals(List.of(Violation.of(ReasonCode.VILLAGE_NUMBER_INVALID, "number")), decoded.violations(),
                    "number " + n);
            assertEquals("เลขหมู่ที่ต้องเป็นเลข 1 ถึง 99", decoded.violations().get(0).messageTh());
        }
        assertTrue(decode(village(1L, null)).ok());
        assertTrue(decode(village(99L, null)).ok());
    }

    @Test
    void aNumberThatIsNotAWholeNumberOrIsMissingIsRefusedInThai() {
        for (Object n : new Object[] {"4", new BigDecimal("4.5"), true, List.of(4L)}) {
            assertEquals(List.of(Violation.of(ReasonCode.VILLAGE_NUMBER_INVALID, "number")),
                    decode(village(n, null)).violations(), "number " + n);
        }
        OpPayloads.Decoded missing = decode(village(null, "บ้านหนองบัว"));
        assertEquals(List.of(Violation.of(ReasonCode.VILLAGE_NUMBER_REQUIRED, "number")), missing.violations());
        assertEquals("กรุณากรอกเลขหมู่ที่", missing.violations().get(0).messageTh());
    }

    @Test
    void aNameTooLongARetiredThatIsNotTrueOrFalseAndAVersionBelowOneAreRefused() {
        OpPayloads.Decoded tooLong = decode(village(4L, "ก".repeat(VillageUpsert.MAX_NAME_LENGTH + 1)));
        assertEquals(List.of(Violation.of(ReasonCode.TEXT_TOO_LONG, "name")), tooLong.violations());
        assertTrue(decode(village(4L, "ก".repeat(VillageUpsert.MAX_NAME_LENGTH))).ok());
        assertTrue(Limits.fits(VillageUpsert.label(99, "ก".repeat(VillageUpsert.MAX_NAME_LENGTH)), Limits.MAX_SHORT_TEXT),
                "the longest label still fits a member's village text");

        Map<String, Object> json = village(4L, null);
        json.put("retired", "yes");
        assertEquals(List.of(Violation.of(ReasonCode.WRONG_TYPE, "retired")), decode(json).violations());

        assertEquals(List.of(Violation.of(ReasonCode.VILLAGE_NUMBER_INVALID, "number"),
                Violation.of(ReasonCode.VERSION_INVALID, "version")), new VillageUpsert(0, null, false, 0).validate(NOW));
    }
}
