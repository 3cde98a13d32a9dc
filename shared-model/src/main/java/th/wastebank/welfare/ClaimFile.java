package th.wastebank.welfare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import th.wastebank.json.PayloadReader;
import th.wastebank.product.PhotoRef;
import th.wastebank.sync.OpPayload;
import th.wastebank.sync.OpType;
import th.wastebank.validation.Dates;
import th.wastebank.validation.Limits;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * A claim on a welfare scheme for a member ({@code welfare.claim.file}): what happened and when,
 * the days in hospital for a per-day scheme, a note and evidence photos (by SHA-256, sent through
 * the photo queue). A claim that fails the scheme's eligibility is still recorded, and flagged.
 */
public record ClaimFile(UUID schemeId, UUID memberId, LocalDate eventDate, Long days, String note,
                        List<String> photos, Instant filedAt) implements OpPayload {

    public ClaimFile {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    public static ClaimFile read(PayloadReader r) {
        ClaimFile c = new ClaimFile(
                r.requiredId("schemeId"),
                r.requiredId("memberId"),
                r.requiredDate("eventDate"),
                r.optionalLong("days"),
                r.optionalString("note"),
                r.has("photos") ? r.requiredStrings("photos") : List.of(),
                r.requiredInstant("filedAt"));
        return r.ok() ? c : null;
    }

    @Override
    public OpType type() {
        return OpType.WELFARE_CLAIM_FILE;
    }

    @Override
    public List<Violation> limits() {
        List<Violation> out = new ArrayList<>();
        Limits.checkText(note, "note", Limits.MAX_NOTE_LENGTH, out);
        Limits.checkTexts(photos, "photos", Limits.MAX_PHOTO_REF_LENGTH, out);
        return out;
    }

    @Override
    public List<Violation> validate(Instant now) {
        List<Violation> out = limits();
        Dates.check(eventDate, "eventDate", now, out);
        Dates.check(filedAt, "filedAt", now, out);
        if (days != null && (days < 1 || days > SchemeUpsert.MAX_DAYS)) {
            out.add(Violation.of(ReasonCode.DAYS_REQUIRED, "days"));
        }
        if (!PhotoRef.allValid(photos)) {
            out.add(Violation.of(ReasonCode.PHOTO_INVALID, "photos"));
        }
        return out;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("schemeId", schemeId.toString());
        json.put("memberId", memberId.toString());
        json.put("eventDate", eventDate.toString());
        if (days != null) {
            json.put("days", days);
        }
        if (note != null) {
            json.put("note", note);
        }
        json.put("photos", photos);
        json.put("filedAt", filedAt.toString());
        return json;
    }
}
