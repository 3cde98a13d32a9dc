package th.wastebank.member;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MembershipTest {
    @Test
    void aVillageIsItsTrimmedNameAndABlankOneIsNone() {
        assertEquals("บ้านโนนสะอาด หมู่ 1", Membership.village("  บ้านโนนสะอาด หมู่ 1 "));
        assertNull(Membership.village("   "));
        assertNull(Membership.village(""));
        assertNull(Membership.village(null));
    }

    @Test
    void aMemberIsActiveFromTheDayTheyJoined() {
        LocalDate joined = LocalDate.of(2026, 11, 2);
        assertFalse(Membership.activeOn(joined, LocalDate.of(2026, 11, 1)));
        assertTrue(Membership.activeOn(joined, joined));
        assertTrue(Membership.activeOn(joined, LocalDate.of(2026, 11, 30)));
    }

    @Test
    void aMemberWhoLeftIsActiveUntilTheDayBeforeTheyLeft() {
        LocalDate joined = LocalDate.of(2025, 3, 1);
        LocalDate left = LocalDate.of(2026, 11, 15);
        assertTrue(Membership.activeOn(joined, left, LocalDate.of(2026, 11, 14)));
        assertFalse(Membership.activeOn(joined, left, left));
        assertFalse(Membership.activeOn(joined, left, LocalDate.of(2026, 11, 30)));
        assertTrue(Membership.activeOn(joined, null, LocalDate.of(2026, 11, 30)));
    }

    @Test
    void membershipEndsOnTheEarlierOfLeavingAndBeingMerged() {
        LocalDate left = LocalDate.of(2026, 10, 1);
        LocalDate merged = LocalDate.of(2026, 11, 1);
        assertEquals(left, Membership.leftOn(left, merged));
        assertEquals(left, Membership.leftOn(merged, left));
        assertEquals(merged, Membership.leftOn(null, merged));
        assertNull(Membership.leftOn(null, null));
    }

    @Test
    void aVillageCountsOnceHoweverItsNumberWasWritten() {
        String key = Membership.villageKey(4, "หมู่ที่ 4 บ้านหนองบัว");
        assertEquals("หมู่ 4", key);
        for (String typed : new String[] {"หมู่ 4", "หมู่ที่ 4", "หมู่ที่4", "ม.4", "ม. 4", "ม 4", "หมู่ที่ ๔",
                "บ้านหนองบัว หมู่ 4", "บ้านหนองบัว ม.4", " หมู่ที่  04 "}) {
            assertEquals(key, Membership.villageKey(null, typed), typed);
        }
    }

    @Test
    void aTypedVillageWithoutANumberIsCountedByItsNameAndAWordEndingInMoMaIsNotANumber() {
        assertEquals("บ้านหนองบัว", Membership.villageKey(null, "  บ้านหนองบัว "));
        assertEquals("บ้าน หนองบัว", Membership.villageKey(null, "บ้าน   หนองบัว"));
        assertEquals("บ้านนาม 4", Membership.villageKey(null, "บ้านนาม 4"));
        assertEquals("หมู่ 14", Membership.villageKey(null, "หมู่ 14"));
        assertEquals("หมู่ 0", Membership.villageKey(null, "หมู่ 0"));
        assertNull(Membership.villageKey(null, "  "));
        assertNull(Membership.villageKey(null, null));
    }
}
