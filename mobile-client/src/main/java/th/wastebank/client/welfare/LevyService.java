package th.wastebank.client.welfare;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import th.wastebank.client.committee.Approved;
import th.wastebank.client.common.Invalid;
import th.wastebank.client.common.Validation;
import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.outbox.Outbox;
import th.wastebank.client.store.ClientStore;
import th.wastebank.client.store.SyncState;
import th.wastebank.id.IdGenerator;
import th.wastebank.ledger.Posting;
import th.wastebank.validation.Dates;
import th.wastebank.validation.ReasonCode;
import th.wastebank.welfare.Funding;
import th.wastebank.welfare.LevyLine;
import th.wastebank.welfare.LevyPlan;
import th.wastebank.welfare.LevyRun;
import th.wastebank.welfare.WelfarePostings;

/**
 * Levies a scheme's contribution from every member's savings into the welfare fund
 * ({@code welfare.levy.run}). First a preview: the lines of the shared {@link LevyPlan} (each
 * member active today with the scheme's fixed levy, or its share of what the member deposited over a
 * period; the server checks a run against the same plan) and who would go below zero. The committee confirms the preview with two names; then the run, its
 * lines and the entries {@link WelfarePostings#levy} makes (the same ids the server makes) are saved
 * with the op in one transaction. A scheme's event is levied once: a second run for it on this
 * phone is refused, as the server refuses one from another phone.
 */
public final class LevyService {
    private final ClientStore store;
    private final Clock clock;
    private final IdGenerator ids;

    public LevyService(ClientStore store, Clock clock, IdGenerator ids) {
        this.store = store;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * What to levy: the scheme, the event key and the reason members read in their passbooks; for a
     * deposit share, the period whose deposits it is a share of.
     */
    public record Request(UUID schemeId, String event, String reason, LocalDate shareFrom, LocalDate shareTo) {
    }

    /** The event key of a per-event levy: the id of the claim it pays for (two phones levying for one death collide). */
    public static String eventForClaim(UUID claimId) {
        return claimId.toString();
    }

    /** The event key of an annual fee: the Buddhist year of {@code day}, e.g. "2569". */
    public static String eventForYear(LocalDate day) {
        return String.valueOf(Dates.buddhistYear(day.getYear()));
    }

    /** The event key of a deposit share: the period as an ISO interval, e.g. "2026-10-01/2026-10-31". */
    public static String eventForPeriod(LocalDate from, LocalDate to) {
        return new LevyPlan.Period(from, to).event();
    }

    public LevyPreview preview(Request request) {
        LocalDate runDay = LocalDate.ofInstant(clock.instant(), Dates.THAI);
        return store.read(c -> {
            Scheme scheme = SchemeService.find(c, request.schemeId())
                    .orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_SCHEME, "schemeId"));
            if (!scheme.levied()) {
                throw Invalid.of(ReasonCode.LEVY_BASIS_INVALID, "basis");
            }
            String event = blankToNull(request.event());
            String reason = blankToNull(request.reason());
            if (event == null || reason == null) {
                throw Invalid.of(ReasonCode.EVENT_REQUIRED, "event");
            }
            Map<UUID, Long> shareBase = Map.of();
            if (scheme.funding() == Funding.DEPOSIT_SHARE) {
                if (request.shareFrom() == null || request.shareTo() == null
                        || request.shareFrom().isAfter(request.shareTo())) {
                    throw Invalid.of(ReasonCode.EVENT_REQUIRED, "period");
                }
                LevyPlan.Period period = new LevyPlan.Period(request.shareFrom(), request.shareTo());
                shareBase = Ledger.depositsByMember(c, period.start(), period.end());
            }
            Map<UUID, Member> members = new LinkedHashMap<>();
            List<LevyPlan.Member> candidates = new ArrayList<>();
            for (Member m : MemberService.all(c)) {
                members.put(m.id(), m);
                candidates.add(new LevyPlan.Member(m.id(), m.joinedOn(), m.leftOn(), shareBase.getOrDefault(m.id(), 0L)));
            }
            LevyPlan.Plan plan = LevyPlan.plan(scheme.rules(), runDay, candidates);
            Map<UUID, Long> balances = Ledger.balances(c);
            List<LevyPreview.Line> lines = plan.lines().stream().map(l -> {
                Member m = members.get(l.memberId());
                return new LevyPreview.Line(m.id(), m.name(), m.addressLine(), l.amount(), balances.getOrDefault(m.id(), 0L));
            }).toList();
            return new LevyPreview(scheme.id(), scheme.name(), scheme.funding(), event, reason, runDay, lines, plan.total(),
                    plan.notYetMembers(), plan.nothingToShare(), alreadyRun(c, scheme.id(), event));
        });
    }

    /** Saves the previewed run, approved by two different committee members. */
    public Levy run(LevyPreview preview, String approver, String secondApprover) {
        return run(preview, Approved.byNames(approver, secondApprover));
    }

    /** Saves the previewed run, approved by two typed names or two roster members whose PINs were checked. */
    public Levy run(LevyPreview preview, Approved approved) {
        Instant at = clock.instant();
        LevyRun run = new LevyRun(preview.schemeId(), preview.event(), preview.reason(), preview.basis().name(), at,
                preview.lines().stream().map(l -> new LevyLine(l.memberId(), l.amount())).toList(), preview.total(),
                approved.names(), approved.ids());
        Validation.require(run, at);
        UUID runId = ids.next();
        UUID opId = ids.next();
        return store.write(c -> {
            if (SchemeService.find(c, preview.schemeId()).isEmpty()) {
                throw Invalid.of(ReasonCode.UNKNOWN_SCHEME, "schemeId");
            }
            if (alreadyRun(c, preview.schemeId(), preview.event())) {
                throw Invalid.of(ReasonCode.LEVY_ALREADY_RUN, "event");
            }
            try (Ledger.Writer ledger = new Ledger.Writer(c)) {
                insert(c, ledger, runId, run, SyncState.PENDING);
            }
            Outbox.add(c, opId, runId, run, at);
            return new Levy(runId, run.schemeId(), preview.schemeName(), run.event(), run.reason(), preview.basis(), at,
                    run.lines().size(), run.total(), run.approvedBy(), SyncState.PENDING);
        });
    }

    /** True when this phone holds a run for this scheme and event (its own, refused or not, or another phone's). */
    public boolean alreadyRun(UUID schemeId, String event) {
        return store.read(c -> alreadyRun(c, schemeId, event));
    }

    /** The events of a scheme already levied on this phone. */
    public Set<String> leviedEvents(UUID schemeId) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT event_key FROM welfare_levy WHERE scheme_id = ?")) {
                ps.setString(1, schemeId.toString());
                Set<String> out = new HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        });
    }

    /** Every levy run, the latest first. */
    public List<Levy> list() {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT l.id, l.scheme_id, s.name, l.event_key, l.reason,"
                    + " l.basis, l.run_at, l.member_count, l.total, l.approved_by, l.sync_state FROM welfare_levy l"
                    + " LEFT JOIN welfare_scheme s ON s.id = l.scheme_id ORDER BY l.run_at DESC, l.id DESC");
                 ResultSet rs = ps.executeQuery()) {
                List<Levy> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Levy(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), Funding.parse(rs.getString(6)).orElse(null),
                            Instant.ofEpochMilli(rs.getLong(7)), rs.getInt(8), rs.getLong(9),
                            Arrays.asList(rs.getString(10).split("\n")), SyncState.valueOf(rs.getString(11))));
                }
                return out;
            }
        });
    }

    static boolean alreadyRun(Connection c, UUID schemeId, String event) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM welfare_levy WHERE scheme_id = ? AND event_key = ? LIMIT 1")) {
            ps.setString(1, schemeId.toString());
            ps.setString(2, event);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Stores a run (made here or pulled) with its lines and the entries {@link WelfarePostings#levy}
     * makes, each entry noting the run's reason for the passbook; nothing when a run with this id is
     * already there. True when stored.
     */
    public static boolean insert(Connection c, Ledger.Writer ledger, UUID runId, LevyRun run, SyncState state)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO welfare_levy (id, scheme_id, event_key,"
                + " reason, basis, run_at, member_count, total, approved_by, sync_state) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, runId.toString());
            ps.setString(2, run.schemeId().toString());
            ps.setString(3, run.event());
            ps.setString(4, run.reason());
            ps.setString(5, run.basis());
            ps.setLong(6, run.runAt().toEpochMilli());
            ps.setInt(7, run.lines().size());
            ps.setLong(8, run.total());
            ps.setString(9, String.join("\n", run.approvedBy()));
            ps.setString(10, state.name());
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO welfare_levy_line (levy_id, member_id,"
                + " amount, entry_id) VALUES (?,?,?,?)")) {
            for (LevyLine line : run.lines()) {
                ps.setString(1, runId.toString());
                ps.setString(2, line.memberId().toString());
                ps.setLong(3, line.amount());
                ps.setString(4, WelfarePostings.levyEntryId(runId, line.memberId()).toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        for (Posting p : WelfarePostings.levy(runId, run)) {
            ledger.insert(new LedgerEntry(p.id(), p.memberId(), p.account(), p.kind(), p.amount(), 0, run.runAt(), null,
                    run.reason(), state, false), null);
        }
        return true;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
