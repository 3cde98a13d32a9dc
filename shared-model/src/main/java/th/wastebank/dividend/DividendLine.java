package th.wastebank.dividend;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import th.wastebank.json.PayloadReader;

/** One member's credit in a dividend run, in satang. */
public record DividendLine(UUID memberId, long amount) {

    static DividendLine read(PayloadReader r) {
        return new DividendLine(r.requiredId("memberId"), r.requiredLong("amount"));
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("memberId", memberId.toString());
        json.put("amount", amount);
        return json;
    }
}
