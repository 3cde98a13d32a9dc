package th.wastebank.validation;

import java.util.List;
import java.util.Locale;

/** Money that leaves an account is confirmed by two different committee members. */
public final class Approvals {
    private Approvals() {
    }

    /** True when the names hold at least two different people (case and spacing ignored). */
    public static boolean twoDifferent(List<String> names) {
        return names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).distinct().count() >= 2;
    }
}
