package th.wastebank.sale;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import th.wastebank.json.PayloadReader;
import th.wastebank.sync.OpPayload;
import th.wastebank.sync.OpType;
import th.wastebank.validation.Limits;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * Adds a buyer the bank sells to, or edits one ({@code buyer.upsert}); the op's entityId is the
 * buyer's id. An edit replaces the buyer's details in server order (no versions: two phones editing
 * a buyer's phone number at once lose nothing of value, and no money depends on them).
 */
public record BuyerUpsert(String name, String kind, String phone, String address) implements OpPayload {

    public static BuyerUpsert read(PayloadReader r) {
        String name = r.optionalString("name");
        if (name == null && !r.has("name")) {
            r.report(ReasonCode.BUYER_NAME_REQUIRED, "name");
        }
        BuyerUpsert b = new BuyerUpsert(name, r.requiredString("kind"), r.optionalString("phone"),
                r.optionalString("address"));
        return r.ok() ? b : null;
    }

    @Override
    public OpType type() {
        return OpType.BUYER_UPSERT;
    }

    @Override
    public List<Violation> limits() {
        List<Violation> out = new ArrayList<>();
        Limits.checkText(name, "name", Limits.MAX_NAME_LENGTH, out);
        Limits.checkText(kind, "kind", Limits.MAX_WORD_LENGTH, out);
        Limits.checkText(phone, "phone", Limits.MAX_SHORT_TEXT, out);
        Limits.checkText(address, "address", Limits.MAX_NOTE_LENGTH, out);
        return out;
    }

    @Override
    public List<Violation> validate(Instant now) {
        List<Violation> out = limits();
        if (name == null || name.isBlank()) {
            out.add(Violation.of(ReasonCode.BUYER_NAME_REQUIRED, "name"));
        }
        if (BuyerKind.parse(kind).isEmpty()) {
            out.add(Violation.of(ReasonCode.BUYER_KIND_INVALID, "kind"));
        }
        return out;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("kind", kind);
        if (phone != null) {
            json.put("phone", phone);
        }
        if (address != null) {
            json.put("address", address);
        }
        return json;
    }
}
