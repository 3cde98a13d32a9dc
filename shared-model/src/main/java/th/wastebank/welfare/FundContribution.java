package th.wastebank.welfare;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import th.wastebank.json.PayloadReader;
import th.wastebank.sync.OpPayload;
import th.wastebank.sync.OpType;
import th.wastebank.validation.Dates;
import th.wastebank.validation.Limits;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * Money paid into the welfare fund from outside members' savings ({@code welfare.fund.contribute}):
 * part of the bank's sale margin, a donation, or another source named in the note.
 */
public record FundContribution(long amount, String source, String note, Instant receivedAt) implements OpPayload {

    /** Where fund money from outside savings comes from, in the order a form offers them. */
    public static final List<String> SOURCES = List.of("SALE_MARGIN", "DONATION", "OTHER");

    public static FundContribution read(PayloadReader r) {
        FundContribution c = new FundContribution(
                r.requiredLong("amount"),
                r.requiredString("source"),
                r.optionalString("note"),
                r.requiredInstant("receivedAt"));
        return r.ok() ? c : null;
    }

    @Override
    public OpType type() {
        return OpType.WELFARE_FUND_CONTRIBUTE;
    }

    @Override
    public List<Violation> limits() {
        List<Violation> out = new ArrayList<>();
        Limits.checkText(source, "source", Limits.MAX_WORD_LENGTH, out);
        Limits.checkText(note, "note", Limits.MAX_NOTE_LENGTH, out);
        return out;
    }

    @Override
    public List<Violation> validate(Instant now) {
        List<Violation> out = limits();
        Limits.checkAmount(amount, "amount", out);
        if (!SOURCES.contains(source)) {
            out.add(Violation.of(ReasonCode.CONTRIBUTION_SOURCE_INVALID, "source"));
        }
        Dates.check(receivedAt, "receivedAt", now, out);
        return out;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("amount", amount);
        json.put("source", source);
        if (note != null) {
            json.put("note", note);
        }
        json.put("receivedAt", receivedAt.toString());
        return json;
    }
}
