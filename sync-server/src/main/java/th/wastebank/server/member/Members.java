package th.wastebank.server.member;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Singleton;

import th.wastebank.member.MemberNumber;
import th.wastebank.member.MemberStatus;
import th.wastebank.member.Membership;
import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Reads;

/**
 * Every read of the {@code member} table off the push path, always within one org: a member's name
 * and village, and the counts of members and villages the dashboard and the official form show.
 * Pages and reports ask here instead of writing their own SQL on the table; the push path's
 * {@link MemberBatch} reads its members in bulk inside the push's transaction (ADR 0001).
 */
@Singleton
public class Members {
    private final Reads reads;

    public Members(Database database) {
        this.reads = database.reads();
    }

    /**
     * A member as a page names them; {@code number} is the card's "0042-7", or "" until the server
     * gave one; {@code leftOn} the day they moved away, died, left or were merged (null: a member).
     */
    public record Member(UUID id, String name, String village, String number, LocalDate leftOn) {
    }

    /** The columns {@link #leftOn} reads, from its {@code first}. */
    private static final String LEFT_COLUMNS = "status, status_on, merged_on";

    /** Members, and the villages they live in, as one count. */
    public record Counts(long villages, long members) {
    }

    /** The member, if they belong to the org (another org's member does not exist for it). */
    public Optional<Member> find(long orgId, UUID memberId) {
        return reads.with(c -> find(c, orgId, memberId));
    }

    /** {@link #find(long, UUID)} on a connection the caller holds. */
    public static Optional<Member> find(Connection c, long orgId, UUID memberId) throws SQLException {
        return Reads.one(c, "SELECT name, village, number, " + LEFT_COLUMNS + " FROM member WHERE id = ? AND org_id = ?",
                rs -> new Member(memberId, rs.getString(1), rs.getString(2), number(rs, 3), leftOn(rs, 4)), memberId,
                orgId);
    }

    /** Every member of the org, by name. */
    public List<Member> all(long orgId) {
        return reads.list("SELECT id, name, village, number, " + LEFT_COLUMNS + " FROM member WHERE org_id = ?"
                + " ORDER BY name, id", Members::member, orgId);
    }

    /** {@link #all(long)} on a connection the caller holds (one snapshot with the ledger). */
    public static List<Member> all(Connection c, long orgId) throws SQLException {
        return Reads.list(c, "SELECT id, name, village, number, " + LEFT_COLUMNS + " FROM member WHERE org_id = ?"
                + " ORDER BY name, id", Members::member, orgId);
    }

    private static Member member(ResultSet rs) throws SQLException {
        return new Member(Jdbc.uuid(rs.getBytes(1)), rs.getString(2), rs.getString(3), number(rs, 4), leftOn(rs, 5));
    }

    /** The day membership ended ({@link Membership#leftOn}) from the {@link #LEFT_COLUMNS} at {@code first}. */
    private static LocalDate leftOn(ResultSet rs, int first) throws SQLException {
        LocalDate statusLeftOn = MemberStatus.orActive(rs.getString(first)).ended()
                ? rs.getObject(first + 1, LocalDate.class) : null;
        return Membership.leftOn(statusLeftOn, rs.getObject(first + 2, LocalDate.class));
    }

    private static String number(ResultSet rs, int column) throws SQLException {
        long n = rs.getLong(column);
        return rs.wasNull() ? "" : MemberNumber.format(n);
    }

    /** The member's name on a connection a page already holds; none when not the org's. */
    public static Optional<String> name(Connection c, long orgId, UUID memberId) throws SQLException {
        return Reads.one(c, "SELECT name FROM member WHERE id = ? AND org_id = ?", rs -> rs.getString(1), memberId, orgId);
    }

    /** The names of those of {@code memberIds} who are the org's members, on a connection already held. */
    public static Map<UUID, String> names(Connection c, long orgId, Collection<UUID> memberIds) throws SQLException {
        Map<UUID, String> out = new HashMap<>();
        if (memberIds.isEmpty()) {
            return out;
        }
        List<Object> params = new ArrayList<>();
        params.add(orgId);
        params.addAll(memberIds);
        Reads.list(c, "SELECT id, name FROM member WHERE org_id = ? AND id IN (" + Jdbc.placeholders(memberIds.size())
                + ")", rs -> out.put(Jdbc.uuid(rs.getBytes(1)), rs.getString(2)), params.toArray());
        return out;
    }

    /**
     * The members active on {@code day} and the villages they live in, as {@link Membership} defines
     * them (joined by that day and not yet moved away, died, left or merged; a village counted once
     * by its หมู่ที่ however it was written): the one count the dashboard (today) and the official form
     * (the month's last day) both show. Counted here rather than in SQL, so the rule is written once.
     */
    public Counts countsActiveOn(long orgId, LocalDate day) {
        Residents residents = residentsOn(orgId, day);
        return new Counts(residents.byVillage().size(), residents.members());
    }

    /**
     * Where the members active on {@code day} live: how many under each village key
     * ({@link Membership#villageKey}: a หมู่ที่ counted once however it was written), and how many
     * named no village. The dashboard's villages section lays the อปท.'s list of villages over it.
     */
    public record Residents(Map<String, Long> byVillage, long withoutVillage) {
        public long members() {
            return withoutVillage + byVillage.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** {@link Residents} of the org on {@code day}, by the rule {@link #countsActiveOn} counts with. */
    public Residents residentsOn(long orgId, LocalDate day) {
        return reads.query("SELECT joined_on, " + LEFT_COLUMNS + ", village_no, village FROM member"
                + " WHERE org_id = ? AND joined_on <= ?", rs -> {
                    Map<String, Long> villages = new HashMap<>();
                    long without = 0;
                    while (rs.next()) {
                        if (!Membership.activeOn(rs.getObject(1, LocalDate.class), leftOn(rs, 2), day)) {
                            continue;
                        }
                        String key = Membership.villageKey(rs.getObject(5, Integer.class), rs.getString(6));
                        if (key == null) {
                            without++;
                        } else {
                            villages.merge(key, 1L, Long::sum);
                        }
                    }
                    return new Residents(Map.copyOf(villages), without);
                }, orgId, day);
    }
}
