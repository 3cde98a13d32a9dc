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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import th.wastebank.client.common.Invalid;
import th.wastebank.client.common.Validation;
import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.outbox.Outbox;
import th.wastebank.client.store.ClientStore;
import th.wastebank.client.store.SyncState;
import th.wastebank.client.store.TextList;
import th.wastebank.id.IdGenerator;
import th.wastebank.validation.Dates;
import th.wastebank.validation.ReasonCode;
import th.wastebank.welfare.ClaimFile;
import th.wastebank.welfare.Eligibility;
import th.wastebank.welfare.SchemeUpsert;
import th.wastebank.welfare.WelfareType;

/**
 * Files a member's claim on a welfare scheme ({@code welfare.claim.file}) with its evidence photos,
 * after checking the scheme's eligibility rules against this phone's own ledger, exactly as the
 * server will: whole months of membership on the day of the event, and deposits (reversed ones left
 * out) over the scheme's window. A claim that fails them is only warned about and filed all the
 * same; the committee decides, and the server flags it.
 */
public final class ClaimService {
    private static final String SELECT = "SELECT k.id, k.scheme_id, s.name, s.kind, k.member_id, m.name, k.event_date,"
            + " k.days, k.note, k.photos, k.filed_at, k.eligible, k.unmet_th, k.unmet_en, k.scheme_paused,"
            + " (SELECT COUNT(*) FROM welfare_payout p WHERE p.claim_id = k.id" + FundService.PAYOUT_NOT_REVERSED + "),"
            + " (SELECT COALESCE(SUM(p.amount), 0) FROM welfare_payout p WHERE p.claim_id = k.id" + FundService.PAYOUT_NOT_REVERSED
            + "), k.sync_state FROM welfare_claim k LEFT JOIN welfare_scheme s ON s.id = k.scheme_id"
            + " LEFT JOIN member m ON m.id = k.member_id";

    private final ClientStore store;
    private final Clock clock;
    private final IdGenerator ids;

    public ClaimService(ClientStore store, Clock clock, IdGenerator ids) {
        this.store = store;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * What the committee types for a claim.
     *
     * @param days   days in hospital, for a per-day scheme (ignored by a fixed one)
     * @param photos SHA-256 of evidence photos already in the phone's photo queue
     */
    public record Draft(UUID schemeId, UUID memberId, LocalDate eventDate, Long days, String note,
                        List<String> photos) {
    }

    /** The eligibility verdict the form shows while the committee fills it in. */
    public Verdict check(UUID schemeId, UUID memberId, LocalDate eventDate) {
        return store.read(c -> {
            Scheme scheme = SchemeService.find(c, schemeId)
                    .orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_SCHEME, "schemeId"));
            Member member = MemberService.find(c, memberId)
                    .orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_MEMBER, "memberId"));
            return verdict(c, scheme.rules(), member, eventDate);
        });
    }

    public Claim file(Draft draft) {
        if (draft.memberId() == null) {
            throw Invalid.of(ReasonCode.MEMBER_REQUIRED, "memberId");
        }
        if (draft.schemeId() == null) {
            throw Invalid.of(ReasonCode.UNKNOWN_SCHEME, "schemeId");
        }
        Instant at = clock.instant();
        UUID id = ids.next();
        UUID opId = ids.next();
        return store.write(c -> {
            Scheme scheme = SchemeService.find(c, draft.schemeId())
                    .orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_SCHEME, "schemeId"));
            if (MemberService.find(c, draft.memberId()).isEmpty()) {
                throw Invalid.of(ReasonCode.UNKNOWN_MEMBER, "memberId");
            }
            if (scheme.perDay() && draft.days() == null) {
                throw Invalid.of(ReasonCode.DAYS_REQUIRED, "days");
            }
            String note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
            ClaimFile claim = new ClaimFile(draft.schemeId(), draft.memberId(), draft.eventDate(),
                    scheme.perDay() ? draft.days() : null, note,
                    draft.photos() == null ? List.of() : draft.photos().stream().distinct().toList(), at);
            Validation.require(claim, at);
            insert(c, id, claim, SyncState.PENDING);
            Outbox.add(c, opId, id, claim, at);
            return find(c, id).orElseThrow();
        });
    }

    public Optional<Claim> get(UUID id) {
        return store.read(c -> find(c, id));
    }

    /** Every claim, the latest event first. */
    public List<Claim> list() {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY k.event_date DESC, k.filed_at DESC, k.id")) {
                return list(ps);
            }
        });
    }

    /** The claims on one scheme, the latest event first (the events a per-event levy can be for). */
    public List<Claim> forScheme(UUID schemeId) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE k.scheme_id = ?"
                    + " ORDER BY k.event_date DESC, k.filed_at DESC, k.id")) {
                ps.setString(1, schemeId.toString());
                return list(ps);
            }
        });
    }

    /** The verdict for {@code member} on a scheme with these rules, from this phone's ledger. */
    static Verdict verdict(Connection c, SchemeUpsert rules, Member member, LocalDate eventDate) throws SQLException {
        LocalDate from = Eligibility.windowStart(rules, eventDate);
        long deposits = Ledger.depositsBetween(c, member.id(), from.atStartOfDay(Dates.THAI).toInstant(),
                eventDate.plusDays(1).atStartOfDay(Dates.THAI).toInstant());
        return new Verdict(Eligibility.check(rules, member.joinedOn(), eventDate, deposits), !rules.active(),
                Eligibility.membershipMonths(member.joinedOn(), eventDate), deposits);
    }

    /**
     * Stores a claim (filed here or pulled) with this phone's verdict on it, unless one with this id
     * is already there; true when stored.
     */
    public static boolean insert(Connection c, UUID id, ClaimFile claim, SyncState state) throws SQLException {
        Optional<Scheme> scheme = SchemeService.find(c, claim.schemeId());
        Optional<Member> member = MemberService.find(c, claim.memberId());
        Verdict verdict = scheme.isPresent() && member.isPresent()
                ? verdict(c, scheme.get().rules(), member.get(), claim.eventDate())
                : new Verdict(List.of(), false, 0, 0);
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO welfare_claim (id, scheme_id, member_id,"
                + " event_date, days, note, photos, filed_at, eligible, unmet_th, unmet_en, scheme_paused, sync_state)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, id.toString());
            ps.setString(2, claim.schemeId().toString());
            ps.setString(3, claim.memberId().toString());
            ps.setString(4, claim.eventDate().toString());
            SchemeService.setNullable(ps, 5, claim.days());
            ps.setString(6, claim.note());
            ps.setString(7, TextList.toJson(claim.photos()));
            ps.setLong(8, claim.filedAt().toEpochMilli());
            ps.setInt(9, verdict.eligible() ? 1 : 0);
            ps.setString(10, verdict.unmet().isEmpty() ? null : String.join("\n", verdict.unmetTh()));
            ps.setString(11, verdict.unmet().isEmpty() ? null : String.join("\n", verdict.unmetEn()));
            ps.setInt(12, verdict.schemePaused() ? 1 : 0);
            ps.setString(13, state.name());
            return ps.executeUpdate() == 1;
        }
    }

    public static Optional<Claim> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE k.id = ?")) {
            ps.setString(1, id.toString());
            List<Claim> found = list(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private static List<Claim> list(PreparedStatement ps) throws SQLException {
        List<Claim> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Claim(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2)), rs.getString(3),
                        WelfareType.parse(rs.getString(4)).orElse(WelfareType.OTHER), UUID.fromString(rs.getString(5)),
                        rs.getString(6), LocalDate.parse(rs.getString(7)), SchemeService.nullableLong(rs, 8),
                        rs.getString(9), TextList.read(rs.getString(10)), Instant.ofEpochMilli(rs.getLong(11)),
                        rs.getInt(12) == 1, lines(rs.getString(13)), lines(rs.getString(14)), rs.getInt(15) == 1,
                        rs.getInt(16), rs.getLong(17), SyncState.valueOf(rs.getString(18))));
            }
        }
        return out;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
