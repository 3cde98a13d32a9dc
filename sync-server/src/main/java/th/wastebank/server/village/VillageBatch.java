package th.wastebank.server.village;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import th.wastebank.json.CanonicalJson;
import th.wastebank.json.PayloadReader;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.BatchState;
import th.wastebank.server.sync.WriteOrder;
import th.wastebank.village.VillageUpsert;

/**
 * The villages one push sees: the ones its ops name (by id, whatever their org) and every village of
 * the pushing org (a few dozen at most), loaded in one query, so a village added earlier in the push
 * is seen by the number check of one added later in it.
 */
final class VillageBatch implements BatchState {
    /** A village as stored: its id, org and latest state. */
    record Stored(UUID id, long orgId, VillageUpsert state) {
    }

    private final Set<UUID> wanted = new HashSet<>();
    private final Map<UUID, Stored> villages = new LinkedHashMap<>();
    private final List<Object[]> inserts = new ArrayList<>();
    private final List<Object[]> updates = new ArrayList<>();

    static VillageBatch of(Batch batch) {
        return batch.state(VillageBatch.class, VillageBatch::new);
    }

    void want(UUID id) {
        wanted.add(id);
    }

    /** The village with this id in any org, or null. */
    Stored find(UUID id) {
        return villages.get(id);
    }

    /** The org's other villages with this number, the oldest first. */
    List<Stored> sameNumber(long orgId, int number, UUID except) {
        return villages.values().stream()
                .filter(v -> v.orgId() == orgId && v.state().number() == number && !v.id().equals(except))
                .sorted(Comparator.comparing(Stored::id))
                .toList();
    }

    void insert(long orgId, UUID id, VillageUpsert v, long seq) {
        inserts.add(new Object[] {Jdbc.bytes(id), orgId, v.number(), v.name(), v.retired(),
                CanonicalJson.write(v.toJson()), v.version(), seq, seq});
        villages.put(id, new Stored(id, orgId, v));
    }

    void update(UUID id, VillageUpsert v, long seq) {
        updates.add(new Object[] {v.number(), v.name(), v.retired(), CanonicalJson.write(v.toJson()), v.version(), seq,
                Jdbc.bytes(id)});
        villages.put(id, new Stored(id, villages.get(id).orgId(), v));
    }

    @Override
    public WriteOrder order() {
        return WriteOrder.VILLAGES;
    }

    @Override
    public void load(Batch batch) throws SQLException {
        if (wanted.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = batch.connection().prepareStatement("SELECT id, org_id, state FROM village"
                + " WHERE org_id = ? OR id IN (" + Jdbc.placeholders(wanted.size()) + ") ORDER BY id")) {
            ps.setLong(1, batch.orgId());
            Jdbc.bindIds(ps, 2, wanted);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    VillageUpsert state = VillageUpsert.read(PayloadReader.of(batch.parseJson(rs.getString(3))));
                    if (state != null) {
                        UUID id = Jdbc.uuid(rs.getBytes(1));
                        villages.put(id, new Stored(id, rs.getLong(2), state));
                    }
                }
            }
        }
    }

    @Override
    public void flush(Batch batch) throws SQLException {
        Jdbc.batch(batch.connection(), "INSERT INTO village (id, org_id, number, name, retired, state, version,"
                + " created_seq, updated_seq) VALUES (?,?,?,?,?,?,?,?,?)", inserts);
        Jdbc.batch(batch.connection(), "UPDATE village SET number = ?, name = ?, retired = ?, state = ?, version = ?,"
                + " updated_seq = ? WHERE id = ?", updates);
    }
}
