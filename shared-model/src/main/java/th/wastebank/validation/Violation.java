package th.wastebank.validation;

import java.util.Objects;

/**
 * One broken rule: its code, the field it concerns (may be null) and the messages to show. Phone
 * and server produce the same violations for the same input because both run the model's rules.
 */
public record Violation(ReasonCode code, String field) {
    public Violation {
        Objects.requireNonNull(code, "code");
    }

    public static Violation of(ReasonCode code) {
        return new Violation(code, null);
    }

    public static Violation of(ReasonCode code, String field) {
        return new Violation(code, field);
    }

    public String messageTh() {
        return code.messageTh(field);
    }

    public String messageEn() {
        return code.messageEn(field);
    }
}
