package th.wastebank.server.welfare;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;

/** An org's welfare as the server holds it: the fund (a sum of entries), schemes, claims and levy runs. */
@Singleton
public class WelfareQueries {
    private static final int RECENT = 200;

    private final DataSource dataSource;

    public WelfareQueries(Database database) {
        this.dataSource = database.pool();
    }

    /** The fund's balance and how it got there; every figure is a sum of ledger entries, in satang. */
    @Serdeable
    public record Fund(long balance, long levied, long contributed, long paidOut, long reversed, long entries) {
    }

    @Serdeable
    public record Scheme(UUID id, String name, String kind, String funding, String status, long claims,
                         long payouts, long paid) {
    }

    @Serdeable
    public record Claim(UUID id, UUID schemeId, String schemeName, String kind, UUID memberId, String memberName,
                        LocalDate eventDate, boolean eligible, long payoutCount, long paid) {
    }

    @Serdeable
    public record Levy(UUID id, UUID schemeId, String schemeName, String event, String reason, Instant runAt,
                       long members, long total) {
    }

    @Serdeable
    public record Summary(Fund fund, List<Scheme> schemes, List<Claim> claims, List<Levy> levies) {
    }

    public Summary summary(long orgId) {
        try (Connection c = dataSource.getConnection()) {
            return new Summary(fund(c, orgId), schemes(c, orgId), claims(c, orgId), levies(c, orgId));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Fund fund(long orgId) {
        try (Connection c = dataSource.getConnection()) {
            return fund(c, orgId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Fund fund(Connection c, long orgId) throws SQLException {
        long[] byKind = new long[16];
        long count = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, SUM(amount), COUNT(*) FROM ledger_entry"
                + " WHERE org_id = ? AND account = ? GROUP BY kind")) {
            ps.setLong(1, orgId);
            ps.setInt(2, Account.WELFARE_FUND.code());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byKind[rs.getInt(1)] = rs.getLong(2);
                    count += rs.getLong(3);
                }
            }
        }
        long balance = 0;
        for (long v : byKind) {
            balance += v;
        }
        return new Fund(balance, byKind[EntryKind.WELFARE_LEVY.code()], byKind[EntryKind.WELFARE_CONTRIBUTION.code()],
                -byKind[EntryKind.WELFARE_PAYOUT.code()], byKind[EntryKind.REVERSAL.code()], count);
    }

    private static List<Scheme> schemes(Connection c, long orgId) throws SQLException {
        List<Scheme> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.name, s.kind, s.funding, s.status,"
                + " COUNT(k.id), COALESCE(SUM(k.payout_count), 0), COALESCE(SUM(k.paid_satang), 0)"
                + " FROM welfare_scheme s LEFT JOIN welfare_claim k ON k.scheme_id = s.id AND k.org_id = s.org_id"
                + " WHERE s.org_id = ? GROUP BY s.id, s.name, s.kind, s.funding, s.status ORDER BY s.name")) {
            ps.setLong(1, orgId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Scheme(Jdbc.uuid(rs.getBytes(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)));
                }
            }
        }
        return out;
    }

    private static List<Claim> claims(Connection c, long orgId) throws SQLException {
        List<Claim> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT k.id, k.scheme_id, s.name, s.kind, k.member_id, m.name,"
                + " k.event_date, k.eligible, k.payout_count, k.paid_satang FROM welfare_claim k"
                + " JOIN welfare_scheme s ON s.id = k.scheme_id JOIN member m ON m.id = k.member_id"
                + " WHERE k.org_id = ? ORDER BY k.event_date DESC, k.filed_seq DESC LIMIT " + RECENT)) {
            ps.setLong(1, orgId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Claim(Jdbc.uuid(rs.getBytes(1)), Jdbc.uuid(rs.getBytes(2)), rs.getString(3),
                            rs.getString(4), Jdbc.uuid(rs.getBytes(5)), rs.getString(6), rs.getObject(7, LocalDate.class),
                            rs.getInt(8) == 1, rs.getLong(9), rs.getLong(10)));
                }
            }
        }
        return out;
    }

    private static List<Levy> levies(Connection c, long orgId) throws SQLException {
        List<Levy> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT l.id, l.scheme_id, s.name, l.event_key, l.reason,"
                + " l.run_at, l.member_count, l.total FROM welfare_levy l JOIN welfare_scheme s ON s.id = l.scheme_id"
                + " WHERE l.org_id = ? ORDER BY l.op_seq DESC LIMIT " + RECENT)) {
            ps.setLong(1, orgId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Levy(Jdbc.uuid(rs.getBytes(1)), Jdbc.uuid(rs.getBytes(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), Jdbc.instant(rs, 6), rs.getLong(7), rs.getLong(8)));
                }
            }
        }
        return out;
    }
}
