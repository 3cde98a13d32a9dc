package th.wastebank.client.welfare;

import java.util.UUID;

import th.wastebank.client.store.SyncState;
import th.wastebank.welfare.Funding;
import th.wastebank.welfare.SchemeUpsert;
import th.wastebank.welfare.WelfareType;

/**
 * A welfare scheme of this bank as this phone knows it: its rules are exactly the
 * {@code welfare.scheme.upsert} payload of its latest version.
 */
public record Scheme(UUID id, SchemeUpsert rules, SyncState syncState) {

    public String name() {
        return rules.name();
    }

    public WelfareType kind() {
        return rules.welfareType();
    }

    public Funding funding() {
        return rules.fundingSource();
    }

    public boolean perDay() {
        return SchemeUpsert.PER_DAY.equals(rules.payoutRule());
    }

    public boolean active() {
        return rules.active();
    }

    public long version() {
        return rules.version();
    }

    /** True when a levy run debits members' savings for this scheme (not for a sale-margin scheme). */
    public boolean levied() {
        return funding().isLevy();
    }
}
