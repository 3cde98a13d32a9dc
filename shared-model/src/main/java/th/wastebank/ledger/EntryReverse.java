package th.wastebank.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import th.wastebank.json.PayloadReader;
import th.wastebank.sync.OpPayload;
import th.wastebank.sync.OpType;
import th.wastebank.validation.Limits;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * Corrects a mistaken entry by a new entry of the opposite amount ({@code entry.reverse}); the
 * original stays in the ledger. An entry is reversed at most once.
 */
public record EntryReverse(UUID entryId, String reason) implements OpPayload {

    public static EntryReverse read(PayloadReader r) {
        UUID entryId = r.requiredId("entryId");
        String reason = r.optionalString("reason");
        if (reason == null && !r.has("reason")) {
            r.report(ReasonCode.REASON_REQUIRED, "reason");
        }
        return r.ok() ? new EntryReverse(entryId, reason) : null;
    }

    @Override
    public OpType type() {
        return OpType.ENTRY_REVERSE;
    }

    @Override
    public List<Violation> limits() {
        List<Violation> out = new ArrayList<>();
        Limits.checkText(reason, "reason", Limits.MAX_NOTE_LENGTH, out);
        return out;
    }

    @Override
    public List<Violation> validate(Instant now) {
        List<Violation> out = limits();
        if (reason == null || reason.isBlank()) {
            out.add(Violation.of(ReasonCode.REASON_REQUIRED, "reason"));
        }
        return out;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("entryId", entryId.toString());
        json.put("reason", reason);
        return json;
    }
}
