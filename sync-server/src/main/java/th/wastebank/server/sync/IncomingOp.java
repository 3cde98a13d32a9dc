package th.wastebank.server.sync;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import th.wastebank.json.PayloadReader;
import th.wastebank.sync.OpPayload;
import th.wastebank.sync.OpPayloads;
import th.wastebank.sync.OpType;
import th.wastebank.sync.Reason;
import th.wastebank.sync.SyncOp;
import th.wastebank.validation.Dates;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * One op of a push after reading and checking everything that needs no database: its envelope
 * fields (its {@code recordedAt} by the same date rule as the payload's dates, against the server's
 * clock), its payload's shape and rules, and the fingerprint that tells a resend from a reuse.
 * {@code rejection} is set when the op cannot be applied whatever the database holds.
 *
 * @param hash SHA-256 of the canonical {type, entityId, payload}; null when the op has no usable opId
 */
public record IncomingOp(int index, UUID opId, long deviceSeq, OpType type, UUID entityId, Instant recordedAt,
                         OpPayload payload, byte[] hash, Reason rejection) {

    public boolean valid() {
        return rejection == null;
    }

    /**
     * Reads element {@code index} of a push by a device of org {@code orgCode}: its envelope as a
     * {@link SyncOp} (the payload written canonically once, and the fingerprint built around that
     * text), then its payload typed.
     */
    static IncomingOp read(int index, Object element, String orgCode, Instant now) {
        PayloadReader r = PayloadReader.of(element);
        if (!r.ok()) {
            return rejected(index, null, null, reasonOf(r.violations()));
        }
        SyncOp wire = SyncOp.read(r);
        UUID opId = wire.opId();
        long seq = wire.seq();
        String typeName = wire.type();
        UUID entityId = wire.entityId();
        Instant recordedAt = wire.recordedAt();
        if (recordedAt != null && !Dates.inRange(recordedAt, now)) {
            r.report(ReasonCode.DATE_OUT_OF_RANGE, "recordedAt");
        }
        Object payloadJson = r.value("payload");
        if (payloadJson == null) {
            r.report(ReasonCode.MISSING_FIELD, "payload");
        } else if (!(payloadJson instanceof Map)) {
            r.report(ReasonCode.WRONG_TYPE, "payload");
        }
        if (opId != null && payloadJson != null && wire.payloadJson() == null) {
            // a number JSON cannot write back (1e999, read as infinity): the op cannot even be named
            return rejected(index, opId, null, Reason.of(Violation.of(ReasonCode.WRONG_TYPE, "payload")));
        }
        byte[] hash = opId == null ? null : wire.fingerprint();
        if (!r.ok()) {
            return rejected(index, opId, hash, reasonOf(r.violations()));
        }
        if (namesAnotherOrg((Map<?, ?>) payloadJson, orgCode)) {
            return rejected(index, opId, hash, Reason.of(Violation.of(ReasonCode.FOREIGN_ORG, "payload.orgCode")));
        }
        OpType type = OpType.fromWire(typeName).orElse(null);
        if (type == null) {
            return rejected(index, opId, hash, Reason.of(Violation.of(ReasonCode.UNKNOWN_TYPE, "type")));
        }
        OpPayloads.Decoded decoded = OpPayloads.decode(type, payloadJson, now);
        if (!decoded.ok()) {
            return new IncomingOp(index, opId, seq, type, entityId, recordedAt, null, hash,
                    reasonOf(prefixed(decoded.violations())));
        }
        return new IncomingOp(index, opId, seq, type, entityId, recordedAt, decoded.payload(), hash, null);
    }

    /** A payload may name its org; if it names any but the token's, it is refused. */
    private static boolean namesAnotherOrg(Map<?, ?> payload, String orgCode) {
        Object named = payload.containsKey("orgCode") ? payload.get("orgCode") : payload.get("org");
        return named != null && !orgCode.equals(String.valueOf(named));
    }

    private static IncomingOp rejected(int index, UUID opId, byte[] hash, Reason reason) {
        return new IncomingOp(index, opId, 0, null, null, null, null, hash, reason);
    }

    private static List<Violation> prefixed(List<Violation> violations) {
        return violations.stream()
                .map(v -> Violation.of(v.code(), v.field() == null ? "payload" : "payload." + v.field()))
                .toList();
    }

    /** The first violation names the reason; the messages list them all. */
    static Reason reasonOf(List<Violation> violations) {
        Violation first = violations.get(0);
        if (violations.size() == 1) {
            return Reason.of(first);
        }
        return new Reason(first.code().name(),
                violations.stream().map(Violation::messageEn).collect(Collectors.joining("; ")),
                violations.stream().map(Violation::messageTh).distinct().collect(Collectors.joining(" / ")),
                first.field());
    }
}
