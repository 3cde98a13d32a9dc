package th.wastebank.client.welfare;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import th.wastebank.client.common.Invalid;
import th.wastebank.client.common.Validation;
import th.wastebank.client.outbox.Outbox;
import th.wastebank.client.store.ClientStore;
import th.wastebank.client.store.SyncState;
import th.wastebank.id.IdGenerator;
import th.wastebank.validation.ReasonCode;
import th.wastebank.welfare.SchemeUpsert;

/**
 * Sets up, edits and lists the bank's welfare schemes (funeral, illness, births…). Each change is
 * written with its {@code welfare.scheme.upsert} op in one transaction after the checks the server
 * makes; an edit is one version more than the one the phone knew, as for members and products.
 */
public final class SchemeService {
    private static final String COLUMNS = "id, name, kind, payout_rule, payout_amount, max_days, min_membership_months,"
            + " min_deposits, deposit_lookback_months, funding, levy_amount, deposit_share_bp, status, version, sync_state";

    private final ClientStore store;
    private final Clock clock;
    private final IdGenerator ids;

    public SchemeService(ClientStore store, Clock clock, IdGenerator ids) {
        this.store = store;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * What the committee decides for a scheme; money in satang, codes as in the contract.
     *
     * @param payoutAmount   per claim ({@code FIXED}) or per day ({@code PER_DAY})
     * @param depositShareBp for {@code DEPOSIT_SHARE}: basis points of each member's deposits (250 = 2.5%)
     */
    public record Draft(String name, String kind, String payoutRule, long payoutAmount, Long maxDays,
                        long minMembershipMonths, long minDeposits, long depositLookbackMonths, String funding,
                        Long levyAmount, Long depositShareBp, String status) {
    }

    public Scheme create(Draft draft) {
        UUID id = ids.next();
        SchemeUpsert upsert = toUpsert(draft, 1);
        return store.write(c -> {
            save(c, id, upsert, SyncState.PENDING, clock.millis());
            Outbox.add(c, ids.next(), id, upsert, clock.instant());
            return new Scheme(id, upsert, SyncState.PENDING);
        });
    }

    public Scheme edit(UUID id, Draft draft) {
        return store.write(c -> {
            Scheme current = find(c, id).orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_SCHEME, "schemeId"));
            SchemeUpsert upsert = toUpsert(draft, current.version() + 1);
            save(c, id, upsert, SyncState.PENDING, clock.millis());
            Outbox.add(c, ids.next(), id, upsert, clock.instant());
            return new Scheme(id, upsert, SyncState.PENDING);
        });
    }

    public Optional<Scheme> get(UUID id) {
        return store.read(c -> find(c, id));
    }

    /** Every scheme, active ones first, then by name. */
    public List<Scheme> list() {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM welfare_scheme"
                    + " ORDER BY CASE status WHEN 'ACTIVE' THEN 0 ELSE 1 END, name, id")) {
                return list(ps);
            }
        });
    }

    private SchemeUpsert toUpsert(Draft d, long version) {
        String name = d.name() == null || d.name().isBlank() ? null : d.name().strip();
        boolean perDay = SchemeUpsert.PER_DAY.equals(d.payoutRule());
        SchemeUpsert upsert = new SchemeUpsert(name, d.kind(), d.payoutRule(), d.payoutAmount(),
                perDay ? d.maxDays() : null, d.minMembershipMonths(), d.minDeposits(), d.depositLookbackMonths(),
                d.funding(), levyAmountFor(d), "DEPOSIT_SHARE".equals(d.funding()) ? d.depositShareBp() : null,
                d.status(), version);
        Validation.require(upsert, clock.instant());
        return upsert;
    }

    /** A levy amount only where the funding uses one, so an edit that changes the funding leaves no stale amount. */
    private static Long levyAmountFor(Draft d) {
        return "LEVY_PER_EVENT".equals(d.funding()) || "ANNUAL_FEE".equals(d.funding()) ? d.levyAmount() : null;
    }

    /** Writes a scheme row as the given state (used for local edits and for pulled changes). */
    public static void save(Connection c, UUID id, SchemeUpsert s, SyncState state, long updatedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO welfare_scheme (id, name, kind, payout_rule,"
                + " payout_amount, max_days, min_membership_months, min_deposits, deposit_lookback_months, funding,"
                + " levy_amount, deposit_share_bp, status, version, updated_at, sync_state)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET name = excluded.name,"
                + " kind = excluded.kind, payout_rule = excluded.payout_rule, payout_amount = excluded.payout_amount,"
                + " max_days = excluded.max_days, min_membership_months = excluded.min_membership_months,"
                + " min_deposits = excluded.min_deposits, deposit_lookback_months = excluded.deposit_lookback_months,"
                + " funding = excluded.funding, levy_amount = excluded.levy_amount,"
                + " deposit_share_bp = excluded.deposit_share_bp, status = excluded.status, version = excluded.version,"
                + " updated_at = excluded.updated_at, sync_state = excluded.sync_state")) {
            ps.setString(1, id.toString());
            ps.setString(2, s.name());
            ps.setString(3, s.kind());
            ps.setString(4, s.payoutRule());
            ps.setLong(5, s.payoutAmount());
            setNullable(ps, 6, s.maxDays());
            ps.setLong(7, s.minMembershipMonths());
            ps.setLong(8, s.minDeposits());
            ps.setLong(9, s.depositLookbackMonths());
            ps.setString(10, s.funding());
            setNullable(ps, 11, s.levyAmount());
            setNullable(ps, 12, s.depositShareBp());
            ps.setString(13, s.status());
            ps.setLong(14, s.version());
            ps.setLong(15, updatedAt);
            ps.setString(16, state.name());
            ps.executeUpdate();
        }
    }

    public static Optional<Scheme> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM welfare_scheme WHERE id = ?")) {
            ps.setString(1, id.toString());
            List<Scheme> found = list(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private static List<Scheme> list(PreparedStatement ps) throws SQLException {
        List<Scheme> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                SchemeUpsert s = new SchemeUpsert(rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        nullableLong(rs, 6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getString(10),
                        nullableLong(rs, 11), nullableLong(rs, 12), rs.getString(13), rs.getLong(14));
                out.add(new Scheme(UUID.fromString(rs.getString(1)), s, SyncState.valueOf(rs.getString(15))));
            }
        }
        return out;
    }

    static void setNullable(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    static Long nullableLong(ResultSet rs, int index) throws SQLException {
        long v = rs.getLong(index);
        return rs.wasNull() ? null : v;
    }
}
