package th.wastebank.welfare;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import th.wastebank.json.PayloadReader;
import th.wastebank.sync.OpPayload;
import th.wastebank.sync.OpType;
import th.wastebank.validation.Limits;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * Sets up or edits one of a bank's welfare schemes ({@code welfare.scheme.upsert}): its name and
 * kind ({@link WelfareType}), what a claim pays ({@code FIXED} amount, or {@code PER_DAY} up to {@code maxDays}), who may
 * claim (months of membership, deposits over the last months) and how the fund is fed. Versioned
 * like members: one more than the version the phone last knew.
 */
public record SchemeUpsert(String name, String kind, String payoutRule, long payoutAmount, Long maxDays,
                           long minMembershipMonths, long minDeposits, long depositLookbackMonths,
                           String funding, Long levyAmount, Long depositShareBp, String status, long version)
        implements OpPayload {

    public static final String FIXED = "FIXED";
    public static final String PER_DAY = "PER_DAY";
    public static final String ACTIVE = "ACTIVE";
    public static final String PAUSED = "PAUSED";
    public static final long MAX_DAYS = 365;
    public static final long MAX_LOOKBACK_MONTHS = 120;
    public static final long BASIS_POINTS = 10_000;
    private static final int MAX_STATUS_LENGTH = 10;

    public static SchemeUpsert read(PayloadReader r) {
        SchemeUpsert s = new SchemeUpsert(
                r.requiredString("name"),
                r.requiredString("kind"),
                r.requiredString("payoutRule"),
                r.requiredLong("payoutAmount"),
                r.optionalLong("maxDays"),
                r.requiredLong("minMembershipMonths"),
                r.requiredLong("minDeposits"),
                r.requiredLong("depositLookbackMonths"),
                r.requiredString("funding"),
                r.optionalLong("levyAmount"),
                r.optionalLong("depositShareBp"),
                r.requiredString("status"),
                r.requiredLong("version"));
        return r.ok() ? s : null;
    }

    public WelfareType welfareType() {
        return WelfareType.parse(kind).orElse(WelfareType.OTHER);
    }

    public Funding fundingSource() {
        return Funding.parse(funding).orElse(Funding.SALE_MARGIN);
    }

    public boolean active() {
        return ACTIVE.equals(status);
    }

    /** What one claim pays: the fixed amount, or the daily amount for at most {@code maxDays}. */
    public long payoutFor(Long days) {
        if (PER_DAY.equals(payoutRule)) {
            long d = days == null ? 0 : Math.max(0, Math.min(days, maxDays == null ? 0 : maxDays));
            return Math.multiplyExact(payoutAmount, d);
        }
        return payoutAmount;
    }

    @Override
    public OpType type() {
        return OpType.WELFARE_SCHEME_UPSERT;
    }

    @Override
    public List<Violation> limits() {
        List<Violation> out = new ArrayList<>();
        Limits.checkText(name, "name", Limits.MAX_NAME_LENGTH, out);
        Limits.checkText(kind, "kind", Limits.MAX_WORD_LENGTH, out);
        Limits.checkText(payoutRule, "payoutRule", Limits.MAX_WORD_LENGTH, out);
        Limits.checkText(funding, "funding", Limits.MAX_WORD_LENGTH, out);
        Limits.checkText(status, "status", MAX_STATUS_LENGTH, out);
        return out;
    }

    @Override
    public List<Violation> validate(Instant now) {
        List<Violation> out = limits();
        if (name == null || name.isBlank()) {
            out.add(Violation.of(ReasonCode.SCHEME_NAME_REQUIRED, "name"));
        }
        if (WelfareType.parse(kind).isEmpty()) {
            out.add(Violation.of(ReasonCode.WELFARE_TYPE_INVALID, "kind"));
        }
        boolean perDayOk = PER_DAY.equals(payoutRule) && maxDays != null && maxDays >= 1 && maxDays <= MAX_DAYS;
        if (!(FIXED.equals(payoutRule) || perDayOk) || payoutAmount <= 0 || payoutAmount > Limits.MAX_AMOUNT) {
            out.add(Violation.of(ReasonCode.PAYOUT_RULE_INVALID, "payoutRule"));
        }
        if (minMembershipMonths < 0 || minDeposits < 0 || minDeposits > Limits.MAX_AMOUNT
                || depositLookbackMonths < 0 || depositLookbackMonths > MAX_LOOKBACK_MONTHS) {
            out.add(Violation.of(ReasonCode.ELIGIBILITY_INVALID, "minMembershipMonths"));
        }
        if (!fundingValid()) {
            out.add(Violation.of(ReasonCode.FUNDING_INVALID, "funding"));
        }
        if (!ACTIVE.equals(status) && !PAUSED.equals(status)) {
            out.add(Violation.of(ReasonCode.SCHEME_STATUS_INVALID, "status"));
        }
        if (version < 1) {
            out.add(Violation.of(ReasonCode.VERSION_INVALID, "version"));
        }
        return out;
    }

    private boolean fundingValid() {
        Funding f = Funding.parse(funding).orElse(null);
        if (f == null) {
            return false;
        }
        return switch (f) {
            case LEVY_PER_EVENT, ANNUAL_FEE -> levyAmount != null && levyAmount > 0 && levyAmount <= Limits.MAX_AMOUNT;
            case DEPOSIT_SHARE -> depositShareBp != null && depositShareBp > 0 && depositShareBp <= BASIS_POINTS;
            case SALE_MARGIN -> true;
        };
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("kind", kind);
        json.put("payoutRule", payoutRule);
        json.put("payoutAmount", payoutAmount);
        if (maxDays != null) {
            json.put("maxDays", maxDays);
        }
        json.put("minMembershipMonths", minMembershipMonths);
        json.put("minDeposits", minDeposits);
        json.put("depositLookbackMonths", depositLookbackMonths);
        json.put("funding", funding);
        if (levyAmount != null) {
            json.put("levyAmount", levyAmount);
        }
        if (depositShareBp != null) {
            json.put("depositShareBp", depositShareBp);
        }
        json.put("status", status);
        json.put("version", version);
        return json;
    }

    public SchemeUpsert withVersion(long newVersion) {
        return new SchemeUpsert(name, kind, payoutRule, payoutAmount, maxDays, minMembershipMonths, minDeposits,
                depositLookbackMonths, funding, levyAmount, depositShareBp, status, newVersion);
    }
}
