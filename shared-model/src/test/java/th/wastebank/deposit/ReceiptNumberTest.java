package th.wastebank.deposit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ReceiptNumberTest {
    @Test
    void everyPhoneOfABankGetsItsOwnTwoCharacterCode() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < ReceiptNumber.MAX_PHONES; i++) {
            String code = ReceiptNumber.phoneCode(i);
            assertEquals(2, code.length());
            assertTrue(codes.add(code), code);
        }
        assertEquals("AA", ReceiptNumber.phoneCode(0));
        assertThrows(IllegalArgumentException.class, () -> ReceiptNumber.phoneCode(ReceiptNumber.MAX_PHONES));
    }

    @Test
    void aNumberIsTheCodeADashAndSixDigits() {
        assertEquals("A7-000123", ReceiptNumber.format("A7", 123));
        assertTrue(ReceiptNumber.isValid("A7-000123"));
        assertFalse(ReceiptNumber.isValid("01A2447A"), "the old numbers are not of this form");
        assertFalse(ReceiptNumber.isValid("I0-000001"), "I and 0 are never in a code");
        assertFalse(ReceiptNumber.isValid("A7-00123"));
        assertThrows(IllegalArgumentException.class, () -> ReceiptNumber.format("A7", 0));
    }

    @Test
    void anOldReceiptKeepsTheFirstEightHexDigitsOfItsEntryIdInCapitals() {
        assertEquals("01A2447A", ReceiptNumber.legacy(UUID.fromString("01a2447a-9c3e-7000-8000-000000000001")));
    }
}
