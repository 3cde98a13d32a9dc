package th.wastebank.sync;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One applied op as a device pulls it back. {@code cursor} is the server's change number in the
 * org (never a device clock); {@code deviceId} tells which phone made it.
 */
public record Change(long cursor, String type, UUID entityId, Map<String, Object> payload, UUID deviceId,
                     Instant serverTime) {
}
