package th.wastebank.server.sync;

import th.wastebank.sync.Reason;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/** The result of applying one op: applied, or refused with a reason. */
public record Outcome(Reason rejection) {
    private static final Outcome APPLIED = new Outcome(null);

    public static Outcome applied() {
        return APPLIED;
    }

    public static Outcome rejected(ReasonCode code, String field) {
        return new Outcome(Reason.of(Violation.of(code, field)));
    }

    public boolean isApplied() {
        return rejection == null;
    }
}
