package th.wastebank.server.welfare;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import th.wastebank.json.PayloadReader;
import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.money.Money;
import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Reads;
import th.wastebank.server.ledger.LedgerEntries;
import th.wastebank.server.member.Members;
import th.wastebank.server.place.Areas;
import th.wastebank.validation.Dates;
import th.wastebank.welfare.Funding;
import th.wastebank.welfare.SchemeUpsert;

/** An org's welfare as the server holds it: the fund (a sum of entries), schemes, claims and levy runs. */
@Singleton
public class WelfareQueries {
    private static final int RECENT = 200;

    private final DataSource dataSource;
    private final Reads reads;
    private final JsonMapper json;

    public WelfareQueries(Database database, JsonMapper json) {
        this.dataSource = database.pool();
        this.reads = database.reads();
        this.json = json;
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

    /** Welfare of an area by scheme kind over the months from {@code from}: who runs it and what it paid. */
    public record WelfareKind(String kind, long orgsWithScheme, long claims, long payouts, long paidSatang,
                              long leviedSatang) {
    }

    /** A claim as a review flag's sentence names it: whose, for which scheme, for which day. */
    public record ClaimSubject(UUID memberId, String scheme, LocalDate eventDate) {
    }

    /**
     * One row per scheme kind that any org of the area runs (active or paused), most-run first;
     * {@code area} is null (nation), a 2-digit province or a 4-digit district code.
     */
    public List<WelfareKind> kinds(@Nullable String area, YearMonth from) {
        String join = area == null ? "" : " JOIN org o ON o.id = x.org_id AND " + Areas.orgColumn(area) + " = ?";
        String sql = "SELECT k.kind, k.orgs, COALESCE(m.claims, 0), COALESCE(m.payouts, 0), COALESCE(m.paid, 0),"
                + " COALESCE(m.levied, 0) FROM (SELECT x.kind, COUNT(DISTINCT x.org_id) AS orgs FROM welfare_scheme x"
                + join + " GROUP BY x.kind) k LEFT JOIN (SELECT x.kind, SUM(x.claim_count) AS claims,"
                + " SUM(x.payout_count) AS payouts, SUM(x.payout_satang) AS paid, SUM(x.levy_satang) AS levied"
                + " FROM org_welfare_month x" + join + " WHERE x.month >= ? GROUP BY x.kind) m ON m.kind = k.kind"
                + " ORDER BY k.orgs DESC, k.kind";
        Reads.Row<WelfareKind> row = rs -> new WelfareKind(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                rs.getLong(5), rs.getLong(6));
        return area == null ? reads.list(sql, row, from.atDay(1)) : reads.list(sql, row, area, area, from.atDay(1));
    }

    /** The scheme's name on a connection a page already holds; none when not the org's. */
    public static Optional<String> schemeName(Connection c, long orgId, UUID schemeId) throws SQLException {
        return Reads.one(c, "SELECT name FROM welfare_scheme WHERE id = ? AND org_id = ?", rs -> rs.getString(1),
                schemeId, orgId);
    }

    /** The org's claim with its scheme's name, on a connection a page already holds. */
    public static Optional<ClaimSubject> claim(Connection c, long orgId, UUID claimId) throws SQLException {
        return Reads.one(c, "SELECT c.member_id, s.name, c.event_date FROM welfare_claim c"
                + " JOIN welfare_scheme s ON s.id = c.scheme_id WHERE c.id = ? AND c.org_id = ?",
                rs -> new ClaimSubject(Jdbc.uuid(rs.getBytes(1)), rs.getString(2), rs.getObject(3, LocalDate.class)),
                claimId, orgId);
    }

    public Summary summary(long orgId) {
        return reads.with(c -> new Summary(fund(c, orgId), schemes(c, orgId), claims(c, orgId), levies(c, orgId)));
    }

    /**
     * Item ๑.๖ of the best-practice form written from the data: each scheme with what it pays and
     * where its money comes from, then the payouts made and the fund's balance by the end of
     * {@code lastDay}; empty when the org runs no scheme.
     */
    public Optional<String> describe(long orgId, LocalDate lastDay) {
        Instant until = lastDay.plusDays(1).atStartOfDay(Dates.THAI).toInstant();
        try (Connection c = dataSource.getConnection()) {
            List<String> schemes = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT state FROM welfare_scheme WHERE org_id = ?"
                    + " ORDER BY name")) {
                ps.setLong(1, orgId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        SchemeUpsert s = SchemeUpsert.read(PayloadReader.of(parse(rs.getString(1))));
                        if (s != null) {
                            schemes.add(describe(s));
                        }
                    }
                }
            }
            if (schemes.isEmpty()) {
                return Optional.empty();
            }
            // The payouts not reversed: the reversals are the ledger's to say.
            Map<UUID, Long> payoutAmounts = new HashMap<>();
            Reads.list(c, "SELECT p.id, p.amount FROM welfare_payout p WHERE p.org_id = ? AND p.paid_at < ?",
                    rs -> payoutAmounts.put(Jdbc.uuid(rs.getBytes(1)), rs.getLong(2)), orgId, until);
            payoutAmounts.keySet().removeAll(LedgerEntries.reversed(c, payoutAmounts.keySet()));
            long payouts = payoutAmounts.size();
            long paid = payoutAmounts.values().stream().mapToLong(Long::longValue).sum();
            long fund = LedgerEntries.balanceBefore(c, orgId, Account.WELFARE_FUND, until);
            return Optional.of(String.join("; ", schemes) + " — ถึงสิ้นเดือนจ่ายสวัสดิการแล้ว " + payouts
                    + " ราย รวม " + Money.formatBaht(paid) + " บาท กองทุนสวัสดิการคงเหลือ " + Money.formatBaht(fund) + " บาท");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object parse(String stored) {
        try {
            return json.readValue(stored, Argument.of(Object.class));
        } catch (IOException e) {
            throw new IllegalStateException("unreadable welfare scheme", e);
        }
    }

    /** One scheme in a sentence: name, kind, what it pays, where the money comes from. */
    static String describe(SchemeUpsert s) {
        StringBuilder b = new StringBuilder(s.name()).append(" (").append(s.welfareType().nameTh()).append(") ");
        if (SchemeUpsert.PER_DAY.equals(s.payoutRule())) {
            b.append("จ่ายวันละ ").append(Money.formatBaht(s.payoutAmount())).append(" บาท ไม่เกิน ")
                    .append(s.maxDays()).append(" วัน");
        } else {
            b.append("จ่ายครั้งละ ").append(Money.formatBaht(s.payoutAmount())).append(" บาท");
        }
        b.append(" เงินจาก").append(s.fundingSource().nameTh());
        if (s.levyAmount() != null && s.fundingSource().isLevy() && s.fundingSource() != Funding.DEPOSIT_SHARE) {
            b.append(" ").append(Money.formatBaht(s.levyAmount())).append(" บาท");
        }
        if (s.depositShareBp() != null && s.fundingSource() == Funding.DEPOSIT_SHARE) {
            b.append(" ร้อยละ ").append(new BigDecimal(s.depositShareBp()).movePointLeft(2).stripTrailingZeros()
                    .toPlainString());
        }
        if (!s.active()) {
            b.append(" (พักไว้)");
        }
        return b.toString();
    }

    public Fund fund(long orgId) {
        return reads.with(c -> fund(c, orgId));
    }

    private static Fund fund(Connection c, long orgId) throws SQLException {
        long[] byKind = new long[16];
        long count = 0;
        for (LedgerEntries.KindTotal k : LedgerEntries.byKind(c, orgId, Account.WELFARE_FUND)) {
            byKind[k.kindCode()] = k.amount();
            count += k.entries();
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
        try (PreparedStatement ps = c.prepareStatement("SELECT k.id, k.scheme_id, s.name, s.kind, k.member_id,"
                + " k.event_date, k.eligible, k.payout_count, k.paid_satang FROM welfare_claim k"
                + " JOIN welfare_scheme s ON s.id = k.scheme_id"
                + " WHERE k.org_id = ? ORDER BY k.event_date DESC, k.filed_seq DESC LIMIT " + RECENT)) {
            ps.setLong(1, orgId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Claim(Jdbc.uuid(rs.getBytes(1)), Jdbc.uuid(rs.getBytes(2)), rs.getString(3),
                            rs.getString(4), Jdbc.uuid(rs.getBytes(5)), null, rs.getObject(6, LocalDate.class),
                            rs.getInt(7) == 1, rs.getLong(8), rs.getLong(9)));
                }
            }
        }
        // The members' names come from their owner; a claim is shown only with its member (as the join did).
        Map<UUID, String> names = Members.names(c, orgId, out.stream().map(Claim::memberId).distinct().toList());
        return out.stream().filter(k -> names.containsKey(k.memberId())).map(k -> new Claim(k.id(), k.schemeId(),
                k.schemeName(), k.kind(), k.memberId(), names.get(k.memberId()), k.eventDate(), k.eligible(),
                k.payoutCount(), k.paid())).toList();
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
