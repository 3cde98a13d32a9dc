package th.wastebank.welfare;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import th.wastebank.json.PayloadReader;

/** One member's debit in a levy run, in satang. */
public record LevyLine(UUID memberId, long amount) {

    static LevyLine read(PayloadReader r) {
        return new LevyLine(r.requiredId("memberId"), r.requiredLong("amount"));
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("memberId", memberId.toString());
        json.put("amount", amount);
        return json;
    }
}
