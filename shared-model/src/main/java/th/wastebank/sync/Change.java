package th.wastebank.sync;

import java.time.Instant;
import java.util.UUID;

import th.wastebank.json.CanonicalJson;
import th.wastebank.json.JsonText;
import th.wastebank.json.PayloadReader;
import th.wastebank.validation.ReasonCode;

/**
 * One applied op as a device pulls it back. {@code cursor} is the server's change number in the
 * org (never a device clock); {@code deviceId} tells which phone made it, {@code recordedAt} when
 * it said it did, {@code serverTime} when the server applied it. {@code payloadJson} is the payload
 * exactly as the server stored it: passed through, never parsed and written again.
 */
public record Change(long cursor, String type, UUID entityId, String payloadJson, UUID deviceId, Instant recordedAt,
                     Instant serverTime) {

    /** The change of {@code payload} as a server would send it (its payload written canonically). */
    public static Change of(long cursor, UUID entityId, OpPayload payload, UUID deviceId, Instant recordedAt,
                            Instant serverTime) {
        return new Change(cursor, payload.type().wire(), entityId, CanonicalJson.write(payload.toJson()), deviceId,
                recordedAt, serverTime);
    }

    /** The payload parsed into the shared JSON value model (to read it with a {@link PayloadReader}). */
    public Object payload() {
        return JsonText.parse(payloadJson);
    }

    /** Writes the change as it travels; the payload text is inserted as it is. */
    void appendTo(StringBuilder out) {
        out.append("{\"cursor\":").append(cursor)
                .append(",\"type\":").append(CanonicalJson.write(type))
                .append(",\"entityId\":\"").append(entityId)
                .append("\",\"payload\":").append(payloadJson)
                .append(",\"deviceId\":\"").append(deviceId)
                .append("\",\"recordedAt\":\"").append(recordedAt)
                .append("\",\"serverTime\":\"").append(serverTime)
                .append("\"}");
    }

    /**
     * Reads one change from the shared value model (its payload best kept as
     * {@link th.wastebank.json.RawJson}); what is missing or wrong is reported to {@code r}.
     */
    public static Change read(PayloadReader r) {
        long cursor = r.requiredLong("cursor");
        String type = r.requiredString("type", SyncOp.MAX_TYPE_LENGTH);
        UUID entityId = id(r, "entityId");
        String payload = SyncOp.payloadText(r.value("payload"));
        if (payload == null) {
            r.report(r.has("payload") ? ReasonCode.WRONG_TYPE : ReasonCode.MISSING_FIELD, "payload");
        }
        UUID deviceId = id(r, "deviceId");
        Instant recordedAt = r.requiredInstant("recordedAt");
        Instant serverTime = r.requiredInstant("serverTime");
        return new Change(cursor, type, entityId, payload, deviceId, recordedAt, serverTime);
    }

    /** Any UUID: the ids of changes were checked when they were pushed. */
    private static UUID id(PayloadReader r, String name) {
        String text = r.requiredString(name, 36);
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            r.report(ReasonCode.INVALID_ID, name);
            return null;
        }
    }
}
