package th.wastebank.client.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import th.wastebank.client.op.OpHandlers;
import th.wastebank.client.store.ClientStore;
import th.wastebank.client.store.SyncState;
import th.wastebank.json.CanonicalJson;
import th.wastebank.sync.OpPayload;
import th.wastebank.sync.OpResult;
import th.wastebank.sync.OpStatus;

/**
 * The queue of ops this phone still owes the server. An op is added in the same transaction as
 * the change it describes, and leaves only when the server has answered it APPLIED or DUPLICATE;
 * it is then kept aside ({@code sent_op}) for {@code sync.keepSentDays} days, so that a server
 * restored from an older backup can be sent it again (ADR 0009).
 */
public final class Outbox {
    /** Raised by every write that queues an op, sends a refused one again or gives one up. */
    private static final ClientStore.Signal CHANGED = new ClientStore.Signal("the outbox changed");

    private final ClientStore store;
    private final Clock clock;
    private final EntityStates states;

    public Outbox(ClientStore store, Clock clock, OpHandlers handlers) {
        this.store = store;
        this.clock = clock;
        this.states = new EntityStates(handlers);
    }

    /**
     * Tells {@code listener} after each committed write that queued an op (or retried or gave up a
     * refused one), so the sync engine sends it without the screen that saved it knowing of sync.
     */
    public void addListener(OutboxListener listener) {
        store.listen(CHANGED, listener::outboxChanged);
    }

    /** Queues an op inside the caller's transaction. */
    public static void add(Connection c, UUID opId, UUID entityId, OpPayload payload, Instant recordedAt)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (op_id, type, entity_id, payload, recorded_at)"
                + " VALUES (?,?,?,?,?)")) {
            ps.setString(1, opId.toString());
            ps.setString(2, payload.type().wire());
            ps.setString(3, entityId.toString());
            ps.setString(4, CanonicalJson.write(payload.toJson()));
            ps.setLong(5, recordedAt.toEpochMilli());
            ps.executeUpdate();
        }
        ClientStore.raise(c, CHANGED);
    }

    /** The oldest {@code limit} ops still to send, in the order they were made. */
    public List<OutboxOp> pending(int limit) {
        return store.read(c -> query(c, "WHERE state = 'PENDING' ORDER BY seq LIMIT " + limit));
    }

    public List<OutboxOp> rejected() {
        return store.read(c -> query(c, "WHERE state = 'REJECTED' ORDER BY seq"));
    }

    public int pendingCount() {
        return count("PENDING");
    }

    public int rejectedCount() {
        return count("REJECTED");
    }

    /**
     * Records the server's answers to {@code sent}, in one transaction: an acknowledged op moves
     * to the kept ones, a refused one waits for a person (or, when it was sent again after a
     * restore, for the next run).
     */
    public void applyResults(List<OutboxOp> sent, List<OpResult> results) {
        long ackedAt = clock.millis();
        store.write(c -> {
            try (PreparedStatement keep = c.prepareStatement("INSERT OR REPLACE INTO sent_op (seq, op_id, type,"
                    + " entity_id, payload, recorded_at, acked_at) SELECT seq, op_id, type, entity_id, payload,"
                    + " recorded_at, ? FROM outbox WHERE seq = ?");
                 PreparedStatement leave = c.prepareStatement("DELETE FROM outbox WHERE seq = ?")) {
                for (int i = 0; i < sent.size(); i++) {
                    OutboxOp op = sent.get(i);
                    if (results.get(i).status() != OpStatus.REJECTED) {
                        keep.setLong(1, ackedAt);
                        keep.setLong(2, op.seq());
                        keep.executeUpdate();
                        leave.setLong(1, op.seq());
                        leave.executeUpdate();
                    }
                }
            }
            for (int i = 0; i < sent.size(); i++) {
                OutboxOp op = sent.get(i);
                OpResult r = results.get(i);
                if (r.status() == OpStatus.REJECTED) {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET state = 'REJECTED',"
                            + " attempts = attempts + 1, reason_code = ?, reason_th = ?, reason_field = ? WHERE seq = ?")) {
                        ps.setString(1, r.reason() == null ? "UNKNOWN" : r.reason().code());
                        ps.setString(2, r.reason() == null ? null : r.reason().messageTh());
                        ps.setString(3, r.reason() == null ? null : r.reason().field());
                        ps.setLong(4, op.seq());
                        ps.executeUpdate();
                    }
                    states.mark(c, op.type(), op.entityId(), SyncState.REJECTED);
                } else if (!hasPending(c, op.entityId())) {
                    states.mark(c, op.type(), op.entityId(), SyncState.SENT);
                }
            }
            return null;
        });
    }

    /**
     * The server was restored from a backup: puts every kept acknowledged op back in the queue, in
     * its first order (ahead of newer ones) and marked as sent again, and runs {@code alsoInTx}
     * (the cursor, the photos) in the same transaction, so a crash midway leaves either all of it
     * or none. Answers how many ops go again.
     */
    public int sendAgain(ClientStore.Work<?> alsoInTx) {
        return store.write(c -> {
            int again;
            try (Statement st = c.createStatement()) {
                again = st.executeUpdate("INSERT INTO outbox (seq, op_id, type, entity_id, payload, recorded_at, resent)"
                        + " SELECT seq, op_id, type, entity_id, payload, recorded_at, 1 FROM sent_op"
                        + " WHERE op_id NOT IN (SELECT op_id FROM outbox) ORDER BY seq");
                st.executeUpdate("DELETE FROM sent_op");
            }
            alsoInTx.run(c);
            return again;
        });
    }

    /**
     * Ops sent again after a restore that the server refused go again in this run: what they
     * needed (a member another phone registered, a deposit before a withdrawal) may have been sent
     * again by its own phone meanwhile. Answers how many.
     */
    public int retryResent() {
        return store.write(c -> {
            try (Statement st = c.createStatement()) {
                return st.executeUpdate("UPDATE outbox SET state = 'PENDING', reason_code = NULL, reason_th = NULL,"
                        + " reason_field = NULL WHERE state = 'REJECTED' AND resent = 1");
            }
        });
    }

    /** Forgets acknowledged ops older than {@code before}; answers how many. */
    public int pruneSent(Instant before) {
        return store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sent_op WHERE acked_at < ?")) {
                ps.setLong(1, before.toEpochMilli());
                return ps.executeUpdate();
            }
        });
    }

    /** Drops the kept acknowledged ops (the phone now belongs to another org), in the caller's transaction. */
    public static void forgetSent(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM sent_op");
        }
    }

    /** Acknowledged ops kept in case the server is restored. */
    public int sentCount() {
        return store.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM sent_op")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** Counts a push that carried these ops but got no answer (they stay pending). */
    public void countAttempt(List<OutboxOp> sent) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET attempts = attempts + 1 WHERE seq = ?")) {
                for (OutboxOp op : sent) {
                    ps.setLong(1, op.seq());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Sends a rejected op again as it is (e.g. after the member it needed was fixed). */
    public void retry(long seq) {
        store.write(c -> {
            ClientStore.raise(c, CHANGED);
            OutboxOp op = one(c, seq);
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET state = 'PENDING', reason_code = NULL,"
                    + " reason_th = NULL, reason_field = NULL WHERE seq = ? AND state = 'REJECTED'")) {
                ps.setLong(1, seq);
                ps.executeUpdate();
            }
            if (op != null) {
                states.mark(c, op.type(), op.entityId(), SyncState.PENDING);
            }
            return null;
        });
    }

    /**
     * Gives up a rejected op: it leaves the outbox and, for a ledger entry or a price the server
     * never accepted, so does the record it created on this phone. Only rejected ops can go.
     */
    public void discard(long seq) {
        store.write(c -> {
            ClientStore.raise(c, CHANGED);
            OutboxOp op = one(c, seq);
            if (op == null || op.state() != SyncState.REJECTED) {
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox WHERE seq = ?")) {
                ps.setLong(1, seq);
                ps.executeUpdate();
            }
            states.forget(c, op.type(), op.entityId());
            return null;
        });
    }

    private int count(String state) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM outbox WHERE state = ?")) {
                ps.setString(1, state);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private static boolean hasPending(Connection c, UUID entityId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM outbox WHERE entity_id = ? AND state = 'PENDING' LIMIT 1")) {
            ps.setString(1, entityId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static OutboxOp one(Connection c, long seq) throws SQLException {
        List<OutboxOp> found = query(c, "WHERE seq = " + seq);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<OutboxOp> query(Connection c, String where) throws SQLException {
        List<OutboxOp> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, op_id, type, entity_id, payload, recorded_at, state,"
                + " attempts, reason_code, reason_th FROM outbox " + where);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new OutboxOp(rs.getLong(1), UUID.fromString(rs.getString(2)), rs.getString(3),
                        UUID.fromString(rs.getString(4)), rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)),
                        SyncState.valueOf(rs.getString(7)), rs.getInt(8), rs.getString(9), rs.getString(10)));
            }
        }
        return out;
    }
}
