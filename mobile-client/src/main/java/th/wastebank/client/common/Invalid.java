package th.wastebank.client.common;

import java.util.List;
import java.util.stream.Collectors;

import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * Input that breaks a rule: nothing was saved. The violations carry the Thai sentences the
 * screen shows next to the field at fault.
 */
public class Invalid extends RuntimeException {
    private final List<Violation> violations;

    public Invalid(List<Violation> violations) {
        super(violations.stream().map(Violation::messageEn).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public static Invalid of(ReasonCode code, String field) {
        return new Invalid(List.of(Violation.of(code, field)));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** All messages in Thai, one per line. */
    public String messageTh() {
        return violations.stream().map(Violation::messageTh).distinct().collect(Collectors.joining("\n"));
    }
}
