package th.wastebank.sync;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One change a device made, as it travels to the server. {@code opId} is the idempotency key;
 * {@code seq} the device's own order; {@code entityId} the record the op creates or changes;
 * {@code payload} the op's body in the shared JSON value model.
 */
public record SyncOp(UUID opId, long seq, String type, UUID entityId, Map<String, Object> payload,
                     Instant recordedAt) {

    public static SyncOp of(UUID opId, long seq, UUID entityId, OpPayload payload, Instant recordedAt) {
        return new SyncOp(opId, seq, payload.type().wire(), entityId, payload.toJson(), recordedAt);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("opId", opId.toString());
        json.put("seq", seq);
        json.put("type", type);
        json.put("entityId", entityId.toString());
        json.put("payload", payload);
        json.put("recordedAt", recordedAt.toString());
        return json;
    }
}
