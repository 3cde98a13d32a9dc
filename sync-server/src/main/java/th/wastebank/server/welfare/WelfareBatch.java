package th.wastebank.server.welfare;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import th.wastebank.server.rollup.MonthlyRollups;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.BatchState;
import th.wastebank.server.sync.WriteOrder;
import th.wastebank.welfare.ClaimFile;
import th.wastebank.welfare.Funding;
import th.wastebank.welfare.LevyRun;
import th.wastebank.welfare.MarginRun;
import th.wastebank.welfare.SchemeUpsert;

/**
 * The welfare rows one push reads and writes: schemes, claims, levy runs (one per scheme and
 * event), payouts, and the monthly welfare totals by scheme kind that dashboards and reports read.
 * Each kind of row has its own class; this one is what the appliers see, and it keeps the order
 * between them: a payout's claim and a claim's scheme are loaded after what names them, and rows
 * are written after the rows they refer to.
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

    private final WelfareSchemes schemes = new WelfareSchemes();
    private final WelfareClaims claims = new WelfareClaims();
    private final LevyRuns levies = new LevyRuns();
    private final WelfarePayouts payouts = new WelfarePayouts();
    private final WelfareMonths months = new WelfareMonths();

    public static WelfareBatch of(Batch batch) {
        return batch.state(WelfareBatch.class, WelfareBatch::new);
    }

    public void wantScheme(UUID id) {
        schemes.want(id);
    }

    public void wantClaim(UUID id) {
        claims.want(id);
    }

    void wantLevyEvent(UUID schemeId, String event) {
        levies.want(schemeId, event);
    }

    /** A reversal may target a payout: its claim is then loaded too. */
    public void wantPayout(UUID entryId) {
        payouts.want(entryId);
    }

    public Scheme scheme(UUID id) {
        return schemes.find(id);
    }

    public Claim claim(UUID id) {
        return claims.find(id);
    }

    Payout payout(UUID entryId) {
        return payouts.find(entryId);
    }

    boolean levyRun(UUID schemeId, String event) {
        return levies.ran(schemeId, event);
    }

    void insertScheme(long orgId, UUID id, SchemeUpsert s, long seq) {
        schemes.insert(orgId, id, s, seq);
    }

    void updateScheme(long orgId, UUID id, Scheme previous, SchemeUpsert s, long seq) {
        schemes.update(orgId, id, previous, s, seq);
    }

    void insertClaim(long orgId, UUID id, ClaimFile c, boolean eligible, long seq) {
        claims.insert(orgId, id, c, eligible, seq);
    }

    void insertLevy(long orgId, UUID id, LevyRun run, long seq) {
        levies.insert(orgId, id, run, seq);
    }

    /** A sale-margin run is kept with the levy runs: one per scheme and month, its month the event. */
    void insertMarginRun(long orgId, UUID id, MarginRun run, String reason, long seq) {
        levies.insert(orgId, id, run.schemeId(), run.month(), reason, Funding.SALE_MARGIN.name(), run.runAt(), 0,
                run.amount(), seq);
    }

    void insertPayout(long orgId, UUID id, UUID claimId, long amount, Instant paidAt, long seq) {
        payouts.insert(orgId, id, claimId, amount, paidAt, seq);
    }

    /** A payout of {@code amount} on the claim ({@code sign} 1), or its reversal ({@code sign} -1). */
    void claimPaid(UUID claimId, long amount, int sign) {
        claims.paid(claimId, amount, sign);
    }

    /** Adds to the month's welfare totals: {claims, payouts, payout satang, levy satang, contribution satang}. */
    void count(Instant at, String kind, long claims, long payouts, long payoutSatang, long levySatang,
               long contributionSatang) {
        count(MonthlyRollups.monthOf(at), kind, claims, payouts, payoutSatang, levySatang, contributionSatang);
    }

    void count(LocalDate month, String kind, long claims, long payouts, long payoutSatang, long levySatang,
               long contributionSatang) {
        months.count(month, kind, claims, payouts, payoutSatang, levySatang, contributionSatang);
    }

    /** Another claim (not {@code except}) on the same scheme, member and event day, stored or from this push. */
    UUID sameClaim(Batch batch, UUID except, ClaimFile c) throws SQLException {
        return claims.same(batch, except, c);
    }

    @Override
    public WriteOrder order() {
        return WriteOrder.WELFARE;
    }

    /** Payouts first (they want their claims), then claims (they want their schemes), schemes, levy events. */
    @Override
    public void load(Batch batch) throws SQLException {
        payouts.load(batch, claims);
        claims.load(batch, schemes);
        schemes.load(batch);
        levies.load(batch);
    }

    /** Schemes before the claims on them, claims before their payouts, the payouts' sums on the claims, the totals. */
    @Override
    public void flush(Batch batch) throws SQLException {
        var c = batch.connection();
        schemes.flush(c);
        claims.flushFiled(c);
        levies.flush(c);
        payouts.flush(c);
        claims.flushPaid(c);
        months.flush(batch);
    }
}
