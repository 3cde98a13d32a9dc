package th.wastebank.server.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;

/**
 * One district's best-practice form for one month and one model อปท., filled in: Part 1 from the
 * ledger's roll-ups, Parts 2 and 3 (and the welfare text of ๑.๖) as the district wrote them. The
 * page, the PDF and the spreadsheet are all drawn from this one value.
 */
public record BestPracticeReport(District district, YearMonth month, OrgChoice org, Part1 part1,
                                 Map<String, String> answers, @Nullable String videoUrl,
                                 @Nullable String updatedBy, @Nullable Instant updatedAt,
                                 @Nullable String welfareFromData) {

    /** A district with its province, by name as the form prints them. */
    public record District(String code, String nameTh, String provinceCode, String provinceTh) {
    }

    /** An อปท. of the district that can be chosen as the model. */
    public record OrgChoice(long id, String code, String nameTh) {
    }

    /**
     * Part 1's figures: villages and members as of the month's end, and the waste the bank sold to
     * buyers during the month ({@code sales} of them, {@code grams} for {@code satang}).
     */
    public record Part1(long villages, long members, long sales, long grams, long satang) {
        /** The note under Part 1: where ๑.๔ and ๑.๕ come from, or that nothing was sold. */
        public String note() {
            return sales > 0 ? BestPracticeForm.SOLD_NOTE : BestPracticeForm.NOT_SOLD_NOTE;
        }
    }

    /** The answer to a Part 2 question (by key, e.g. {@code 2.1.1}), or empty. */
    public String answer(String key) {
        return answers.getOrDefault(key, "");
    }

    /**
     * Item ๑.๖ as the district wrote it; otherwise as the อปท.'s welfare data describes it (its schemes,
     * payouts and fund by the month's end); "ยังไม่มีข้อมูล" when the อปท. runs no welfare scheme.
     */
    public String welfare() {
        String w = answers.get(BestPracticeForm.WELFARE_KEY);
        if (w != null && !w.isBlank()) {
            return w;
        }
        return welfareFromData == null ? BestPracticeForm.NO_WELFARE_DATA : welfareFromData;
    }

    /** The district video's unmet items, each with its Thai reason ({@link DistrictVideoChecklist}). */
    public List<String> videoUnmet() {
        return DistrictVideoChecklist.unmet(answers);
    }

    public boolean saved() {
        return updatedAt != null;
    }
}
