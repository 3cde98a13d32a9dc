package th.wastebank.client.village;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import th.wastebank.client.common.Validation;
import th.wastebank.client.outbox.Outbox;
import th.wastebank.client.store.ClientStore;
import th.wastebank.client.store.SyncState;
import th.wastebank.id.IdGenerator;
import th.wastebank.village.VillageUpsert;

/**
 * The อปท.'s list of villages: adding one, editing its number, name or retirement, listing them. Each
 * change is written with its {@code village.upsert} op in one transaction after the checks the
 * server makes; an edit is one version more than the one the phone knew, as for the roster.
 */
public final class VillageService {
    private static final String SELECT = "SELECT id, number, name, retired, version, sync_state FROM village";

    private final ClientStore store;
    private final Clock clock;
    private final IdGenerator ids;

    public VillageService(ClientStore store, Clock clock, IdGenerator ids) {
        this.store = store;
        this.clock = clock;
        this.ids = ids;
    }

    /** What the committee decides for a village; a blank name is none. */
    public record Draft(int number, String name, boolean retired) {
    }

    public Village add(Draft draft) {
        UUID id = ids.next();
        VillageUpsert upsert = toUpsert(draft, 1);
        return store.write(c -> {
            save(c, id, upsert, SyncState.PENDING, clock.millis());
            Outbox.add(c, ids.next(), id, upsert, clock.instant());
            return find(c, id).orElseThrow();
        });
    }

    public Village edit(UUID id, Draft draft) {
        return store.write(c -> {
            Village current = find(c, id).orElseThrow(() -> new IllegalArgumentException("no village " + id));
            VillageUpsert upsert = toUpsert(draft, current.version() + 1);
            save(c, id, upsert, SyncState.PENDING, clock.millis());
            Outbox.add(c, ids.next(), id, upsert, clock.instant());
            return find(c, id).orElseThrow();
        });
    }

    public Optional<Village> get(UUID id) {
        return store.read(c -> find(c, id));
    }

    /** Every village, retired ones too, by number (two with one number: by name). */
    public List<Village> list() {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY number, name, id")) {
                return list(ps);
            }
        });
    }

    /** The villages the member form offers: those not retired, by number. */
    public List<Village> active() {
        return list().stream().filter(v -> !v.retired()).toList();
    }

    private VillageUpsert toUpsert(Draft d, long version) {
        String name = d.name() == null || d.name().isBlank() ? null : d.name().strip();
        VillageUpsert upsert = new VillageUpsert(d.number(), name, d.retired(), version);
        Validation.require(upsert, clock.instant());
        return upsert;
    }

    /** Writes a village row as the given state (used for local edits and for pulled changes). */
    public static void save(Connection c, UUID id, VillageUpsert v, SyncState state, long updatedAt)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO village (id, number, name, retired, version,"
                + " updated_at, sync_state) VALUES (?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET number = excluded.number,"
                + " name = excluded.name, retired = excluded.retired, version = excluded.version,"
                + " updated_at = excluded.updated_at, sync_state = excluded.sync_state")) {
            ps.setString(1, id.toString());
            ps.setInt(2, v.number());
            ps.setString(3, v.name());
            ps.setInt(4, v.retired() ? 1 : 0);
            ps.setLong(5, v.version());
            ps.setLong(6, updatedAt);
            ps.setString(7, state.name());
            ps.executeUpdate();
        }
    }

    private static Optional<Village> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
            ps.setString(1, id.toString());
            List<Village> found = list(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private static List<Village> list(PreparedStatement ps) throws SQLException {
        List<Village> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Village(UUID.fromString(rs.getString(1)), new VillageUpsert(rs.getInt(2), rs.getString(3),
                        rs.getInt(4) != 0, rs.getLong(5)), SyncState.valueOf(rs.getString(6))));
            }
        }
        return out;
    }
}
