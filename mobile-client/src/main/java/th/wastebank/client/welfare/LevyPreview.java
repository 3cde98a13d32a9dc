package th.wastebank.client.welfare;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import th.wastebank.welfare.Funding;

/**
 * What a levy run would debit, shown to the committee before anything is saved: one line per
 * member who had joined by the day of the run, the total, and who would go below zero. Confirming
 * saves exactly these lines.
 *
 * @param event          the event key: a claim's id, a Buddhist year, or a deposit period
 * @param notYetMembers  members left out because they joined after the day of the run
 * @param nothingToShare members left out of a deposit share because they deposited nothing in the period
 * @param alreadyRun     true when this phone already holds a run for this scheme and event
 */
public record LevyPreview(UUID schemeId, String schemeName, Funding basis, String event, String reason,
                          LocalDate runDay, List<Line> lines, long total, int notYetMembers, int nothingToShare,
                          boolean alreadyRun) {
    public LevyPreview {
        lines = List.copyOf(lines);
    }

    /** One member's debit, with their savings before and after it. */
    public record Line(UUID memberId, String name, String address, long amount, long balance) {
        public long balanceAfter() {
            return balance - amount;
        }

        public boolean goesNegative() {
            return balanceAfter() < 0;
        }
    }

    public int members() {
        return lines.size();
    }

    /** How many members' savings would go below zero (the server applies it anyway and flags them). */
    public int goingNegative() {
        return (int) lines.stream().filter(Line::goesNegative).count();
    }
}
