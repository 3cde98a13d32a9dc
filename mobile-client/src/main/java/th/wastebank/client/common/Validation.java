package th.wastebank.client.common;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import th.wastebank.sync.OpPayload;
import th.wastebank.sync.OpPayloads;
import th.wastebank.validation.Violation;

/**
 * Checks a payload on the phone exactly as the server will: first the model's own rules (their
 * Thai messages are the server's), then the shape and length rules the server's reader applies to
 * the JSON the phone will send. A change that passes here is not refused later for its input.
 */
public final class Validation {
    private Validation() {
    }

    /** @throws Invalid with every broken rule, when there is one */
    public static void require(OpPayload payload, Instant now) {
        List<Violation> violations = new ArrayList<>(payload.validate(now));
        if (violations.isEmpty()) {
            violations.addAll(OpPayloads.decode(payload.type(), payload.toJson(), now).violations());
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
    }
}
