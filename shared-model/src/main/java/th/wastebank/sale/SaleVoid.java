package th.wastebank.sale;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import th.wastebank.json.PayloadReader;
import th.wastebank.sync.OpPayload;
import th.wastebank.sync.OpType;
import th.wastebank.validation.Dates;
import th.wastebank.validation.Limits;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * Undoes a sale or a stock adjustment recorded by mistake ({@code sale.void}, ADR 0020); the op's
 * entityId is the void's own id and {@code saleId} names the sale or the adjustment (their ids are
 * UUIDv7, never shared between the two). Nothing is deleted or rewritten: the record stays, and
 * {@link StockValuation} leaves it out as if it had never been made. A record is voided at most once.
 */
public record SaleVoid(UUID saleId, String reason, Instant voidedAt) implements OpPayload {

    public static SaleVoid read(PayloadReader r) {
        UUID saleId = r.requiredId("saleId");
        String reason = r.optionalString("reason");
        if (reason == null && !r.has("reason")) {
            r.report(ReasonCode.SALE_VOID_REASON_REQUIRED, "reason");
        }
        Instant at = r.requiredInstant("voidedAt");
        return r.ok() ? new SaleVoid(saleId, reason, at) : null;
    }

    @Override
    public OpType type() {
        return OpType.SALE_VOID;
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
        if (saleId == null) {
            out.add(Violation.of(ReasonCode.UNKNOWN_SALE, "saleId"));
        }
        if (reason == null || reason.isBlank()) {
            out.add(Violation.of(ReasonCode.SALE_VOID_REASON_REQUIRED, "reason"));
        }
        Dates.check(voidedAt, "voidedAt", now, out);
        return out;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("saleId", saleId.toString());
        json.put("reason", reason);
        json.put("voidedAt", voidedAt.toString());
        return json;
    }
}
