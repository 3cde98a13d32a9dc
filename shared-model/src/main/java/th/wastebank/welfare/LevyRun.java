package th.wastebank.welfare;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * One levy run ({@code welfare.levy.run}): the committee's decision to debit each listed member's
 * savings and credit the welfare fund with the total, for one event of one scheme ({@code event}:
 * the claim it pays for, or a year, or a period). The phone shows every line before it is applied;
 * the op carries those lines so the server applies exactly what the committee saw, once per
 * scheme and event.
 */
public record LevyRun(UUID schemeId, String event, String reason, String basis, Instant runAt,
                      List<LevyLine> lines, long total, List<String> approvedBy) implements OpPayload {

    public static final int MAX_LINES = 5000;

    public LevyRun {
        lines = List.copyOf(lines);
        approvedBy = List.copyOf(approvedBy);
    }

    public static LevyRun read(PayloadReader r) {
        UUID schemeId = r.requiredId("schemeId");
        String event = r.requiredString("event", Limits.MAX_SHORT_TEXT);
        String reason = r.requiredString("reason", Limits.MAX_NAME_LENGTH);
        String basis = r.requiredString("basis", 20);
        Instant runAt = r.requiredInstant("runAt");
        List<LevyLine> lines = r.requiredObjects("lines").stream().map(LevyLine::read).toList();
        long total = r.requiredLong("total");
        List<String> approvedBy = r.requiredStrings("approvedBy", Limits.MAX_NAME_LENGTH);
        return r.ok() ? new LevyRun(schemeId, event, reason, basis, runAt, lines, total, approvedBy) : null;
    }

    @Override
    public OpType type() {
        return OpType.WELFARE_LEVY_RUN;
    }

    @Override
    public List<Violation> validate(Instant now) {
        List<Violation> out = new ArrayList<>();
        if (event == null || event.isBlank() || reason == null || reason.isBlank()) {
            out.add(Violation.of(ReasonCode.EVENT_REQUIRED, "event"));
        }
        Funding f = Funding.parse(basis).orElse(null);
        if (f == null || !f.isLevy()) {
            out.add(Violation.of(ReasonCode.LEVY_BASIS_INVALID, "basis"));
        }
        Dates.check(runAt, "runAt", now, out);
        if (lines.isEmpty()) {
            out.add(Violation.of(ReasonCode.LEVY_NO_MEMBERS, "lines"));
        } else if (lines.size() > MAX_LINES) {
            out.add(Violation.of(ReasonCode.LEVY_TOO_MANY, "lines"));
        }
        Set<UUID> seen = new HashSet<>();
        long sum = 0;
        boolean amountsOk = true;
        for (int i = 0; i < lines.size(); i++) {
            LevyLine line = lines.get(i);
            if (!seen.add(line.memberId())) {
                out.add(Violation.of(ReasonCode.LEVY_MEMBER_REPEATED, "lines[" + i + "].memberId"));
            }
            if (line.amount() <= 0) {
                out.add(Violation.of(ReasonCode.AMOUNT_NOT_POSITIVE, "lines[" + i + "].amount"));
                amountsOk = false;
            } else if (line.amount() > Limits.MAX_AMOUNT) {
                out.add(Violation.of(ReasonCode.AMOUNT_TOO_LARGE, "lines[" + i + "].amount"));
                amountsOk = false;
            }
            sum += line.amount();
        }
        if (amountsOk && !lines.isEmpty() && sum != total) {
            out.add(Violation.of(ReasonCode.TOTAL_MISMATCH, "total"));
        }
        if (!Approvals.twoDifferent(approvedBy)) {
            out.add(Violation.of(ReasonCode.WELFARE_APPROVERS_REQUIRED, "approvedBy"));
        }
        return out;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("schemeId", schemeId.toString());
        json.put("event", event);
        json.put("reason", reason);
        json.put("basis", basis);
        json.put("runAt", runAt.toString());
        json.put("lines", lines.stream().map(LevyLine::toJson).toList());
        json.put("total", total);
        json.put("approvedBy", approvedBy);
        return json;
    }
}
