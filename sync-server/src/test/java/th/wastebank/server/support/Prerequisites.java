package th.wastebank.server.support;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine beyond Java (Debian's Chromium, Galera and MariaDB packages).
 * On a developer's machine a test without it is skipped and says what to install; under CI
 * ({@code CI=true}, which CI services and {@code .ci/run} set) it fails, so a runner that lost a
 * package cannot pass by skipping the tests that need it.
 */
public final class Prerequisites {
    private Prerequisites() {
    }

    public static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips (locally) or fails (under CI) the calling test when {@code present} is false, with {@code why}. */
    public static void require(boolean present, String why) {
        if (present) {
            return;
        }
        if (underCi()) {
            Assertions.fail("Under CI (CI=true) a missing prerequisite fails instead of skipping: " + why);
        }
        Assumptions.abort(why);
    }
}
