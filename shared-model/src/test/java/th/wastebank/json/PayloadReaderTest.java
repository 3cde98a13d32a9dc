package th.wastebank.json;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayloadReaderTest {
    @Test
    void missingRequiredFieldIsReportedByName() {
        PayloadReader r = PayloadReader.of(Map.of());
        r.requiredLong("grams");
        assertEquals(List.of(Violation.of(ReasonCode.MISSING_FIELD, "grams")), r.violations());
    }

    @Test
    void textWhereANumberBelongsIsAWrongType() {
        PayloadReader r = PayloadReader.of(Map.of("grams", "12"));
        r.requiredLong("grams");
        assertEquals(ReasonCode.WRONG_TYPE, r.violations().get(0).code());
    }

    @Test
    void fractionalGramsAreAWrongTypeButWholeDecimalsAreAccepted() {
        PayloadReader r = PayloadReader.of(Map.of("a", 1.5, "b", 2.0));
        r.requiredLong("a");
        assertEquals(2, r.requiredLong("b"));
        assertEquals(List.of(Violation.of(ReasonCode.WRONG_TYPE, "a")), r.violations());
    }

    @Test
    void nestedFieldsAreNamedByPath() {
        PayloadReader r = PayloadReader.of(Map.of("lines", List.of(Map.of("grams", 1), "oops")));
        List<PayloadReader> lines = r.requiredObjects("lines");
        lines.get(0).requiredLong("pricePerKg");
        assertEquals(List.of(Violation.of(ReasonCode.WRONG_TYPE, "lines[1]"),
                Violation.of(ReasonCode.MISSING_FIELD, "lines[0].pricePerKg")), r.violations());
    }

    @Test
    void idsMustBeUuidVersion7() {
        PayloadReader r = PayloadReader.of(Map.of(
                "v4", "3f2a1c4e-8b7d-4e6f-9a0b-1c2d3e4f5a6b",
                "v7", "01936b2e-1f00-7abc-8def-0123456789ab"));
        assertNull(r.requiredId("v4"));
        assertEquals("01936b2e-1f00-7abc-8def-0123456789ab", r.requiredId("v7").toString());
        assertEquals(List.of(Violation.of(ReasonCode.INVALID_ID, "v4")), r.violations());
    }

    @Test
    void blankOptionalTextIsAbsentAndOverlongTextIsRefused() {
        PayloadReader r = PayloadReader.of(Map.of("a", "   ", "b", "x".repeat(11)));
        assertNull(r.optionalString("a", 10));
        assertTrue(r.ok());
        assertNull(r.optionalString("b", 10));
        assertFalse(r.ok());
    }

    @Test
    void instantsNeedAnOffset() {
        PayloadReader r = PayloadReader.of(Map.of("a", "2026-11-23T09:30:00+07:00", "b", "2026-11-23T09:30:00"));
        assertEquals("2026-11-23T02:30:00Z", r.requiredInstant("a").toString());
        assertNull(r.requiredInstant("b"));
        assertEquals(List.of(Violation.of(ReasonCode.WRONG_TYPE, "b")), r.violations());
    }

    @Test
    void aPayloadThatIsNotAnObjectIsMalformed() {
        assertEquals(ReasonCode.MALFORMED_OP, PayloadReader.of(List.of()).violations().get(0).code());
    }
}
