package th.wastebank.sync;

import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * Why an op was rejected: a stable {@code code}, an English {@code message} for operators, the
 * Thai {@code messageTh} for the committee, and the {@code field} at fault when there is one.
 */
public record Reason(String code, String message, String messageTh, String field) {
    public static Reason of(Violation violation) {
        return new Reason(violation.code().name(), violation.messageEn(), violation.messageTh(), violation.field());
    }

    public static Reason of(ReasonCode code) {
        return of(Violation.of(code));
    }
}
