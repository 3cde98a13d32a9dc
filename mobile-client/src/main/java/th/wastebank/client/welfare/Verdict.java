package th.wastebank.client.welfare;

import java.util.List;

import th.wastebank.welfare.Eligibility;

/**
 * Whether a member may claim on a scheme, by the scheme's rules and this phone's ledger: the rules
 * not met (none when eligible) and whether the scheme is paused. It only warns: a claim is filed
 * all the same and the committee decides.
 */
public record Verdict(List<Eligibility.Unmet> unmet, boolean schemePaused, long membershipMonths, long deposits) {
    public Verdict {
        unmet = List.copyOf(unmet);
    }

    public boolean eligible() {
        return unmet.isEmpty() && !schemePaused;
    }

    public List<String> unmetTh() {
        return unmet.stream().map(Eligibility.Unmet::messageTh).toList();
    }

    public List<String> unmetEn() {
        return unmet.stream().map(Eligibility.Unmet::messageEn).toList();
    }
}
