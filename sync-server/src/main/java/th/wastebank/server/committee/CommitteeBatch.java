package th.wastebank.server.committee;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import th.wastebank.committee.CommitteeUpsert;
import th.wastebank.committee.Roster;
import th.wastebank.json.CanonicalJson;
import th.wastebank.json.PayloadReader;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.BatchState;
import th.wastebank.server.sync.WriteOrder;

/**
 * The committee roster as one push sees it: the seats its ops name (by id, whatever their org),
 * loaded in one query, and the seats it writes. An approval later in the push sees a seat set
 * earlier in it.
 */
final class CommitteeBatch implements BatchState {
    /** A roster member as stored: the org and the latest state. */
    record Seat(long orgId, CommitteeUpsert state) {
    }

    private final Set<UUID> wanted = new HashSet<>();
    private final Map<UUID, Seat> seats = new HashMap<>();
    private final List<Object[]> inserts = new ArrayList<>();
    private final List<Object[]> updates = new ArrayList<>();

    static CommitteeBatch of(Batch batch) {
        return batch.state(CommitteeBatch.class, CommitteeBatch::new);
    }

    void want(UUID id) {
        wanted.add(id);
    }

    /** The seat with this id in any org, or null. */
    Seat find(UUID id) {
        return seats.get(id);
    }

    /** The terms of the wanted seats that belong to {@code orgId}: the roster as the approval rule reads it. */
    Map<UUID, Roster.Term> terms(long orgId) {
        Map<UUID, Roster.Term> out = new HashMap<>();
        seats.forEach((id, seat) -> {
            if (seat.orgId() == orgId) {
                out.put(id, seat.state().term());
            }
        });
        return out;
    }

    void insert(long orgId, UUID id, CommitteeUpsert c, long seq) {
        inserts.add(new Object[] {Jdbc.bytes(id), orgId, c.name(), c.role(), c.from(), c.to(),
                CanonicalJson.write(c.toJson()), c.version(), seq});
        seats.put(id, new Seat(orgId, c));
    }

    void update(long orgId, UUID id, CommitteeUpsert c, long seq) {
        updates.add(new Object[] {c.name(), c.role(), c.from(), c.to(), CanonicalJson.write(c.toJson()), c.version(),
                seq, Jdbc.bytes(id)});
        seats.put(id, new Seat(orgId, c));
    }

    @Override
    public WriteOrder order() {
        return WriteOrder.COMMITTEE;
    }

    @Override
    public void load(Batch batch) throws SQLException {
        if (wanted.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = batch.connection().prepareStatement("SELECT id, org_id, state FROM committee_member"
                + " WHERE id IN (" + Jdbc.placeholders(wanted.size()) + ")")) {
            Jdbc.bindIds(ps, 1, wanted);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CommitteeUpsert state = CommitteeUpsert.read(PayloadReader.of(batch.parseJson(rs.getString(3))));
                    if (state != null) {
                        seats.put(Jdbc.uuid(rs.getBytes(1)), new Seat(rs.getLong(2), state));
                    }
                }
            }
        }
    }

    @Override
    public void flush(Batch batch) throws SQLException {
        Jdbc.batch(batch.connection(), "INSERT INTO committee_member (id, org_id, name, role, from_day, to_day, state,"
                + " version, updated_seq) VALUES (?,?,?,?,?,?,?,?,?)", inserts);
        Jdbc.batch(batch.connection(), "UPDATE committee_member SET name = ?, role = ?, from_day = ?, to_day = ?,"
                + " state = ?, version = ?, updated_seq = ? WHERE id = ?", updates);
    }
}
