package th.wastebank.client.dividend;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import th.wastebank.client.committee.Approved;
import th.wastebank.client.common.Invalid;
import th.wastebank.client.common.Validation;
import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.outbox.Outbox;
import th.wastebank.client.sale.SaleService;
import th.wastebank.client.store.ClientStore;
import th.wastebank.client.store.SyncState;
import th.wastebank.dividend.DividendLine;
import th.wastebank.dividend.DividendPlan;
import th.wastebank.dividend.DividendPostings;
import th.wastebank.dividend.DividendRun;
import th.wastebank.id.IdGenerator;
import th.wastebank.ledger.Posting;
import th.wastebank.sale.StockValuation;
import th.wastebank.validation.Dates;
import th.wastebank.validation.ReasonCode;
import th.wastebank.year.FiscalYear;

/**
 * The year-end dividend (ปันผล, {@code dividend.run}, ADR 0015). The preview is the shared
 * {@link DividendPlan}: the committee's share of the fiscal year's margin (valued from this phone's
 * sales as the server values them), split by each member's deposits in the year or equally among
 * the members at the year's end, to the satang. Two committee members approve; the run and the
 * entries {@link DividendPostings} makes are saved with the op in one transaction. Once per fiscal
 * year: a second run on this phone is refused, as the server refuses one from another phone.
 */
public final class DividendService {
    private final ClientStore store;
    private final SaleService sales;
    private final Clock clock;
    private final IdGenerator ids;

    public DividendService(ClientStore store, SaleService sales, Clock clock, IdGenerator ids) {
        this.store = store;
        this.sales = sales;
        this.clock = clock;
        this.ids = ids;
    }

    /** A run as this phone holds it. */
    public record Dividend(UUID id, int fiscalYear, String rule, long total, int members, SyncState state) {
    }

    /** The fiscal year a dividend is usually for: the last one that has ended (the current one in September). */
    public FiscalYear lastEndedYear() {
        LocalDate today = LocalDate.now(clock.withZone(Dates.THAI));
        FiscalYear current = FiscalYear.of(today);
        return today.getMonthValue() == 9 ? current : new FiscalYear(current.buddhistYear() - 1);
    }

    /** The year's margin as this phone values its sales (the sum of its months' margins). */
    public long margin(FiscalYear year) {
        StockValuation.Result valuation = sales.valuation();
        long sum = 0;
        for (var m = year.firstMonth(); !m.isAfter(year.lastMonth()); m = m.plusMonths(1)) {
            sum += valuation.month(m).marginSatang();
        }
        return sum;
    }

    public DividendPreview preview(FiscalYear year, DividendPlan.Rule rule, long shareBp) {
        long margin = margin(year);
        long pool = DividendPlan.pool(margin, shareBp);
        return store.read(c -> {
            Map<UUID, Long> deposits = Ledger.depositsByMember(c, year.start(), year.end());
            Map<UUID, Member> members = new HashMap<>();
            List<DividendPlan.Member> candidates = new ArrayList<>();
            for (Member m : MemberService.all(c)) {
                members.put(m.id(), m);
                candidates.add(new DividendPlan.Member(m.id(), m.joinedOn(), m.leftOn(), deposits.getOrDefault(m.id(), 0L)));
            }
            DividendPlan.Plan plan = DividendPlan.plan(rule, pool, year.last(), candidates);
            List<DividendPreview.Line> lines = plan.lines().stream().map(l -> new DividendPreview.Line(l.memberId(),
                    members.get(l.memberId()).name(), deposits.getOrDefault(l.memberId(), 0L), l.amount())).toList();
            return new DividendPreview(year, rule, shareBp, margin, pool, lines, plan.leftOut(),
                    alreadyRun(c, year.buddhistYear()));
        });
    }

    /** Saves the previewed run, approved by two typed names or two roster members whose PINs were checked. */
    public Dividend run(DividendPreview preview, Approved approved) {
        Instant at = clock.instant();
        DividendRun run = new DividendRun(preview.year().buddhistYear(), preview.rule().name(), preview.shareBp(),
                preview.margin(), at, preview.lines().stream().map(l -> new DividendLine(l.memberId(), l.amount())).toList(),
                preview.total(), approved.names(), approved.ids());
        Validation.require(run, at);
        UUID runId = ids.next();
        UUID opId = ids.next();
        return store.write(c -> {
            if (alreadyRun(c, run.fiscalYear())) {
                throw Invalid.of(ReasonCode.DIVIDEND_ALREADY_RUN, "fiscalYear");
            }
            try (Ledger.Writer ledger = new Ledger.Writer(c)) {
                insert(c, ledger, runId, run, SyncState.PENDING);
            }
            Outbox.add(c, opId, runId, run, at);
            return new Dividend(runId, run.fiscalYear(), run.rule(), run.total(), run.lines().size(), SyncState.PENDING);
        });
    }

    /** True when this phone holds a run for the fiscal year (its own or another phone's). */
    public boolean alreadyRun(FiscalYear year) {
        return store.read(c -> alreadyRun(c, year.buddhistYear()));
    }

    static boolean alreadyRun(Connection c, int fiscalYear) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM dividend_run WHERE fiscal_year = ? LIMIT 1")) {
            ps.setInt(1, fiscalYear);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Stores a run (made here or pulled) and its entries, each noting the year for the passbook; false when there. */
    static boolean insert(Connection c, Ledger.Writer ledger, UUID runId, DividendRun run, SyncState state)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO dividend_run (id, fiscal_year, rule,"
                + " share_bp, margin, total, member_count, run_at, approved_by, sync_state) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, runId.toString());
            ps.setInt(2, run.fiscalYear());
            ps.setString(3, run.rule());
            ps.setLong(4, run.shareBp());
            ps.setLong(5, run.margin());
            ps.setLong(6, run.total());
            ps.setInt(7, run.lines().size());
            ps.setLong(8, run.runAt().toEpochMilli());
            ps.setString(9, String.join("\n", run.approvedBy()));
            ps.setString(10, state.name());
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO dividend_line (run_id, member_id, amount,"
                + " entry_id) VALUES (?,?,?,?)")) {
            for (DividendLine line : run.lines()) {
                ps.setString(1, runId.toString());
                ps.setString(2, line.memberId().toString());
                ps.setLong(3, line.amount());
                ps.setString(4, DividendPostings.memberEntryId(runId, line.memberId()).toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        String note = "ปันผล" + new FiscalYear(run.fiscalYear()).nameTh();
        for (Posting p : DividendPostings.of(runId, run)) {
            ledger.insert(new LedgerEntry(p.id(), p.memberId(), p.account(), p.kind(), p.amount(), 0, run.runAt(), null,
                    note, state, false), null);
        }
        return true;
    }
}
