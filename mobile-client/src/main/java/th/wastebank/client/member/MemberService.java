package th.wastebank.client.member;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import th.wastebank.client.common.Validation;
import th.wastebank.client.outbox.Outbox;
import th.wastebank.client.store.ClientStore;
import th.wastebank.client.store.SyncState;
import th.wastebank.id.IdGenerator;
import th.wastebank.member.MemberStatus;
import th.wastebank.member.MemberUpsert;
import th.wastebank.member.Membership;
import th.wastebank.validation.Dates;

/**
 * Registers, edits and finds members on the phone. Each change is written with its
 * {@code member.upsert} op in one transaction.
 */
public final class MemberService {
    private static final String SELECT = "SELECT id, name, house_no, village, phone, joined_on, version, sync_state,"
            + " number, village_no, status, status_on, status_note, merged_into, merged_on FROM member";
    private final ClientStore store;
    private final Clock clock;
    private final IdGenerator ids;

    public MemberService(ClientStore store, Clock clock, IdGenerator ids) {
        this.store = store;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * What a committee member types or picks for a member: the village as picked from the bank's list
     * ({@code villageNo}, with its name in {@code village}) or typed, and whether they still belong to
     * the bank (a status other than active needs its day).
     */
    public record Draft(String name, String houseNo, String village, String phone, LocalDate joinedOn,
                        Integer villageNo, MemberStatus status, LocalDate statusOn, String statusNote) {
        /** A new or still active member. */
        public Draft(String name, String houseNo, String village, String phone, LocalDate joinedOn) {
            this(name, houseNo, village, phone, joinedOn, null, MemberStatus.ACTIVE, null, null);
        }

        /** The op this draft makes at {@code version}: texts trimmed, blank ones left out; not yet checked. */
        public MemberUpsert toUpsert(long version) {
            return new MemberUpsert(blankToNull(name), blankToNull(houseNo), Membership.village(village),
                    blankToNull(phone), joinedOn, version, null, null, null, null, villageNo)
                    .withStatus(status, statusOn, blankToNull(statusNote));
        }
    }

    public Member register(Draft draft) {
        UUID id = ids.next();
        MemberUpsert upsert = toUpsert(draft, 1);
        return store.write(c -> {
            save(c, id, upsert, SyncState.PENDING);
            Outbox.add(c, ids.next(), id, upsert, clock.instant());
            return toMember(id, upsert, SyncState.PENDING, null);
        });
    }

    public Member edit(UUID id, Draft draft) {
        return store.write(c -> {
            Member current = find(c, id).orElseThrow(() -> new IllegalArgumentException("no member " + id));
            MemberUpsert upsert = toUpsert(draft, current.version() + 1);
            save(c, id, upsert, SyncState.PENDING);
            Outbox.add(c, ids.next(), id, upsert, clock.instant());
            return toMember(id, upsert.withNumber(current.number()), SyncState.PENDING, current.standing());
        });
    }

    public Optional<Member> get(UUID id) {
        return store.read(c -> find(c, id));
    }

    /** The member with this running number in the bank (ADR 0014), if this phone knows them. */
    public Optional<Member> byNumber(long number) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE number = ? ORDER BY id LIMIT 1")) {
                ps.setLong(1, number);
                List<Member> found = list(ps);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    /** Every member with a number who has not left by today, lowest first: the cards to print. */
    public List<Member> numbered() {
        LocalDate today = LocalDate.now(clock.withZone(Dates.THAI));
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE number IS NOT NULL ORDER BY number")) {
                return list(ps).stream().filter(m -> !Membership.leftBy(m.leftOn(), today)).toList();
            }
        });
    }

    /** True when a member the server already has lacks a number: pulled before numbers existed. */
    public boolean anySyncedWithoutNumber() {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM member WHERE number IS NULL"
                    + " AND sync_state IN ('SENT', 'PULLED') LIMIT 1"); ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    /** Keeps the numbers the server gave (by member id); members this phone does not know are left out. */
    public void keepNumbers(Map<UUID, Long> numbers) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE member SET number = ? WHERE id = ?")) {
                for (Map.Entry<UUID, Long> e : numbers.entrySet()) {
                    ps.setLong(1, e.getValue());
                    ps.setString(2, e.getKey().toString());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /**
     * Members whose name, house number or village contains {@code query} (all when blank), by name;
     * a duplicate merged into another member is no longer offered (ADR 0019).
     */
    public List<Member> search(String query, int limit) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE search_key LIKE ? ESCAPE '\\'"
                    + " AND merged_into IS NULL ORDER BY name LIMIT ?")) {
                ps.setString(1, "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                ps.setInt(2, limit);
                return list(ps);
            }
        });
    }

    /**
     * The other members with this name, spaces and letter case aside (null {@code except} when
     * registering): the committee may be about to register someone twice.
     */
    public List<Member> namesakes(String name, UUID except) {
        String key = MemberUpsert.comparableName(name);
        if (key.isEmpty()) {
            return List.of();
        }
        return search(key, 50).stream()
                .filter(other -> MemberUpsert.comparableName(other.name()).equals(key))
                .filter(other -> !other.id().equals(except))
                .toList();
    }

    /** Members counted today (joined and not yet left, as {@link Membership} counts them) and those who left. */
    public record Counts(int active, int left) {
    }

    /** Who belongs to the bank today, by the rule the official form counts with, and who has left. */
    public Counts counts() {
        LocalDate today = LocalDate.now(clock.withZone(Dates.THAI));
        return store.read(c -> {
            int active = 0;
            int left = 0;
            for (Member m : all(c)) {
                if (Membership.activeOn(m.joinedOn(), m.leftOn(), today)) {
                    active++;
                } else if (Membership.leftBy(m.leftOn(), today)) {
                    left++;
                }
            }
            return new Counts(active, left);
        });
    }

    private MemberUpsert toUpsert(Draft d, long version) {
        MemberUpsert upsert = d.toUpsert(version);
        Validation.require(upsert, clock.instant());
        return upsert;
    }

    /**
     * Writes a member row as the given state (used for local edits and for pulled changes). A pulled
     * state carries the server's number, which replaces the row's; a local edit carries none and
     * keeps it.
     */
    public static void save(Connection c, UUID id, MemberUpsert m, SyncState state) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO member (id, name, house_no, village, phone, joined_on,"
                + " version, search_key, sync_state, number, village_no, status, status_on, status_note)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
                + " name = excluded.name, house_no = excluded.house_no, village = excluded.village,"
                + " phone = excluded.phone, joined_on = excluded.joined_on, version = excluded.version,"
                + " search_key = excluded.search_key, sync_state = excluded.sync_state,"
                + " number = COALESCE(excluded.number, member.number), village_no = excluded.village_no,"
                + " status = excluded.status, status_on = excluded.status_on, status_note = excluded.status_note")) {
            ps.setString(1, id.toString());
            ps.setString(2, m.name());
            ps.setString(3, m.houseNo());
            ps.setString(4, m.village());
            ps.setString(5, m.phone());
            ps.setString(6, m.joinedOn().toString());
            ps.setLong(7, m.version());
            ps.setString(8, searchKey(m));
            ps.setString(9, state.name());
            ps.setObject(10, m.number());
            ps.setObject(11, m.villageNo());
            ps.setString(12, m.memberStatus().ended() ? m.memberStatus().name() : null);
            ps.setString(13, m.statusOn() == null ? null : m.statusOn().toString());
            ps.setString(14, m.statusNote());
            ps.executeUpdate();
        }
    }

    /** Every member, by name (a levy goes to all of them). */
    public static List<Member> all(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY name, id")) {
            return list(ps);
        }
    }

    public static Optional<Member> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
            ps.setString(1, id.toString());
            List<Member> found = list(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private static List<Member> list(PreparedStatement ps) throws SQLException {
        List<Member> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Long number = numberOrNull(rs.getLong(9), rs.wasNull());
                int villageNo = rs.getInt(10);
                Integer village = rs.wasNull() ? null : villageNo;
                String mergedInto = rs.getString(14);
                Member.Standing standing = new Member.Standing(MemberStatus.orActive(rs.getString(11)),
                        day(rs.getString(12)), rs.getString(13), mergedInto == null ? null : UUID.fromString(mergedInto),
                        day(rs.getString(15)));
                out.add(new Member(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), LocalDate.parse(rs.getString(6)), rs.getLong(7),
                        SyncState.valueOf(rs.getString(8)), number, village, standing));
            }
        }
        return out;
    }

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static Long numberOrNull(long number, boolean wasNull) {
        return wasNull ? null : number;
    }

    private static Member toMember(UUID id, MemberUpsert m, SyncState state, Member.Standing was) {
        Member.Standing standing = new Member.Standing(m.memberStatus(), m.statusOn(), m.statusNote(),
                was == null ? null : was.mergedInto(), was == null ? null : was.mergedOn());
        return new Member(id, m.name(), m.houseNo(), m.village(), m.phone(), m.joinedOn(), m.version(), state,
                m.number(), m.villageNo(), standing);
    }

    private static String searchKey(MemberUpsert m) {
        return String.join(" ", nz(m.name()), nz(m.houseNo()), nz(m.village()), nz(m.phone())).toLowerCase(Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Whom the member was merged into (ADR 0019), or null while they are a member in their own right. */
    public static UUID mergedInto(Connection c, UUID memberId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT merged_into FROM member WHERE id = ?")) {
            ps.setString(1, memberId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                String into = rs.next() ? rs.getString(1) : null;
                return into == null ? null : UUID.fromString(into);
            }
        }
    }

    /** {@link #mergedInto(Connection, UUID)} in its own read. */
    public UUID mergedInto(UUID memberId) {
        return store.read(c -> mergedInto(c, memberId));
    }

    /** Marks the duplicate merged into {@code into} on {@code day} (both null: a member again, the merge refused). */
    public static void markMerged(Connection c, UUID duplicate, UUID into, LocalDate day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE member SET merged_into = ?, merged_on = ? WHERE id = ?")) {
            ps.setString(1, into == null ? null : into.toString());
            ps.setString(2, day == null ? null : day.toString());
            ps.setString(3, duplicate.toString());
            ps.executeUpdate();
        }
    }
}
