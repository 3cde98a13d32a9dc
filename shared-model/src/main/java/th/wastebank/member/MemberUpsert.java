package th.wastebank.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import th.wastebank.json.PayloadReader;
import th.wastebank.sync.OpPayload;
import th.wastebank.sync.OpType;
import th.wastebank.validation.Dates;
import th.wastebank.validation.Limits;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * Registers a member or edits one ({@code member.upsert}). {@code version} is the version this edit
 * produces: one more than the version the phone last knew. Two phones that edit the same version
 * offline are both kept: the later arrival wins and the overwritten one is flagged for review.
 * {@code number} is the member's running number in the bank ({@link MemberNumber}, ADR 0014): given
 * by the server, never by a phone, and present in what the server stores and phones pull; a phone's
 * op carries none (or the one it knows, which the server ignores), and an op without one stays valid.
 */
public record MemberUpsert(String name, String houseNo, String village, String phone, LocalDate joinedOn,
                           long version, Long number) implements OpPayload {

    /** A registration or edit as a phone sends it: without a number. */
    public MemberUpsert(String name, String houseNo, String village, String phone, LocalDate joinedOn, long version) {
        this(name, houseNo, village, phone, joinedOn, version, null);
    }

    public static MemberUpsert read(PayloadReader r) {
        String name = r.optionalString("name");
        if (name == null && !r.has("name")) {
            r.report(ReasonCode.NAME_REQUIRED, "name");
        }
        MemberUpsert m = new MemberUpsert(
                name,
                r.optionalString("houseNo"),
                r.optionalString("village"),
                r.optionalString("phone"),
                r.requiredDate("joinedOn"),
                r.requiredLong("version"),
                r.optionalLong("number"));
        return r.ok() ? m : null;
    }

    @Override
    public OpType type() {
        return OpType.MEMBER_UPSERT;
    }

    @Override
    public List<Violation> limits() {
        List<Violation> out = new ArrayList<>();
        Limits.checkText(name, "name", Limits.MAX_NAME_LENGTH, out);
        Limits.checkText(houseNo, "houseNo", Limits.MAX_SHORT_TEXT, out);
        Limits.checkText(village, "village", Limits.MAX_SHORT_TEXT, out);
        Limits.checkText(phone, "phone", Limits.MAX_SHORT_TEXT, out);
        return out;
    }

    @Override
    public List<Violation> validate(Instant now) {
        List<Violation> out = limits();
        if (name == null || name.isBlank()) {
            out.add(Violation.of(ReasonCode.NAME_REQUIRED, "name"));
        }
        Dates.check(joinedOn, "joinedOn", now, out);
        if (version < 1) {
            out.add(Violation.of(ReasonCode.VERSION_INVALID, "version"));
        }
        if (number != null && !MemberNumber.inRange(number)) {
            out.add(Violation.of(ReasonCode.WRONG_TYPE, "number"));
        }
        return out;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        putIfPresent(json, "houseNo", houseNo);
        putIfPresent(json, "village", village);
        putIfPresent(json, "phone", phone);
        json.put("joinedOn", joinedOn.toString());
        json.put("version", version);
        if (number != null) {
            json.put("number", number);
        }
        return json;
    }

    public MemberUpsert withVersion(long newVersion) {
        return new MemberUpsert(name, houseNo, village, phone, joinedOn, newVersion, number);
    }

    /** The same state under the number the server gave the member (null: none yet). */
    public MemberUpsert withNumber(Long newNumber) {
        return new MemberUpsert(name, houseNo, village, phone, joinedOn, version, newNumber);
    }

    private static void putIfPresent(Map<String, Object> json, String key, String value) {
        if (value != null) {
            json.put(key, value);
        }
    }

    /**
     * A name as two registrations are compared to find a member registered twice: spaces at the
     * ends and runs of spaces inside do not count, nor does letter case ("" for none).
     */
    public static String comparableName(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
