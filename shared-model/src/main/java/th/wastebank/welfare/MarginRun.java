package th.wastebank.welfare;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import th.wastebank.json.PayloadReader;
import th.wastebank.sync.OpPayload;
import th.wastebank.sync.OpType;
import th.wastebank.validation.Approvals;
import th.wastebank.validation.Dates;
import th.wastebank.validation.Limits;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * One sale-margin run ({@code welfare.margin.run}): the committee moves {@code amount} of a month's
 * margin on sales ({@code margin}, as the phone valued it) into a scheme funded by
 * {@link Funding#SALE_MARGIN}; the welfare fund is credited like a contribution
 * ({@link WelfarePostings#contribution}, under the run's id). The phone proposes
 * the whole margin; the committee may lower it, never raise it above the margin ({@link #allowed}).
 * Once per scheme and month ({@code month}, e.g. "2026-10", is the run's event).
 */
public record MarginRun(UUID schemeId, String month, long amount, long margin, Instant runAt,
                        List<String> approvedBy, List<UUID> approverIds) implements OpPayload {

    public MarginRun {
        approvedBy = List.copyOf(approvedBy);
        approverIds = Approvals.copyIds(approverIds);
    }

    /** What a margin run may move: more than nothing, at most the month's margin (nothing from a loss). */
    public static boolean allowed(long amount, long monthMargin) {
        return amount > 0 && amount <= monthMargin;
    }

    /** The month a run names; empty when it names none. */
    public static Optional<YearMonth> parseMonth(String month) {
        try {
            return month == null ? Optional.empty() : Optional.of(YearMonth.parse(month));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static MarginRun read(PayloadReader r) {
        MarginRun run = new MarginRun(r.requiredId("schemeId"), r.requiredString("month"), r.requiredLong("amount"),
                r.requiredLong("margin"), r.requiredInstant("runAt"), r.requiredStrings("approvedBy"),
                r.optionalIds(Approvals.IDS_FIELD));
        return r.ok() ? run : null;
    }

    @Override
    public OpType type() {
        return OpType.WELFARE_MARGIN_RUN;
    }

    @Override
    public List<Violation> limits() {
        List<Violation> out = new ArrayList<>();
        Limits.checkText(month, "month", Limits.MAX_WORD_LENGTH, out);
        Limits.checkTexts(approvedBy, "approvedBy", Limits.MAX_NAME_LENGTH, out);
        return out;
    }

    @Override
    public List<Violation> validate(Instant now) {
        List<Violation> out = limits();
        if (parseMonth(month).isEmpty()) {
            out.add(Violation.of(ReasonCode.MARGIN_RUN_MONTH_INVALID, "month"));
        }
        int before = out.size();
        Limits.checkAmount(amount, "amount", out);
        if (out.size() == before && !allowed(amount, margin)) {
            out.add(Violation.of(ReasonCode.MARGIN_RUN_ABOVE_MARGIN, "amount"));
        }
        Dates.check(runAt, "runAt", now, out);
        Approvals.check(approvedBy, approverIds, ReasonCode.WELFARE_APPROVERS_REQUIRED, out);
        return out;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("schemeId", schemeId.toString());
        json.put("month", month);
        json.put("amount", amount);
        json.put("margin", margin);
        json.put("runAt", runAt.toString());
        json.put("approvedBy", approvedBy);
        Approvals.putIds(json, approverIds);
        return json;
    }
}
