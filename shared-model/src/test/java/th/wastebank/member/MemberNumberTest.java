package th.wastebank.member;

import java.time.LocalDate;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import th.wastebank.json.PayloadReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemberNumberTest {
    @Test
    void aNumberIsWrittenWithFourDigitsAndADammCheckDigit() {
        assertEquals("0042-7", MemberNumber.format(42));
        assertEquals("0572-4", MemberNumber.format(572));
        assertEquals("12345-" + MemberNumber.check(12345), MemberNumber.format(12345));
        assertNull(MemberNumber.formatOrNull(null));
        assertThrows(IllegalArgumentException.class, () -> MemberNumber.format(0));
        assertThrows(IllegalArgumentException.class, () -> MemberNumber.format(MemberNumber.MAX + 1));
    }

    @Test
    void theWrittenFormTypedOrScannedReadsBackWithOrWithoutDashAndZeros() {
        assertEquals(Optional.of(42L), MemberNumber.parse("0042-7"));
        assertEquals(Optional.of(42L), MemberNumber.parse(" 00427 "));
        assertEquals(Optional.of(42L), MemberNumber.parse("427"));
        assertEquals(Optional.of(42L), MemberNumber.parse("42-7"));
    }

    @Test
    void everyMistypedDigitAndEverySwapOfNeighboursNamesNoMember() {
        for (long n = 1; n <= 2000; n++) {
            String written = MemberNumber.format(n).replace("-", "");
            for (int i = 0; i < written.length(); i++) {
                for (char d = '0'; d <= '9'; d++) {
                    if (d != written.charAt(i)) {
                        String typo = written.substring(0, i) + d + written.substring(i + 1);
                        assertTrue(MemberNumber.parse(typo).isEmpty() || typo.replaceFirst("^0+", "")
                                .equals(written.replaceFirst("^0+", "")), typo);
                    }
                }
                if (i + 1 < written.length() && written.charAt(i) != written.charAt(i + 1)) {
                    String swapped = written.substring(0, i) + written.charAt(i + 1) + written.charAt(i)
                            + written.substring(i + 2);
                    assertTrue(MemberNumber.parse(swapped).isEmpty(), swapped);
                }
            }
        }
    }

    @Test
    void textThatIsNoNumberNamesNoMember() {
        for (String typed : new String[] {null, "", "-", "7", "0000-0", "00-42-7", "0042-", "A042-7", "๐๐๔๒-๗",
                "0042-77"}) {
            assertFalse(MemberNumber.parse(typed).isPresent(), String.valueOf(typed));
        }
    }

    @Test
    void aRegistrationWithoutANumberStaysValidAndTheServersNumberTravelsInTheStoredForm() {
        MemberUpsert sent = MemberUpsert.read(PayloadReader.of(Map.of("name", "นางสมศรี ใจดี",
                "joinedOn", "2026-11-02", "version", 1)));
        assertNull(sent.number());
        assertFalse(sent.toJson().containsKey("number"));
        assertTrue(sent.validate(Instant.parse("2026-12-01T00:00:00Z")).isEmpty());

        MemberUpsert stored = sent.withNumber(42L);
        assertEquals(42L, stored.toJson().get("number"));
        assertEquals(stored, MemberUpsert.read(PayloadReader.of(stored.toJson())));
        assertEquals(LocalDate.of(2026, 11, 2), stored.joinedOn());
        assertFalse(sent.withNumber(0L).validate(Instant.parse("2026-12-01T00:00:00Z")).isEmpty());
    }
}
