package th.wastebank.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import th.wastebank.json.PayloadReader;
import th.wastebank.sync.OpPayload;
import th.wastebank.sync.OpType;
import th.wastebank.validation.Dates;
import th.wastebank.validation.Limits;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * Puts a person on the bank's committee or edits their seat ({@code committee.upsert}); the op's
 * entityId is the roster member's id, which approvals carry. {@code from} is the first day on the
 * committee, {@code to} the last (none while the term runs). Versioned like members: one more
 * than the version the phone last knew; the later arrival wins and the overwritten one is kept in
 * the op log. PINs never travel: they stay on the phone that set them.
 */
public record CommitteeUpsert(String name, String role, LocalDate from, LocalDate to, long version)
        implements OpPayload {

    public static CommitteeUpsert read(PayloadReader r) {
        String name = r.optionalString("name");
        if (name == null && !r.has("name")) {
            r.report(ReasonCode.COMMITTEE_NAME_REQUIRED, "name");
        }
        CommitteeUpsert c = new CommitteeUpsert(
                name,
                r.requiredString("role"),
                r.requiredDate("from"),
                r.has("to") ? r.requiredDate("to") : null,
                r.requiredLong("version"));
        return r.ok() ? c : null;
    }

    /** The role, or {@link CommitteeRole#MEMBER} for a code this version does not know. */
    public CommitteeRole committeeRole() {
        return CommitteeRole.parse(role).orElse(CommitteeRole.MEMBER);
    }

    /** The term as the approval rule reads it. */
    public Roster.Term term() {
        return new Roster.Term(from, to);
    }

    @Override
    public OpType type() {
        return OpType.COMMITTEE_UPSERT;
    }

    @Override
    public List<Violation> limits() {
        List<Violation> out = new ArrayList<>();
        Limits.checkText(name, "name", Limits.MAX_NAME_LENGTH, out);
        Limits.checkText(role, "role", Limits.MAX_WORD_LENGTH, out);
        return out;
    }

    @Override
    public List<Violation> validate(Instant now) {
        List<Violation> out = limits();
        if (name == null || name.isBlank()) {
            out.add(Violation.of(ReasonCode.COMMITTEE_NAME_REQUIRED, "name"));
        }
        if (CommitteeRole.parse(role).isEmpty()) {
            out.add(Violation.of(ReasonCode.COMMITTEE_ROLE_INVALID, "role"));
        }
        Dates.check(from, "from", now, out);
        if (to != null && from != null && to.isBefore(from)) {
            out.add(Violation.of(ReasonCode.COMMITTEE_TERM_INVALID, "to"));
        }
        if (version < 1) {
            out.add(Violation.of(ReasonCode.VERSION_INVALID, "version"));
        }
        return out;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("role", role);
        json.put("from", from.toString());
        if (to != null) {
            json.put("to", to.toString());
        }
        json.put("version", version);
        return json;
    }

    public CommitteeUpsert withVersion(long newVersion) {
        return new CommitteeUpsert(name, role, from, to, newVersion);
    }
}
