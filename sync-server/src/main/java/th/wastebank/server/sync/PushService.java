package th.wastebank.server.sync;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import th.wastebank.json.PayloadReader;
import th.wastebank.server.api.ApiProblem;
import th.wastebank.server.auth.DeviceCaller;
import th.wastebank.server.db.Database;
import th.wastebank.server.db.Tx;
import th.wastebank.sync.OpResult;
import th.wastebank.sync.OpType;
import th.wastebank.sync.PushResponse;
import th.wastebank.sync.Reason;
import th.wastebank.validation.Limits;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * Applies a device's push exactly once per opId. The push is let in by the {@link PushGate} (caps per
 * device and per org) and everything that needs no database is checked; then, once it is the org's
 * turn on this node (waiting holds no connection), one transaction locks the org's sync row (so
 * pushes of one org, from any node, run one after the other; on a Galera cluster the lock is per
 * database node, and the push that loses the race to commit is run again whole by {@code Tx}),
 * sorts out resends, applies the new ops
 * in the device's order and writes all rows in bulk. A failure anywhere rolls the whole push back: nothing is half-written, and the
 * device simply sends it again.
 */
@Singleton
public class PushService {
    private static final Argument<Object> ANY_JSON = Argument.of(Object.class);

    private final DataSource dataSource;
    private final JsonMapper json;
    private final Clock clock;
    private final PushGate gate;
    private final Map<OpType, OpApplier> appliers = new EnumMap<>(OpType.class);

    public PushService(Database database, JsonMapper json, Clock clock, PushGate gate, List<OpApplier> appliers) {
        this.dataSource = database.pool();
        this.json = json;
        this.clock = clock;
        this.gate = gate;
        appliers.forEach(a -> this.appliers.put(a.type(), a));
        for (OpType t : OpType.values()) {
            if (!this.appliers.containsKey(t)) {
                throw new IllegalStateException("no applier for " + t);
            }
        }
    }

    public PushResponse push(DeviceCaller caller, byte[] body) {
        try (PushGate.Pass pass = gate.admit(caller)) {
            Instant now = clock.instant();
            List<?> elements = readEnvelope(caller, body);
            List<IncomingOp> ops = new ArrayList<>(elements.size());
            for (int i = 0; i < elements.size(); i++) {
                ops.add(IncomingOp.read(i, elements.get(i), caller.orgCode(), now));
            }
            pass.awaitTurn();
            try {
                return Tx.readCommitted(dataSource, c -> apply(c, caller, ops, now, false));
            } catch (EntityIdClash clash) {
                return applyCheckingIds(caller, ops, now);
            }
        }
    }

    /**
     * The push again, every new id looked up first, so the op whose id is taken is answered
     * ENTITY_CONFLICT and the others apply. A key no applier looks up still clashing is answered 409
     * for the push (nothing written), never a 500.
     */
    private PushResponse applyCheckingIds(DeviceCaller caller, List<IncomingOp> ops, Instant now) {
        try {
            return Tx.readCommitted(dataSource, c -> apply(c, caller, ops, now, true));
        } catch (EntityIdClash clash) {
            throw new ApiProblem(HttpStatus.CONFLICT, "entity-conflict", "Entity id already taken",
                    "A record in this push has an id that is already taken",
                    "รหัสข้อมูลบางรายการในชุดนี้ถูกใช้กับข้อมูลอื่นแล้ว");
        }
    }

    private List<?> readEnvelope(DeviceCaller caller, byte[] body) {
        if (body != null && body.length > Limits.MAX_PUSH_BYTES) {
            throw new ApiProblem(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "body-too-large", "Request body too large",
                    "A push body may be at most " + Limits.MAX_PUSH_BYTES + " bytes; send fewer ops at a time",
                    "ข้อมูลที่ส่งมีขนาดใหญ่เกินไป กรุณาส่งเป็นชุดเล็กลง");
        }
        Object root;
        try {
            root = body == null || body.length == 0 ? null : json.readValue(body, ANY_JSON);
        } catch (IOException | RuntimeException e) {
            throw ApiProblem.badRequest("malformed-json", "The body is not valid JSON: " + e.getMessage(),
                    "ข้อมูลที่ส่งมาเสียหาย (ไม่ใช่ JSON ที่ถูกต้อง) กรุณาส่งใหม่");
        }
        if (!(root instanceof Map<?, ?> envelope)) {
            throw ApiProblem.badRequest("malformed-json", "The body must be a JSON object {deviceId, ops}",
                    "ข้อมูลที่ส่งมามีรูปแบบไม่ถูกต้อง");
        }
        PayloadReader r = PayloadReader.of(envelope);
        UUID deviceId = r.requiredId("deviceId");
        if (deviceId == null) {
            throw ApiProblem.badRequest("device-id-invalid", "Field 'deviceId' must be the device's UUIDv7",
                    "รหัสเครื่องในข้อมูลไม่ถูกต้อง");
        }
        if (!deviceId.equals(caller.deviceId())) {
            throw ApiProblem.forbidden("device-mismatch", "deviceId does not match the token's device",
                    "รหัสเครื่องไม่ตรงกับเครื่องที่จับคู่ไว้");
        }
        if (!(envelope.get("ops") instanceof List<?> list)) {
            throw ApiProblem.badRequest("ops-missing", "Field 'ops' must be an array of ops",
                    "ไม่พบรายการที่จะส่ง");
        }
        if (list.size() > Limits.MAX_OPS_PER_PUSH) {
            throw new ApiProblem(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "too-many-ops", "Too many ops",
                    "A push carries at most " + Limits.MAX_OPS_PER_PUSH + " ops; this one has " + list.size(),
                    "ส่งรายการมากเกินไปในครั้งเดียว (ไม่เกิน " + Limits.MAX_OPS_PER_PUSH + " รายการ)");
        }
        return list;
    }

    /** The push in the caller's transaction; the answer names the epoch the ops were recorded in. */
    private PushResponse apply(Connection c, DeviceCaller caller, List<IncomingOp> ops, Instant now, boolean checkNewIds)
            throws SQLException {
        long lastSeq = SyncOpLog.lockOrg(c, caller.orgId());
        Batch batch = new Batch(c, caller.orgId(), caller.deviceId(), now, lastSeq, this::parseStored, checkNewIds);
        Set<UUID> opIds = new LinkedHashSet<>();
        ops.stream().filter(op -> op.opId() != null).forEach(op -> opIds.add(op.opId()));
        Map<UUID, byte[]> alreadyApplied = SyncOpLog.appliedHashes(c, caller.orgId(), opIds);

        OpResult[] results = new OpResult[ops.size()];
        Map<UUID, IncomingOp> firstInPush = new HashMap<>();
        Map<UUID, OpResult> firstResults = new HashMap<>();
        List<IncomingOp> toApply = new ArrayList<>();
        for (IncomingOp op : ops) {
            IncomingOp first = op.opId() == null ? null : firstInPush.putIfAbsent(op.opId(), op);
            if (first != null) {
                if (!Arrays.equals(first.hash(), op.hash())) {
                    results[op.index()] = opIdReused(op);
                }
                continue; // an identical second copy is answered after the first
            }
            OpResult early = earlyResult(op, alreadyApplied);
            if (early != null) {
                results[op.index()] = early;
                firstResults.put(op.opId(), early);
            } else {
                toApply.add(op);
                appliers.get(op.type()).collect(op, batch);
            }
        }
        batch.loadStates();
        for (IncomingOp op : toApply) {
            Outcome outcome = appliers.get(op.type()).apply(op, batch);
            OpResult result = outcome.isApplied() ? OpResult.applied(op.opId())
                    : OpResult.rejected(op.opId(), outcome.rejection());
            results[op.index()] = result;
            firstResults.put(op.opId(), result);
        }
        for (IncomingOp op : ops) {
            if (results[op.index()] == null) {
                results[op.index()] = repeatOf(firstResults.get(op.opId()), op);
            }
        }
        batch.flush();
        if (batch.lastSeq() != lastSeq) {
            SyncOpLog.saveLastSeq(c, caller.orgId(), batch.lastSeq());
        }
        SyncOpLog.touchDevice(c, caller.deviceId(), now);
        return new PushResponse(Arrays.asList(results), SyncEpoch.current(c));
    }

    /** The answer for an op that is not applied now (a resend, a reused opId, a refused op), or null. */
    private static OpResult earlyResult(IncomingOp op, Map<UUID, byte[]> alreadyApplied) {
        if (op.opId() == null) {
            return OpResult.rejected(null, op.rejection());
        }
        byte[] applied = alreadyApplied.get(op.opId());
        if (applied != null) {
            return Arrays.equals(applied, op.hash()) ? OpResult.duplicate(op.opId()) : opIdReused(op);
        }
        return op.valid() ? null : OpResult.rejected(op.opId(), op.rejection());
    }

    /** A second identical copy in one push gets the first copy's fate (applied once → duplicate). */
    private static OpResult repeatOf(OpResult first, IncomingOp op) {
        return first.reason() == null ? OpResult.duplicate(op.opId()) : first;
    }

    private static OpResult opIdReused(IncomingOp op) {
        return OpResult.rejected(op.opId(), Reason.of(Violation.of(ReasonCode.OPID_REUSED, "opId")));
    }

    private Object parseStored(String stored) {
        try {
            return json.readValue(stored, ANY_JSON);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable op-log payload", e);
        }
    }
}
