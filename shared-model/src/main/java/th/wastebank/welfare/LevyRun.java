package th.wastebank.welfare;

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
 * One levy run ({@code welfare.levy.run}): the committee's decision to debit each listed member's
 * savings and credit the welfare fund with the total, for one event of one scheme ({@code event}:
 * the claim it pays for, or a year, or a period). The phone shows every line before it is applied;
 * the op carries those lines so the server applies exactly what the committee saw, once per
 * scheme and event. {@code approverIds}, when present, are the two roster members who entered
 * their PINs ({@link Approvals}).
 */
public record LevyRun(UUID schemeId, String event, String reason, String basis, Instant runAt,
                      List<LevyLine> lines, long total, List<String> approvedBy, List<UUID> approverIds)
        implements OpPayload {

    public static final int MAX_LINES = 5000;

    public LevyRun {
        lines = List.copyOf(lines);
        approvedBy = List.copyOf(approvedBy);
        approverIds = Approvals.copyIds(approverIds);
    }

    public LevyRun(UUID schemeId, String event, String reason, String basis, Instant runAt, List<LevyLine> lines,
                   long total, List<String> approvedBy) {
        this(schemeId, event, reason, basis, runAt, lines, total, approvedBy, null);
    }

    public static LevyRun read(PayloadReader r) {
        UUID schemeId = r.requiredId("schemeId");
        String event = r.requiredString("event");
        String reason = r.requiredString("reason");
        String basis = r.requiredString("basis");
        Instant runAt = r.requiredInstant("runAt");
        List<LevyLine> lines = r.requiredObjects("lines").stream().map(LevyLine::read).toList();
        long total = r.requiredLong("total");
        List<String> approvedBy = r.requiredStrings("approvedBy");
        List<UUID> approverIds = r.optionalIds(Approvals.IDS_FIELD);
        return r.ok() ? new LevyRun(schemeId, event, reason, basis, runAt, lines, total, approvedBy, approverIds)
                : null;
    }

    @Override
    public OpType type() {
        return OpType.WELFARE_LEVY_RUN;
    }

    @Override
    public List<Violation> limits() {
        List<Violation> out = new ArrayList<>();
        Limits.checkText(event, "event", Limits.MAX_SHORT_TEXT, out);
        Limits.checkText(reason, "reason", Limits.MAX_NAME_LENGTH, out);
        Limits.checkText(basis, "basis", Limits.MAX_WORD_LENGTH, out);
        Limits.checkTexts(approvedBy, "approvedBy", Limits.MAX_NAME_LENGTH, out);
        return out;
    }

    @Override
    public List<Violation> validate(Instant now) {
        List<Violation> out = limits();
        if (event == null || event.isBlank() || reason == null || reason.isBlank()) {
            out.add(Violation.of(ReasonCode.EVENT_REQUIRED, "event"));
        }
        Funding f = Funding.parse(basis).orElse(null);
        if (f == null || !f.isLevy()) {
            out.add(Violation.of(ReasonCode.LEVY_BASIS_INVALID, "basis"));
        }
        Dates.check(runAt, "runAt", now, out);
        MemberLines.check(lines.stream().map(LevyLine::memberId).toList(),
                lines.stream().map(LevyLine::amount).toList(), total, MAX_LINES, ReasonCode.LEVY_NO_MEMBERS, out);
        Approvals.check(approvedBy, approverIds, ReasonCode.WELFARE_APPROVERS_REQUIRED, out);
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
        Approvals.putIds(json, approverIds);
        return json;
    }
}
