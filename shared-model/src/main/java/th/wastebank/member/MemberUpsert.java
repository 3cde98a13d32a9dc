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
 * {@code status} ({@link MemberStatus}'s name; absent is active), {@code statusOn} (the day the member
 * moved, died or left; required with any status but active) and {@code statusNote} say whether the
 * member still belongs to the bank. {@code villageNo} is the หมู่ที่ the member lives in, picked from the
 * bank's village list, with {@code village} the village's name as picked; members registered before
 * the list have only the typed {@code village}. All four are optional and left out of the JSON when
 * absent (or active), so ops made before them keep their bytes.
 */
public record MemberUpsert(String name, String houseNo, String village, String phone, LocalDate joinedOn,
                           long version, Long number, String status, LocalDate statusOn, String statusNote,
                           Integer villageNo) implements OpPayload {

    /** A registration or edit as a phone sends it: without a number. */
    public MemberUpsert(String name, String houseNo, String village, String phone, LocalDate joinedOn, long version) {
        this(name, houseNo, village, phone, joinedOn, version, null);
    }

    /** A member with the number the server gave, still active and with only a typed village. */
    public MemberUpsert(String name, String houseNo, String village, String phone, LocalDate joinedOn, long version,
                        Long number) {
        this(name, houseNo, village, phone, joinedOn, version, number, null, null, null, null);
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
                r.optionalLong("number"),
                r.optionalString("status"),
                r.optionalDate("statusOn"),
                r.optionalString("statusNote"),
                villageNo(r));
        return r.ok() ? m : null;
    }

    private static Integer villageNo(PayloadReader r) {
        Long n = r.optionalLong("villageNo");
        return n == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n));
    }

    /** What the member is now: {@link MemberStatus#ACTIVE} when the op names none. */
    public MemberStatus memberStatus() {
        return MemberStatus.orActive(status);
    }

    /** The day the member stopped belonging to the bank, or null while active. */
    public LocalDate leftOn() {
        return memberStatus().ended() ? statusOn : null;
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
        Limits.checkText(status, "status", Limits.MAX_WORD_LENGTH, out);
        Limits.checkText(statusNote, "statusNote", Limits.MAX_NOTE_LENGTH, out);
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
        if (status != null && MemberStatus.parse(status).isEmpty()) {
            out.add(Violation.of(ReasonCode.MEMBER_STATUS_INVALID, "status"));
        } else if (memberStatus().ended() && statusOn == null) {
            out.add(Violation.of(ReasonCode.MEMBER_STATUS_DAY_REQUIRED, "statusOn"));
        }
        if (statusOn != null) {
            Dates.check(statusOn, "statusOn", now, out);
            if (joinedOn != null && statusOn.isBefore(joinedOn)) {
                out.add(Violation.of(ReasonCode.MEMBER_STATUS_BEFORE_JOINING, "statusOn"));
            }
        }
        if (villageNo != null && !Membership.villageNoInRange(villageNo)) {
            out.add(Violation.of(ReasonCode.MEMBER_VILLAGE_NO_INVALID, "villageNo"));
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
        if (memberStatus().ended() || statusOn != null) {
            json.put("status", memberStatus().name());
        }
        if (statusOn != null) {
            json.put("statusOn", statusOn.toString());
        }
        putIfPresent(json, "statusNote", statusNote);
        if (villageNo != null) {
            json.put("villageNo", villageNo);
        }
        return json;
    }

    public MemberUpsert withVersion(long newVersion) {
        return new MemberUpsert(name, houseNo, village, phone, joinedOn, newVersion, number, status, statusOn,
                statusNote, villageNo);
    }

    /** The same state under the number the server gave the member (null: none yet). */
    public MemberUpsert withNumber(Long newNumber) {
        return new MemberUpsert(name, houseNo, village, phone, joinedOn, version, newNumber, status, statusOn,
                statusNote, villageNo);
    }

    /** The same member with this status, from this day, and this note (active: none of them kept). */
    public MemberUpsert withStatus(MemberStatus newStatus, LocalDate on, String note) {
        boolean active = newStatus == null || !newStatus.ended();
        return new MemberUpsert(name, houseNo, village, phone, joinedOn, version, number,
                active ? null : newStatus.name(), active ? null : on, active ? null : note, villageNo);
    }

    /** The same member living in village หมู่ที่ {@code no} named {@code name} (null, null: none). */
    public MemberUpsert withVillage(Integer no, String name) {
        return new MemberUpsert(this.name, houseNo, name, phone, joinedOn, version, number, status, statusOn,
                statusNote, no);
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
