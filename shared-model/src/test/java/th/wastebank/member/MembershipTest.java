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
}
