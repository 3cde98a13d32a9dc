package th.wastebank.server.welfare;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.rollup.MonthlyRollups;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.BatchState;
import th.wastebank.server.sync.WriteOrder;
import th.wastebank.welfare.ClaimFile;
import th.wastebank.welfare.LevyRun;
import th.wastebank.welfare.SchemeUpsert;

/**
 * The welfare rows one push reads and writes: schemes, claims, levy runs (one per scheme and
 * event), payouts, and the monthly welfare totals by scheme kind that dashboards and reports read.
 */
public final class WelfareBatch implements BatchState {
    /** Kind used in the monthly totals for money paid into the fund from outside savings. */
    static final String FUND = "FUND";

    public record Scheme(long orgId, SchemeUpsert state) {
    }

    public record Claim(long orgId, UUID schemeId, UUID memberId, LocalDate eventDate, Long days, boolean eligible,
                        int payoutCount, long paidSatang) {
    }

    record Payout(UUID claimId, long amount) {
    }

    private record LevyEvent(UUID schemeId, String event) {
    }

    private record MonthKind(LocalDate month, String kind) {
    }

    private final Set<UUID> wantedSchemes = new HashSet<>();
    private final Set<UUID> wantedClaims = new HashSet<>();
    private final Set<LevyEvent> wantedEvents = new HashSet<>();
    private final Set<UUID> wantedPayouts = new HashSet<>();
    private final Map<UUID, Scheme> schemes = new HashMap<>();
    private final Map<UUID, Claim> claims = new HashMap<>();
    private final Set<LevyEvent> events = new HashSet<>();
    private final Map<UUID, Payout> payouts = new HashMap<>();
    private final Map<UUID, long[]> claimDeltas = new HashMap<>();
    private final Map<MonthKind, long[]> months = new HashMap<>();
    private final List<Object[]> schemeInserts = new ArrayList<>();
    private final List<Object[]> schemeUpdates = new ArrayList<>();
    private final List<Object[]> schemeVersions = new ArrayList<>();
    private final List<Object[]> claimInserts = new ArrayList<>();
    private final List<Object[]> levyInserts = new ArrayList<>();
    private final List<Object[]> payoutInserts = new ArrayList<>();

    public static WelfareBatch of(Batch batch) {
        return batch.state(WelfareBatch.class, WelfareBatch::new);
    }

    public void wantScheme(UUID id) {
        wantedSchemes.add(id);
    }

    public void wantClaim(UUID id) {
        wantedClaims.add(id);
    }

    void wantLevyEvent(UUID schemeId, String event) {
        wantedEvents.add(new LevyEvent(schemeId, event));
    }

    /** A reversal may target a payout: its claim is then loaded too. */
    public void wantPayout(UUID entryId) {
        wantedPayouts.add(entryId);
    }

    public Scheme scheme(UUID id) {
        return schemes.get(id);
    }

    public Claim claim(UUID id) {
        return claims.get(id);
    }

    Payout payout(UUID entryId) {
        return payouts.get(entryId);
    }

    boolean levyRun(UUID schemeId, String event) {
        return events.contains(new LevyEvent(schemeId, event));
    }

    void insertScheme(long orgId, UUID id, SchemeUpsert s, long seq) {
        schemeInserts.add(new Object[] {Jdbc.bytes(id), orgId, s.name(), s.kind(), s.funding(), s.status(),
                CanonicalJson.write(s.toJson()), s.version(), seq});
        schemes.put(id, new Scheme(orgId, s));
    }

    void updateScheme(long orgId, UUID id, Scheme previous, SchemeUpsert s, long seq) {
        schemeVersions.add(new Object[] {orgId, Jdbc.bytes(id), previous.state().version(),
                CanonicalJson.write(previous.state().toJson()), seq});
        schemeUpdates.add(new Object[] {s.name(), s.kind(), s.funding(), s.status(), CanonicalJson.write(s.toJson()),
                s.version(), seq, Jdbc.bytes(id)});
        schemes.put(id, new Scheme(orgId, s));
    }

    void insertClaim(long orgId, UUID id, ClaimFile c, boolean eligible, long seq) {
        claimInserts.add(new Object[] {Jdbc.bytes(id), orgId, Jdbc.bytes(c.schemeId()), Jdbc.bytes(c.memberId()),
                c.eventDate(), c.days(), c.note(), CanonicalJson.write(c.photos()), Jdbc.utc(c.filedAt()),
                eligible ? 1 : 0, seq});
        claims.put(id, new Claim(orgId, c.schemeId(), c.memberId(), c.eventDate(), c.days(), eligible, 0, 0));
    }

    void insertLevy(long orgId, UUID id, LevyRun run, long seq) {
        levyInserts.add(new Object[] {Jdbc.bytes(id), orgId, Jdbc.bytes(run.schemeId()), run.event(), run.reason(),
                run.basis(), Jdbc.utc(run.runAt()), run.lines().size(), run.total(), seq});
        events.add(new LevyEvent(run.schemeId(), run.event()));
    }

    void insertPayout(long orgId, UUID id, UUID claimId, long amount, Instant paidAt, long seq) {
        payoutInserts.add(new Object[] {Jdbc.bytes(id), orgId, Jdbc.bytes(claimId), amount, Jdbc.utc(paidAt), seq});
        payouts.put(id, new Payout(claimId, amount));
    }

    /** A payout of {@code amount} on the claim ({@code sign} 1), or its reversal ({@code sign} -1). */
    void claimPaid(UUID claimId, long amount, int sign) {
        Claim c = claims.get(claimId);
        claims.put(claimId, new Claim(c.orgId(), c.schemeId(), c.memberId(), c.eventDate(), c.days(), c.eligible(),
                c.payoutCount() + sign, c.paidSatang() + sign * amount));
        long[] d = claimDeltas.computeIfAbsent(claimId, k -> new long[2]);
        d[0] += sign;
        d[1] += sign * amount;
    }

    /** Adds to the month's welfare totals: {claims, payouts, payout satang, levy satang, contribution satang}. */
    void count(Instant at, String kind, long claims, long payouts, long payoutSatang, long levySatang,
               long contributionSatang) {
        count(MonthlyRollups.monthOf(at), kind, claims, payouts, payoutSatang, levySatang, contributionSatang);
    }

    void count(LocalDate month, String kind, long claims, long payouts, long payoutSatang, long levySatang,
               long contributionSatang) {
        long[] t = months.computeIfAbsent(new MonthKind(month.withDayOfMonth(1), kind), k -> new long[5]);
        t[0] += claims;
        t[1] += payouts;
        t[2] += payoutSatang;
        t[3] += levySatang;
        t[4] += contributionSatang;
    }

    @Override
    public WriteOrder order() {
        return WriteOrder.WELFARE;
    }

    @Override
    public void load(Batch batch) throws SQLException {
        if (!wantedPayouts.isEmpty()) {
            loadPayouts(batch);
        }
        if (!wantedClaims.isEmpty()) {
            loadClaims(batch);
        }
        if (!wantedSchemes.isEmpty()) {
            loadSchemes(batch);
        }
        if (!wantedEvents.isEmpty()) {
            loadEvents(batch);
        }
    }

    private void loadPayouts(Batch batch) throws SQLException {
        try (PreparedStatement ps = batch.connection().prepareStatement("SELECT id, claim_id, amount FROM welfare_payout"
                + " WHERE org_id = ? AND id IN (" + Jdbc.placeholders(wantedPayouts.size()) + ")")) {
            ps.setLong(1, batch.orgId());
            Jdbc.bindIds(ps, 2, wantedPayouts);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID claimId = Jdbc.uuid(rs.getBytes(2));
                    payouts.put(Jdbc.uuid(rs.getBytes(1)), new Payout(claimId, rs.getLong(3)));
                    wantedClaims.add(claimId);
                }
            }
        }
    }

    private void loadClaims(Batch batch) throws SQLException {
        try (PreparedStatement ps = batch.connection().prepareStatement("SELECT id, org_id, scheme_id, member_id,"
                + " event_date, days, eligible, payout_count, paid_satang FROM welfare_claim WHERE id IN ("
                + Jdbc.placeholders(wantedClaims.size()) + ")")) {
            Jdbc.bindIds(ps, 1, wantedClaims);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long days = rs.getLong(6);
                    Long daysOrNull = rs.wasNull() ? null : days;
                    Claim c = new Claim(rs.getLong(2), Jdbc.uuid(rs.getBytes(3)), Jdbc.uuid(rs.getBytes(4)),
                            rs.getObject(5, LocalDate.class), daysOrNull, rs.getInt(7) == 1, rs.getInt(8), rs.getLong(9));
                    claims.put(Jdbc.uuid(rs.getBytes(1)), c);
                    wantedSchemes.add(c.schemeId());
                }
            }
        }
    }

    private void loadSchemes(Batch batch) throws SQLException {
        try (PreparedStatement ps = batch.connection().prepareStatement("SELECT id, org_id, state FROM welfare_scheme"
                + " WHERE id IN (" + Jdbc.placeholders(wantedSchemes.size()) + ")")) {
            Jdbc.bindIds(ps, 1, wantedSchemes);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SchemeUpsert state = SchemeUpsert.read(PayloadReader.of(batch.parseJson(rs.getString(3))));
                    schemes.put(Jdbc.uuid(rs.getBytes(1)), new Scheme(rs.getLong(2), state));
                }
            }
        }
    }

    private void loadEvents(Batch batch) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT scheme_id, event_key FROM welfare_levy WHERE org_id = ? AND (");
        for (int i = 0; i < wantedEvents.size(); i++) {
            sql.append(i == 0 ? "" : " OR ").append("(scheme_id = ? AND event_key = ?)");
        }
        try (PreparedStatement ps = batch.connection().prepareStatement(sql.append(')').toString())) {
            ps.setLong(1, batch.orgId());
            int i = 2;
            for (LevyEvent e : wantedEvents) {
                ps.setBytes(i++, Jdbc.bytes(e.schemeId()));
                ps.setString(i++, e.event());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(new LevyEvent(Jdbc.uuid(rs.getBytes(1)), rs.getString(2)));
                }
            }
        }
    }

    /** Another claim (not {@code except}) on the same scheme, member and event day, stored or from this push. */
    UUID sameClaim(Batch batch, UUID except, ClaimFile c) throws SQLException {
        for (Map.Entry<UUID, Claim> e : claims.entrySet()) {
            Claim k = e.getValue();
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

    @Override
    public void flush(Batch batch) throws SQLException {
        var c = batch.connection();
        Jdbc.batch(c, "INSERT INTO welfare_scheme (id, org_id, name, kind, funding, status, state, version, updated_seq)"
                + " VALUES (?,?,?,?,?,?,?,?,?)", schemeInserts);
        Jdbc.batch(c, "INSERT INTO welfare_scheme_version (org_id, scheme_id, version, state, superseded_seq)"
                + " VALUES (?,?,?,?,?)", schemeVersions);
        Jdbc.batch(c, "UPDATE welfare_scheme SET name = ?, kind = ?, funding = ?, status = ?, state = ?, version = ?,"
                + " updated_seq = ? WHERE id = ?", schemeUpdates);
        Jdbc.batch(c, "INSERT INTO welfare_claim (id, org_id, scheme_id, member_id, event_date, days, note, photos,"
                + " filed_at, eligible, filed_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?)", claimInserts);
        Jdbc.batch(c, "INSERT INTO welfare_levy (id, org_id, scheme_id, event_key, reason, basis, run_at, member_count,"
                + " total, op_seq) VALUES (?,?,?,?,?,?,?,?,?,?)", levyInserts);
        Jdbc.batch(c, "INSERT INTO welfare_payout (id, org_id, claim_id, amount, paid_at, op_seq) VALUES (?,?,?,?,?,?)",
                payoutInserts);
        List<Object[]> deltas = new ArrayList<>();
        claimDeltas.forEach((id, d) -> deltas.add(new Object[] {d[0], d[1], Jdbc.bytes(id)}));
        Jdbc.batch(c, "UPDATE welfare_claim SET payout_count = payout_count + ?, paid_satang = paid_satang + ?"
                + " WHERE id = ?", deltas);
        List<Object[]> totals = new ArrayList<>();
        months.forEach((k, t) -> totals.add(new Object[] {batch.orgId(), k.month(), k.kind(), t[0], t[1], t[2], t[3], t[4],
                t[0], t[1], t[2], t[3], t[4]}));
        Jdbc.batch(c, "INSERT INTO org_welfare_month (org_id, month, kind, claim_count, payout_count, payout_satang,"
                + " levy_satang, contribution_satang) VALUES (?,?,?,?,?,?,?,?) ON DUPLICATE KEY UPDATE"
                + " claim_count = claim_count + ?, payout_count = payout_count + ?, payout_satang = payout_satang + ?,"
                + " levy_satang = levy_satang + ?, contribution_satang = contribution_satang + ?", totals);
    }
}
