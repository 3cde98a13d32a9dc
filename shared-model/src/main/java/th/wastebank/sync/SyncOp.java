package th.wastebank.sync;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import th.wastebank.json.CanonicalJson;
import th.wastebank.json.JsonText;
import th.wastebank.json.PayloadReader;
import th.wastebank.json.RawJson;

/**
 * One change a device made, as it travels to the server. {@code opId} is the idempotency key;
 * {@code seq} the device's own order; {@code entityId} the record the op creates or changes;
 * {@code payloadJson} the op's body as canonical JSON text, kept as text so that every resend of an
 * op carries the same bytes and nothing is parsed and written again on the way.
 */
public record SyncOp(UUID opId, long seq, String type, UUID entityId, String payloadJson, Instant recordedAt) {
    /** The longest op type name the server keeps. */
    public static final int MAX_TYPE_LENGTH = 40;

    /** An op whose payload is given in the shared JSON value model (written canonically). */
    public SyncOp(UUID opId, long seq, String type, UUID entityId, Map<String, ?> payload, Instant recordedAt) {
        this(opId, seq, type, entityId, CanonicalJson.write(payload), recordedAt);
    }

    public static SyncOp of(UUID opId, long seq, UUID entityId, OpPayload payload, Instant recordedAt) {
        return new SyncOp(opId, seq, payload.type().wire(), entityId, payload.toJson(), recordedAt);
    }

    /** The payload parsed into the shared JSON value model. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> payload() {
        return payloadJson == null ? null : (Map<String, Object>) JsonText.parse(payloadJson);
    }

    /** This op in the shared JSON value model (to build an unusual push from it). */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("opId", opId.toString());
        json.put("seq", seq);
        json.put("type", type);
        json.put("entityId", entityId.toString());
        json.put("payload", payload());
        json.put("recordedAt", recordedAt.toString());
        return json;
    }

    /** The op as it travels: the payload text is inserted as it is. */
    public String toWire() {
        StringBuilder out = new StringBuilder(payloadJson.length() + 200);
        appendTo(out);
        return out.toString();
    }

    private void appendTo(StringBuilder out) {
        out.append("{\"opId\":\"").append(opId).append("\",\"seq\":").append(seq)
                .append(",\"type\":").append(CanonicalJson.write(type))
                .append(",\"entityId\":\"").append(entityId)
                .append("\",\"recordedAt\":\"").append(recordedAt)
                .append("\",\"payload\":").append(payloadJson).append('}');
    }

    /**
     * SHA-256 of the canonical {@code {entityId, payload, type}}: equal for a resend of this op,
     * different for another op under the same opId. Built around the payload text, which is not
     * written again.
     */
    public byte[] fingerprint() {
        return CanonicalJson.sha256OfText("{\"entityId\":" + (entityId == null ? "null" : "\"" + entityId + "\"")
                + ",\"payload\":" + (payloadJson == null ? "null" : payloadJson)
                + ",\"type\":" + CanonicalJson.write(type) + "}");
    }

    /** The body of a push: {@code {deviceId, ops}}. */
    public static String pushBody(UUID deviceId, List<SyncOp> ops) {
        int size = 64;
        for (SyncOp op : ops) {
            size += op.payloadJson().length() + 200;
        }
        StringBuilder out = new StringBuilder(size);
        out.append("{\"deviceId\":\"").append(deviceId).append("\",\"ops\":[");
        for (int i = 0; i < ops.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            ops.get(i).appendTo(out);
        }
        return out.append("]}").toString();
    }

    /**
     * Reads one op of a push from the shared value model. What is missing or wrong is reported to
     * {@code r} and left null (0); the payload is not read here, only kept: as it arrived when
     * it is {@link RawJson}, else written canonically (null when absent, or when it holds a number
     * JSON cannot write back, such as {@code 1e999} read as infinity).
     */
    public static SyncOp read(PayloadReader r) {
        UUID opId = r.requiredId("opId");
        long seq = r.requiredLong("seq");
        String type = r.requiredString("type", MAX_TYPE_LENGTH);
        UUID entityId = r.requiredId("entityId");
        Instant recordedAt = r.requiredInstant("recordedAt");
        return new SyncOp(opId, seq, type, entityId, payloadText(r.value("payload")), recordedAt);
    }

    /** A payload member as text: kept as it arrived, or written canonically; null when there is none. */
    static String payloadText(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof RawJson raw) {
            return raw.text();
        }
        try {
            return CanonicalJson.write(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
