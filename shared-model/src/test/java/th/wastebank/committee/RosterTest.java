package th.wastebank.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.committee.Roster.Finding;
import th.wastebank.committee.Roster.Problem;
import th.wastebank.committee.Roster.Term;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RosterTest {
    private static final UUID CHAIR = UUID.fromString("01936b2e-1f00-7abc-8def-000000000001");
    private static final UUID TREASURER = UUID.fromString("01936b2e-1f00-7abc-8def-000000000002");
    private static final UUID RETIRED = UUID.fromString("01936b2e-1f00-7abc-8def-000000000003");
    private static final UUID STRANGER = UUID.fromString("01936b2e-1f00-7abc-8def-000000000004");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final Map<UUID, Term> ROSTER = Map.of(
            CHAIR, new Term(LocalDate.of(2025, 1, 1), null),
            TREASURER, new Term(LocalDate.of(2026, 11, 20), LocalDate.of(2027, 12, 31)),
            RETIRED, new Term(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 11, 19)));

    @Test
    void twoDifferentMembersOnTheCommitteeThatDayApprove() {
        assertEquals(List.of(), Roster.check(List.of(CHAIR, TREASURER), DAY, ROSTER));
    }

    @Test
    void aTermCoversItsFirstAndLastDayAndNothingOutside() {
        Term term = new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertEquals(true, term.covers(LocalDate.of(2026, 1, 1)));
        assertEquals(true, term.covers(LocalDate.of(2026, 12, 31)));
        assertEquals(false, term.covers(LocalDate.of(2025, 12, 31)));
        assertEquals(false, term.covers(LocalDate.of(2027, 1, 1)));
        assertEquals(true, new Term(LocalDate.of(2026, 1, 1), null).covers(LocalDate.of(2040, 1, 1)));
    }

    @Test
    void theSamePersonTwiceIsNotTwoApprovers() {
        assertEquals(List.of(new Finding(Problem.SAME_PERSON, CHAIR)),
                Roster.check(List.of(CHAIR, CHAIR), DAY, ROSTER));
    }

    @Test
    void someoneNotOnTheRosterOrOutOfTermIsNamed() {
        assertEquals(List.of(new Finding(Problem.UNKNOWN, STRANGER)),
                Roster.check(List.of(CHAIR, STRANGER), DAY, ROSTER));
        assertEquals(List.of(new Finding(Problem.NOT_ON_COMMITTEE, RETIRED)),
                Roster.check(List.of(RETIRED, CHAIR), DAY, ROSTER), "the day after the term ended");
        assertEquals(List.of(new Finding(Problem.NOT_ON_COMMITTEE, TREASURER)),
                Roster.check(List.of(CHAIR, TREASURER), DAY.minusDays(1), ROSTER), "the day before the term began");
    }

    @Test
    void oneIdAloneIsNotTwo() {
        assertEquals(List.of(new Finding(Problem.NOT_TWO, null)), Roster.check(List.of(CHAIR), DAY, ROSTER));
    }

    @Test
    void theOpsDayIsTheDayInThailand() {
        assertEquals(LocalDate.of(2026, 11, 20), Roster.dayOf(Instant.parse("2026-11-19T17:00:00Z")));
        assertEquals(LocalDate.of(2026, 11, 19), Roster.dayOf(Instant.parse("2026-11-19T16:59:59Z")));
    }

    @Test
    void everyProblemHasAThaiMessage() {
        for (Problem p : Problem.values()) {
            assertEquals(true, p.messageTh().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.THAI), p.name());
        }
    }
}
