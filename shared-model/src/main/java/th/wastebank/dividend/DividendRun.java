package th.wastebank.dividend;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import th.wastebank.json.PayloadReader;
import th.wastebank.sync.OpPayload;
import th.wastebank.sync.OpType;
import th.wastebank.validation.Approvals;
import th.wastebank.validation.Dates;
import th.wastebank.validation.Limits;
import th.wastebank.validation.MemberLines;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * One year-end dividend run ({@code dividend.run}, ADR 0015): {@code shareBp} of the fiscal year's
 * margin as the phone knew it ({@code margin}), split by {@code rule} ({@link DividendPlan}) into the
 * lines the committee previewed, credited to each member's savings and paid from the bank's account.
 * Once per fiscal year ({@code fiscalYear}: its Buddhist-era end year, e.g. 2569).
 */
public record DividendRun(int fiscalYear, String rule, long shareBp, long margin, Instant runAt,
                          List<DividendLine> lines, long total, List<String> approvedBy, List<UUID> approverIds)
        implements OpPayload {

    public static final int MAX_LINES = 5000;
    /** The fiscal years a run may name (Buddhist era). */
    public static final int FIRST_YEAR = 2543;
    public static final int LAST_YEAR = 2700;

    public DividendRun {
        lines = List.copyOf(lines);
        approvedBy = List.copyOf(approvedBy);
        approverIds = Approvals.copyIds(approverIds);
    }

    public static DividendRun read(PayloadReader r) {
        long year = r.requiredLong("fiscalYear");
        String rule = r.requiredString("rule");
        long shareBp = r.requiredLong("shareBp");
        long margin = r.requiredLong("margin");
        Instant runAt = r.requiredInstant("runAt");
        List<DividendLine> lines = r.requiredObjects("lines").stream().map(DividendLine::read).toList();
        long total = r.requiredLong("total");
        List<String> approvedBy = r.requiredStrings("approvedBy");
        List<UUID> approverIds = r.optionalIds(Approvals.IDS_FIELD);
        return r.ok() ? new DividendRun((int) Math.max(0, Math.min(year, Integer.MAX_VALUE)), rule, shareBp, margin,
                runAt, lines, total, approvedBy, approverIds) : null;
    }

    @Override
    public OpType type() {
        return OpType.DIVIDEND_RUN;
    }

    @Override
    public List<Violation> limits() {
        List<Violation> out = new ArrayList<>();
        Limits.checkText(rule, "rule", Limits.MAX_WORD_LENGTH, out);
        Limits.checkTexts(approvedBy, "approvedBy", Limits.MAX_NAME_LENGTH, out);
        return out;
    }

    @Override
    public List<Violation> validate(Instant now) {
        List<Violation> out = limits();
        if (fiscalYear < FIRST_YEAR || fiscalYear > LAST_YEAR) {
            out.add(Violation.of(ReasonCode.FISCAL_YEAR_INVALID, "fiscalYear"));
        }
        if (DividendPlan.Rule.parse(rule).isEmpty()) {
            out.add(Violation.of(ReasonCode.DIVIDEND_RULE_INVALID, "rule"));
        }
        if (shareBp <= 0 || shareBp > DividendPlan.ALL_BP) {
            out.add(Violation.of(ReasonCode.DIVIDEND_SHARE_INVALID, "shareBp"));
        }
        Dates.check(runAt, "runAt", now, out);
        boolean linesOk = MemberLines.check(lines.stream().map(DividendLine::memberId).toList(),
                lines.stream().map(DividendLine::amount).toList(), total, MAX_LINES, ReasonCode.DIVIDEND_NO_MEMBERS, out);
        if (linesOk && total != DividendPlan.pool(margin, shareBp)) {
            out.add(Violation.of(ReasonCode.DIVIDEND_ABOVE_SHARE, "total"));
        }
        Approvals.check(approvedBy, approverIds, ReasonCode.DIVIDEND_APPROVERS_REQUIRED, out);
        return out;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fiscalYear", fiscalYear);
        json.put("rule", rule);
        json.put("shareBp", shareBp);
        json.put("margin", margin);
        json.put("runAt", runAt.toString());
        json.put("lines", lines.stream().map(DividendLine::toJson).toList());
        json.put("total", total);
        json.put("approvedBy", approvedBy);
        Approvals.putIds(json, approverIds);
        return json;
    }
}
