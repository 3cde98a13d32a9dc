package th.wastebank.client.common;

import java.time.Instant;
import java.util.List;

import th.wastebank.sync.OpPayload;
import th.wastebank.validation.Violation;

/**
 * Checks a payload on the phone exactly as the server will: its {@code validate()} holds every rule
 * the server's decoding applies (text limits included, by field path), and their Thai messages are
 * the server's. A change that passes here is not refused later for its input.
 */
public final class Validation {
    private Validation() {
    }

    /** @throws Invalid with every broken rule, when there is one */
    public static void require(OpPayload payload, Instant now) {
        List<Violation> violations = payload.validate(now);
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
    }
}
