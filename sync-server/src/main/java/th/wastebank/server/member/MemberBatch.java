package th.wastebank.server.member;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import th.wastebank.json.CanonicalJson;
import th.wastebank.json.PayloadReader;
import th.wastebank.member.MemberUpsert;
import th.wastebank.member.Membership;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.BatchState;
import th.wastebank.server.sync.WriteOrder;

/** Members a push reads (by id, whatever their org) and the member rows it writes. */
public final class MemberBatch implements BatchState {
    /**
     * A member as stored: its org, its current state and, for a duplicate record merged into another,
     * the day of the merge (null: not merged).
     */
    public record Member(long orgId, MemberUpsert state, LocalDate mergedOn) {
        public Member(long orgId, MemberUpsert state) {
            this(orgId, state, null);
        }

        /** The day the member stopped being counted (left or merged), or null while they still are. */
        public LocalDate leftOn() {
            return Membership.leftOn(state.leftOn(), mergedOn);
        }
    }

    private final Set<UUID> wanted = new HashSet<>();
    private final Set<String> wantedNames = new HashSet<>();
    /** Members of the batch's org by their name as compared (stored ones with the names asked for, and new ones). */
    private final Map<String, Map<UUID, MemberUpsert>> byName = new HashMap<>();
    private final Map<UUID, Member> known = new HashMap<>();
    private final List<Object[]> inserts = new ArrayList<>();
    private final List<Object[]> updates = new ArrayList<>();
    private final List<Object[]> versions = new ArrayList<>();
    private final List<Object[]> merges = new ArrayList<>();
    /** The org's highest member number, read under the push's org lock; -1 before {@link #load}. */
    private long lastNumber = -1;
    private boolean numbering;

    public static MemberBatch of(Batch batch) {
        return batch.state(MemberBatch.class, MemberBatch::new);
    }

    public void want(UUID memberId) {
        if (memberId != null) {
            wanted.add(memberId);
        }
    }

    /** The push registers or edits members: the org's highest member number is read with them. */
    void wantNumbers() {
        numbering = true;
    }

    /** A name a push registers or edits: its namesakes in the org are read with the members. */
    public void wantName(String name) {
        if (name != null && !name.isBlank()) {
            wantedNames.add(name.strip());
        }
    }

    /**
     * The other members of the org with the same name as {@code name} (spaces and letter case aside),
     * stored or registered earlier in this push: a new one among them may be a member registered twice.
     */
    public Map<UUID, MemberUpsert> namesakes(UUID memberId, String name) {
        Map<UUID, MemberUpsert> same = new HashMap<>(byName.getOrDefault(MemberUpsert.comparableName(name),
                Map.of()));
        same.remove(memberId);
        return same;
    }

    /** The member with this id in any org (null if none): callers must check the org. */
    public Member find(UUID memberId) {
        return known.get(memberId);
    }

    /** True when the member exists in the batch's org. */
    public boolean inOrg(UUID memberId, long orgId) {
        Member m = known.get(memberId);
        return m != null && m.orgId() == orgId;
    }

    /** The index of the first of these members not in the org, or -1 when all are. */
    public int firstNotInOrg(List<UUID> memberIds, long orgId) {
        for (int i = 0; i < memberIds.size(); i++) {
            if (!inOrg(memberIds.get(i), orgId)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Every member of the org with the day they joined and their name: the stored ones, with what
     * this push has registered or edited so far laid over them.
     */
    public Map<UUID, Member> allInOrg(Batch batch) throws SQLException {
        Map<UUID, Member> all = new HashMap<>();
        try (PreparedStatement ps = batch.connection().prepareStatement("SELECT id, " + COLUMNS + ", merged_on"
                + " FROM member WHERE org_id = ?")) {
            ps.setLong(1, batch.orgId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.put(Jdbc.uuid(rs.getBytes(1)), new Member(batch.orgId(), state(rs, 2),
                            rs.getObject(13, LocalDate.class)));
                }
            }
        }
        known.forEach((id, m) -> {
            if (m.orgId() == batch.orgId()) {
                all.put(id, m);
            }
        });
        return all;
    }

    /**
     * The number the next new member of the push's org gets (ADR 0014): one more than the org's
     * highest, read after the push took the org's lock, so two pushes (two phones that registered
     * members offline at the same time) are numbered one after the other and never alike.
     */
    long nextNumber() {
        if (lastNumber < 0) {
            throw new IllegalStateException("member numbers are given only after the batch has loaded");
        }
        return ++lastNumber;
    }

    /** The stored columns of a member's state, in {@link #state}'s order. */
    private static final String COLUMNS = "name, house_no, village, phone, joined_on, version, number, status,"
            + " status_on, status_note, village_no";

    /** The state in the {@link #COLUMNS} that start at {@code first}. */
    private static MemberUpsert state(ResultSet rs, int first) throws SQLException {
        int i = first;
        return new MemberUpsert(rs.getString(i), rs.getString(i + 1), rs.getString(i + 2), rs.getString(i + 3),
                rs.getObject(i + 4, LocalDate.class), rs.getLong(i + 5), rs.getObject(i + 6, Long.class),
                rs.getString(i + 7), rs.getObject(i + 8, LocalDate.class), rs.getString(i + 9),
                rs.getObject(i + 10, Integer.class));
    }

    void insert(long orgId, UUID id, MemberUpsert state, long seq) {
        inserts.add(new Object[] {Jdbc.bytes(id), orgId, state.name(), state.houseNo(), state.village(), state.phone(),
                state.joinedOn(), state.version(), seq, seq, state.number(), status(state), state.statusOn(),
                state.statusNote(), state.villageNo()});
        known.put(id, new Member(orgId, state));
        byName.computeIfAbsent(MemberUpsert.comparableName(state.name()), n -> new HashMap<>()).put(id, state);
    }

    void update(long orgId, UUID id, Member previous, MemberUpsert state, long seq) {
        versions.add(new Object[] {orgId, Jdbc.bytes(id), previous.state().version(),
                CanonicalJson.write(previous.state().toJson()), seq});
        updates.add(new Object[] {state.name(), state.houseNo(), state.village(), state.phone(), state.joinedOn(),
                state.version(), status(state), state.statusOn(), state.statusNote(), state.villageNo(), seq,
                Jdbc.bytes(id)});
        known.put(id, new Member(orgId, state, previous.mergedOn()));
    }

    /**
     * The member's state at {@code version} as kept when a later edit replaced it, or null when no
     * such state was kept (read only on a conflict, which is rare: one query per conflicting edit).
     */
    MemberUpsert stateAt(Batch batch, UUID memberId, long version) throws SQLException {
        try (PreparedStatement ps = batch.connection().prepareStatement("SELECT state FROM member_version"
                + " WHERE member_id = ? AND version = ? ORDER BY superseded_seq DESC LIMIT 1")) {
            ps.setBytes(1, Jdbc.bytes(memberId));
            ps.setLong(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? MemberUpsert.read(PayloadReader.of(batch.parseJson(rs.getString(1)))) : null;
            }
        }
    }

    /**
     * Marks {@code from}, a member of the batch's org loaded through {@link #want}, as merged into
     * {@code into} on {@code on}: no longer counted from that day; its record and passbook stay.
     */
    public void markMerged(UUID from, UUID into, LocalDate on) {
        Member m = known.get(from);
        if (m == null) {
            throw new IllegalStateException("a member is merged only once loaded");
        }
        merges.add(new Object[] {Jdbc.bytes(into), on, Jdbc.bytes(from)});
        known.put(from, new Member(m.orgId(), m.state(), on));
    }

    /** The stored status: null for an active member, as before statuses. */
    private static String status(MemberUpsert state) {
        return state.memberStatus().ended() ? state.memberStatus().name() : null;
    }

    @Override
    public WriteOrder order() {
        return WriteOrder.MEMBERS;
    }

    @Override
    public void load(Batch batch) throws SQLException {
        loadNamesakes(batch);
        if (wanted.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = batch.connection().prepareStatement("SELECT id, org_id, " + COLUMNS
                + ", merged_on FROM member WHERE id IN (" + Jdbc.placeholders(wanted.size()) + ")")) {
            Jdbc.bindIds(ps, 1, wanted);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    known.put(Jdbc.uuid(rs.getBytes(1)), new Member(rs.getLong(2), state(rs, 3),
                            rs.getObject(14, LocalDate.class)));
                }
            }
        }
        if (!numbering) {
            return;
        }
        try (PreparedStatement ps = batch.connection().prepareStatement("SELECT COALESCE(MAX(number), 0) FROM member"
                + " WHERE org_id = ?")) {
            ps.setLong(1, batch.orgId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                lastNumber = rs.getLong(1);
            }
        }
    }

    /** The org's stored members whose names a push registers (along the org-and-name index). */
    private void loadNamesakes(Batch batch) throws SQLException {
        if (wantedNames.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = batch.connection().prepareStatement("SELECT id, " + COLUMNS
                + " FROM member WHERE org_id = ? AND name IN (" + Jdbc.placeholders(wantedNames.size()) + ")")) {
            ps.setLong(1, batch.orgId());
            int i = 2;
            for (String name : wantedNames) {
                ps.setString(i++, name);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    MemberUpsert m = state(rs, 2);
                    byName.computeIfAbsent(MemberUpsert.comparableName(m.name()), n -> new HashMap<>())
                            .put(Jdbc.uuid(rs.getBytes(1)), m);
                }
            }
        }
    }

    @Override
    public void flush(Batch batch) throws SQLException {
        Jdbc.batch(batch.connection(), "INSERT INTO member (id, org_id, name, house_no, village, phone, joined_on,"
                + " version, created_seq, updated_seq, number, status, status_on, status_note, village_no)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", inserts);
        Jdbc.batch(batch.connection(), "INSERT INTO member_version (org_id, member_id, version, state, superseded_seq)"
                + " VALUES (?,?,?,?,?)", versions);
        Jdbc.batch(batch.connection(), "UPDATE member SET name = ?, house_no = ?, village = ?, phone = ?,"
                + " joined_on = ?, version = ?, status = ?, status_on = ?, status_note = ?, village_no = ?,"
                + " updated_seq = ? WHERE id = ?", updates);
        Jdbc.batch(batch.connection(), "UPDATE member SET merged_into = ?, merged_on = ? WHERE id = ?", merges);
    }
}
