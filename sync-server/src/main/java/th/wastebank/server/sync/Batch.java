package th.wastebank.server.sync;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import th.wastebank.json.CanonicalJson;
import th.wastebank.server.db.Jdbc;

/**
 * One push being applied to one org in one transaction: the connection, the org's next server
 * sequence numbers, the per-feature states, and the op-log rows to write. It never outlives the
 * transaction.
 */
public final class Batch {
    private final Connection connection;
    private final long orgId;
    private final UUID deviceId;
    private final Instant now;
    private long lastSeq;
    private final Function<String, Object> jsonParser;
    private final boolean checkNewIds;
    private final Map<Class<?>, BatchState> states = new LinkedHashMap<>();
    private final List<Object[]> opRows = new ArrayList<>();

    Batch(Connection connection, long orgId, UUID deviceId, Instant now, long lastSeq,
          Function<String, Object> jsonParser, boolean checkNewIds) {
        this.connection = connection;
        this.checkNewIds = checkNewIds;
        this.jsonParser = jsonParser;
        this.orgId = orgId;
        this.deviceId = deviceId;
        this.now = now;
        this.lastSeq = lastSeq;
    }

    public Connection connection() {
        return connection;
    }

    public long orgId() {
        return orgId;
    }

    public UUID deviceId() {
        return deviceId;
    }

    public Instant now() {
        return now;
    }

    /**
     * Whether the ids of new rows are looked up before inserting. Normally not: a UUIDv7 from a phone
     * does not collide, and the primary key would refuse one that does ({@link EntityIdClash}), which
     * makes the push run again with this set (and then reject that op alone with ENTITY_CONFLICT).
     */
    public boolean checkNewIds() {
        return checkNewIds;
    }

    /** Parses stored JSON (an op-log payload) into the shared value model. */
    public Object parseJson(String json) {
        return jsonParser.apply(json);
    }

    /**
     * The payloads (as applied) of this org's logged ops with the given sequence numbers, by number:
     * what a feature needs of an earlier op, read here because the op log is the sync engine's.
     */
    public Map<Long, String> loggedPayloads(Collection<Long> seqs) throws SQLException {
        return SyncOpLog.payloads(connection, orgId, seqs);
    }

    long lastSeq() {
        return lastSeq;
    }

    /** The feature state of this batch, created on first use. */
    public <S extends BatchState> S state(Class<S> type, Supplier<S> create) {
        return type.cast(states.computeIfAbsent(type, t -> create.get()));
    }

    /**
     * Gives the op its place in the org's server order and logs it with the payload as applied
     * (which other devices will pull).
     *
     * @return the op's server sequence number
     */
    public long applied(IncomingOp op, Map<String, Object> appliedPayload) {
        long seq = ++lastSeq;
        String payload = CanonicalJson.write(appliedPayload);
        opRows.add(new Object[] {orgId, seq, Jdbc.bytes(op.opId()), Jdbc.bytes(deviceId), op.deviceSeq(),
                op.type().wire(), Jdbc.bytes(op.entityId()), payload, payload.getBytes(StandardCharsets.UTF_8).length,
                op.hash(), Jdbc.utc(op.recordedAt()), Jdbc.utc(now)});
        return seq;
    }

    void loadStates() throws SQLException {
        for (BatchState s : ordered()) {
            s.load(this);
        }
    }

    /** Writes every row; a taken key anywhere is an {@link EntityIdClash}, whichever table it is in. */
    void flush() throws SQLException {
        try {
            SyncOpLog.insert(connection, opRows);
            for (BatchState s : ordered()) {
                s.flush(this);
            }
        } catch (SQLException e) {
            if (Jdbc.isDuplicateKey(e)) {
                throw new EntityIdClash(e);
            }
            throw e;
        }
    }

    private List<BatchState> ordered() {
        List<BatchState> list = new ArrayList<>(states.values());
        list.sort(Comparator.comparing(BatchState::order));
        return list;
    }
}
