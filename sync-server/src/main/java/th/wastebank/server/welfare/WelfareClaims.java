package th.wastebank.server.welfare;

import java.sql.Connection;
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
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.sync.Batch;
import th.wastebank.welfare.ClaimFile;

/** The claims one push reads (with their schemes) and files, and what its payouts add to them. */
final class WelfareClaims {
    private final Set<UUID> wanted = new HashSet<>();
    private final Map<UUID, WelfareBatch.Claim> claims = new HashMap<>();
    private final Map<UUID, long[]> paidDeltas = new HashMap<>();
    private final List<Object[]> inserts = new ArrayList<>();

    void want(UUID id) {
        wanted.add(id);
    }

    WelfareBatch.Claim find(UUID id) {
        return claims.get(id);
    }

    void insert(long orgId, UUID id, ClaimFile c, boolean eligible, long seq) {
        inserts.add(new Object[] {Jdbc.bytes(id), orgId, Jdbc.bytes(c.schemeId()), Jdbc.bytes(c.memberId()),
                c.eventDate(), c.days(), c.note(), CanonicalJson.write(c.photos()), Jdbc.utc(c.filedAt()),
                eligible ? 1 : 0, seq});
        claims.put(id, new WelfareBatch.Claim(orgId, c.schemeId(), c.memberId(), c.eventDate(), c.days(), eligible, 0, 0));
    }

    /** A payout of {@code amount} on the claim ({@code sign} 1), or its reversal ({@code sign} -1). */
    void paid(UUID claimId, long amount, int sign) {
        WelfareBatch.Claim c = claims.get(claimId);
        claims.put(claimId, new WelfareBatch.Claim(c.orgId(), c.schemeId(), c.memberId(), c.eventDate(), c.days(),
                c.eligible(), c.payoutCount() + sign, c.paidSatang() + sign * amount));
        long[] d = paidDeltas.computeIfAbsent(claimId, k -> new long[2]);
        d[0] += sign;
        d[1] += sign * amount;
    }

    /** Loads the wanted claims, and asks {@code schemes} for their schemes. */
    void load(Batch batch, WelfareSchemes schemes) throws SQLException {
        if (wanted.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = batch.connection().prepareStatement("SELECT id, org_id, scheme_id, member_id,"
                + " event_date, days, eligible, payout_count, paid_satang FROM welfare_claim WHERE id IN ("
                + Jdbc.placeholders(wanted.size()) + ")")) {
            Jdbc.bindIds(ps, 1, wanted);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long days = rs.getLong(6);
                    Long daysOrNull = rs.wasNull() ? null : days;
                    WelfareBatch.Claim c = new WelfareBatch.Claim(rs.getLong(2), Jdbc.uuid(rs.getBytes(3)),
                            Jdbc.uuid(rs.getBytes(4)), rs.getObject(5, LocalDate.class), daysOrNull, rs.getInt(7) == 1,
                            rs.getInt(8), rs.getLong(9));
                    claims.put(Jdbc.uuid(rs.getBytes(1)), c);
                    schemes.want(c.schemeId());
                }
            }
        }
    }

    /** Another claim (not {@code except}) on the same scheme, member and event day, stored or from this push. */
    UUID same(Batch batch, UUID except, ClaimFile c) throws SQLException {
        for (Map.Entry<UUID, WelfareBatch.Claim> e : claims.entrySet()) {
            WelfareBatch.Claim k = e.getValue();
            if (!e.getKey().equals(except) && k.orgId() == batch.orgId() && k.schemeId().equals(c.schemeId())
                    && k.memberId().equals(c.memberId()) && k.eventDate().equals(c.eventDate())) {
                return e.getKey();
            }
        }
        try (PreparedStatement ps = batch.connection().prepareStatement("SELECT id FROM welfare_claim WHERE org_id = ?"
                + " AND scheme_id = ? AND member_id = ? AND event_date = ? AND id <> ? LIMIT 1")) {
            ps.setLong(1, batch.orgId());
            ps.setBytes(2, Jdbc.bytes(c.schemeId()));
            ps.setBytes(3, Jdbc.bytes(c.memberId()));
            ps.setObject(4, c.eventDate());
            ps.setBytes(5, Jdbc.bytes(except));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Jdbc.uuid(rs.getBytes(1)) : null;
            }
        }
    }

    /** The claims filed in this push. */
    void flushFiled(Connection c) throws SQLException {
        Jdbc.batch(c, "INSERT INTO welfare_claim (id, org_id, scheme_id, member_id, event_date, days, note, photos,"
                + " filed_at, eligible, filed_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?)", inserts);
    }

    /** What this push's payouts and their reversals add to the claims (after the payouts are written). */
    void flushPaid(Connection c) throws SQLException {
        List<Object[]> deltas = new ArrayList<>();
        paidDeltas.forEach((id, d) -> deltas.add(new Object[] {d[0], d[1], Jdbc.bytes(id)}));
        Jdbc.batch(c, "UPDATE welfare_claim SET payout_count = payout_count + ?, paid_satang = paid_satang + ?"
                + " WHERE id = ?", deltas);
    }
}
