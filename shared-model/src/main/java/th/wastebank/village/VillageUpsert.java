package th.wastebank.village;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import th.wastebank.json.PayloadReader;
import th.wastebank.member.Membership;
import th.wastebank.sync.OpPayload;
import th.wastebank.sync.OpType;
import th.wastebank.validation.Limits;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * Adds a village to the อปท.'s list or edits one ({@code village.upsert}); the op's entityId is the
 * village's id. A village is its หมู่ที่ {@code number} (1 to 99), by which members are counted
 * (ADR 0018), and an optional {@code name} ("บ้านหนองบัว"). A {@code retired} village is no longer
 * offered when a member is registered, but still named for members who live there. Versioned like
 * members: one more than the version the phone last knew; the later arrival wins. Two villages with
 * one number are both kept (phones add villages offline) and count as one.
 */
public record VillageUpsert(int number, String name, boolean retired, long version) implements OpPayload {
    public static final int MIN_NUMBER = Membership.MIN_VILLAGE_NO;
    public static final int MAX_NUMBER = Membership.MAX_VILLAGE_NO;
    /**
     * A village's name may be this long: with "หมู่ที่ 99 " before it, the label a member's typed
     * village text receives still fits that text's limit ({@link Limits#MAX_SHORT_TEXT}).
     */
    public static final int MAX_NAME_LENGTH = 80;

    public static VillageUpsert read(PayloadReader r) {
        int number = 0;
        Object raw = r.value("number");
        if (raw == null) {
            r.report(ReasonCode.VILLAGE_NUMBER_REQUIRED, "number");
        } else {
            Long n = raw instanceof Number ? wholeNumber(raw) : null;
            if (n == null || n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
                r.report(ReasonCode.VILLAGE_NUMBER_INVALID, "number");
            } else {
                number = n.intValue();
            }
        }
        Object retired = r.value("retired");
        if (retired != null && !(retired instanceof Boolean)) {
            r.report(ReasonCode.WRONG_TYPE, "retired");
        }
        VillageUpsert v = new VillageUpsert(number, r.optionalString("name"), Boolean.TRUE.equals(retired),
                r.requiredLong("version"));
        return r.ok() ? v : null;
    }

    private static Long wholeNumber(Object raw) {
        try {
            return new java.math.BigDecimal(raw.toString()).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    /** The village as people say it and as a member's village text records it: "หมู่ที่ 4 บ้านหนองบัว". */
    public static String label(int number, String name) {
        String n = name == null ? "" : name.strip();
        return "หมู่ที่ " + number + (n.isEmpty() ? "" : " " + n);
    }

    public String label() {
        return label(number, name);
    }

    @Override
    public OpType type() {
        return OpType.VILLAGE_UPSERT;
    }

    @Override
    public List<Violation> limits() {
        List<Violation> out = new ArrayList<>();
        Limits.checkText(name, "name", MAX_NAME_LENGTH, out);
        return out;
    }

    @Override
    public List<Violation> validate(Instant now) {
        List<Violation> out = limits();
        if (!Membership.villageNoInRange(number)) {
            out.add(Violation.of(ReasonCode.VILLAGE_NUMBER_INVALID, "number"));
        }
        if (version < 1) {
            out.add(Violation.of(ReasonCode.VERSION_INVALID, "version"));
        }
        return out;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", (long) number);
        if (name != null && !name.isBlank()) {
            json.put("name", name.strip());
        }
        if (retired) {
            json.put("retired", true);
        }
        json.put("version", version);
        return json;
    }

    public VillageUpsert withVersion(long newVersion) {
        return new VillageUpsert(number, name, retired, newVersion);
    }
}
