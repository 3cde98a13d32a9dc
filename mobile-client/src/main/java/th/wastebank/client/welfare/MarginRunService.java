package th.wastebank.client.welfare;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import th.wastebank.client.committee.Approved;
import th.wastebank.client.common.Invalid;
import th.wastebank.client.common.Validation;
import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.outbox.Outbox;
import th.wastebank.client.sale.SaleService;
import th.wastebank.client.store.ClientStore;
import th.wastebank.client.store.SyncState;
import th.wastebank.id.IdGenerator;
import th.wastebank.ledger.Posting;
import th.wastebank.validation.ReasonCode;
import th.wastebank.welfare.Funding;
import th.wastebank.welfare.MarginRun;
import th.wastebank.welfare.WelfarePostings;

/**
 * Moves part of a month's sale margin into a scheme funded by it ({@code welfare.margin.run}): the
 * phone proposes the month's whole margin as this phone values it ({@link SaleService#month}); the
 * committee may lower it, never raise it ({@link MarginRun#allowed}), and two members approve. The run
 * is kept with the levy runs (its month is the event), so a scheme's month is run once here, as the
 * server refuses a second run from another phone; the fund's entry is a contribution's.
 */
public final class MarginRunService {
    private final ClientStore store;
    private final SaleService sales;
    private final Clock clock;
    private final IdGenerator ids;

    public MarginRunService(ClientStore store, SaleService sales, Clock clock, IdGenerator ids) {
        this.store = store;
        this.sales = sales;
        this.clock = clock;
        this.ids = ids;
    }

    /** What the phone proposes: the month's margin, and whether this scheme's month has already run here. */
    public record Proposal(UUID schemeId, String schemeName, YearMonth month, long margin, boolean alreadyRun) {
        /** The amount the form starts with: the whole margin, or nothing from a loss. */
        public long suggested() {
            return Math.max(0, margin);
        }
    }

    public Proposal propose(UUID schemeId, YearMonth month) {
        long margin = sales.month(month).marginSatang();
        return store.read(c -> {
            Scheme scheme = SchemeService.find(c, schemeId).orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_SCHEME, "schemeId"));
            if (scheme.funding() != Funding.SALE_MARGIN) {
                throw Invalid.of(ReasonCode.MARGIN_RUN_NOT_SALE_MARGIN, "schemeId");
            }
            return new Proposal(schemeId, scheme.name(), month, margin,
                    LevyService.alreadyRun(c, schemeId, month.toString()));
        });
    }

    /** Saves the run of {@code amount} (at most the proposal's margin), approved by two committee members. */
    public Levy run(Proposal proposal, long amount, Approved approved) {
        Instant at = clock.instant();
        MarginRun run = new MarginRun(proposal.schemeId(), proposal.month().toString(), amount, proposal.margin(), at,
                approved.names(), approved.ids());
        Validation.require(run, at);
        UUID runId = ids.next();
        UUID opId = ids.next();
        return store.write(c -> {
            if (SchemeService.find(c, proposal.schemeId()).isEmpty()) {
                throw Invalid.of(ReasonCode.UNKNOWN_SCHEME, "schemeId");
            }
            if (LevyService.alreadyRun(c, proposal.schemeId(), run.month())) {
                throw Invalid.of(ReasonCode.MARGIN_ALREADY_RUN, "month");
            }
            try (Ledger.Writer ledger = new Ledger.Writer(c)) {
                insert(c, ledger, runId, run, SyncState.PENDING);
            }
            Outbox.add(c, opId, runId, run, at);
            return new Levy(runId, run.schemeId(), proposal.schemeName(), run.month(), reason(run), Funding.SALE_MARGIN,
                    at, 0, amount, run.approvedBy(), SyncState.PENDING);
        });
    }

    /** What members and the committee read: "กำไรจากการขาย 2026-10". */
    static String reason(MarginRun run) {
        return "กำไรจากการขาย " + run.month();
    }

    /** Stores a run (made here or pulled) with the levy runs and its fund entry; false when already there. */
    static boolean insert(Connection c, Ledger.Writer ledger, UUID runId, MarginRun run, SyncState state)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO welfare_levy (id, scheme_id, event_key,"
                + " reason, basis, run_at, member_count, total, approved_by, sync_state) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, runId.toString());
            ps.setString(2, run.schemeId().toString());
            ps.setString(3, run.month());
            ps.setString(4, reason(run));
            ps.setString(5, Funding.SALE_MARGIN.name());
            ps.setLong(6, run.runAt().toEpochMilli());
            ps.setInt(7, 0);
            ps.setLong(8, run.amount());
            ps.setString(9, String.join("\n", run.approvedBy()));
            ps.setString(10, state.name());
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        Posting p = WelfarePostings.contribution(runId, run.amount());
        ledger.insert(new LedgerEntry(p.id(), null, p.account(), p.kind(), p.amount(), 0, run.runAt(), null,
                reason(run), state, false), null);
        return true;
    }
}
