package th.wastebank.client.committee;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import th.wastebank.client.common.Validation;
import th.wastebank.client.outbox.Outbox;
import th.wastebank.client.store.ClientStore;
import th.wastebank.client.store.SyncState;
import th.wastebank.committee.CommitteeUpsert;
import th.wastebank.id.IdGenerator;
import th.wastebank.validation.Dates;

/**
 * The bank's committee roster: adding a person, editing their seat or term, listing it. Each change
 * is written with its {@code committee.upsert} op in one transaction after the checks the server
 * makes; an edit is one version more than the one the phone knew, as for members and schemes.
 */
public final class CommitteeService {
    private static final String SELECT = "SELECT m.id, m.name, m.role, m.from_day, m.to_day, m.version, m.sync_state,"
            + " EXISTS (SELECT 1 FROM committee_pin p WHERE p.member_id = m.id) FROM committee_member m";

    private final ClientStore store;
    private final Clock clock;
    private final IdGenerator ids;

    public CommitteeService(ClientStore store, Clock clock, IdGenerator ids) {
        this.store = store;
        this.clock = clock;
        this.ids = ids;
    }

    /** What the committee decides for a seat; {@code role} as in the contract, {@code to} null while it runs. */
    public record Draft(String name, String role, LocalDate from, LocalDate to) {
    }

    public CommitteeMember add(Draft draft) {
        UUID id = ids.next();
        CommitteeUpsert upsert = toUpsert(draft, 1);
        return store.write(c -> {
            save(c, id, upsert, SyncState.PENDING, clock.millis());
            Outbox.add(c, ids.next(), id, upsert, clock.instant());
            return find(c, id).orElseThrow();
        });
    }

    public CommitteeMember edit(UUID id, Draft draft) {
        return store.write(c -> {
            CommitteeMember current = find(c, id)
                    .orElseThrow(() -> new IllegalArgumentException("no roster member " + id));
            CommitteeUpsert upsert = toUpsert(draft, current.version() + 1);
            save(c, id, upsert, SyncState.PENDING, clock.millis());
            Outbox.add(c, ids.next(), id, upsert, clock.instant());
            return find(c, id).orElseThrow();
        });
    }

    public Optional<CommitteeMember> get(UUID id) {
        return store.read(c -> find(c, id));
    }

    /** The whole roster: those in term today first (by seat, then name), then those whose term ended. */
    public List<CommitteeMember> list() {
        LocalDate today = LocalDate.now(clock.withZone(Dates.THAI));
        List<CommitteeMember> all = store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY m.name, m.id")) {
                return list(ps);
            }
        });
        List<CommitteeMember> out = new ArrayList<>(all.stream().filter(m -> m.onCommittee(today))
                .sorted(Comparator.comparing(CommitteeMember::role)).toList());
        all.stream().filter(m -> !m.onCommittee(today)).forEach(out::add);
        return out;
    }

    /** Those on the committee on {@code day}, by seat then name. */
    public List<CommitteeMember> onCommittee(LocalDate day) {
        return list().stream().filter(m -> m.onCommittee(day)).toList();
    }

    /** True once the bank has anyone on its roster: then money is approved with PINs, not typed names. */
    public boolean hasRoster() {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM committee_member)");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    private CommitteeUpsert toUpsert(Draft d, long version) {
        String name = d.name() == null || d.name().isBlank() ? null : d.name().strip();
        CommitteeUpsert upsert = new CommitteeUpsert(name, d.role(), d.from(), d.to(), version);
        Validation.require(upsert, clock.instant());
        return upsert;
    }

    /** Writes a roster row as the given state (used for local edits and for pulled changes). */
    public static void save(Connection c, UUID id, CommitteeUpsert s, SyncState state, long updatedAt)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO committee_member (id, name, role, from_day, to_day,"
                + " version, updated_at, sync_state) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
                + " name = excluded.name, role = excluded.role, from_day = excluded.from_day, to_day = excluded.to_day,"
                + " version = excluded.version, updated_at = excluded.updated_at, sync_state = excluded.sync_state")) {
            ps.setString(1, id.toString());
            ps.setString(2, s.name());
            ps.setString(3, s.role());
            ps.setString(4, s.from().toString());
            ps.setString(5, s.to() == null ? null : s.to().toString());
            ps.setLong(6, s.version());
            ps.setLong(7, updatedAt);
            ps.setString(8, state.name());
            ps.executeUpdate();
        }
    }

    static Optional<CommitteeMember> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE m.id = ?")) {
            ps.setString(1, id.toString());
            List<CommitteeMember> found = list(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private static List<CommitteeMember> list(PreparedStatement ps) throws SQLException {
        List<CommitteeMember> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String to = rs.getString(5);
                CommitteeUpsert s = new CommitteeUpsert(rs.getString(2), rs.getString(3),
                        LocalDate.parse(rs.getString(4)), to == null ? null : LocalDate.parse(to), rs.getLong(6));
                out.add(new CommitteeMember(UUID.fromString(rs.getString(1)), s, rs.getBoolean(8),
                        SyncState.valueOf(rs.getString(7))));
            }
        }
        return out;
    }
}
