package th.wastebank.client.dividend;

import java.util.List;

import th.wastebank.dividend.DividendPlan;
import th.wastebank.year.FiscalYear;

/**
 * What a dividend run would credit, line by line, before the committee approves it: the year's
 * margin as this phone values it, the share the committee entered, the pool, and each member's line.
 */
public record DividendPreview(FiscalYear year, DividendPlan.Rule rule, long shareBp, long margin, long pool,
                              List<Line> lines, int leftOut, boolean alreadyRun) {
    public DividendPreview {
        lines = List.copyOf(lines);
    }

    /** One member's credit, with what the member deposited in the year. */
    public record Line(java.util.UUID memberId, String name, long depositsInYear, long amount) {
    }

    public long total() {
        return lines.stream().mapToLong(Line::amount).sum();
    }
}
