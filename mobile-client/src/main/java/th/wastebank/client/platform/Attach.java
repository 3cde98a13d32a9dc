package th.wastebank.client.platform;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Guards every call into Gluon Attach: on a desktop most services are absent, and a missing
 * native part must cost a fallback, never the app.
 */
final class Attach {
    private static final Logger LOG = Logger.getLogger(Attach.class.getName());

    private Attach() {
    }

    /** True on Android and iOS, false on a desktop or when Attach cannot tell. */
    static boolean onPhone() {
        try {
            return !com.gluonhq.attach.util.Platform.isDesktop();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** The service from {@code create} when running on a phone and Attach provides it. */
    static <T> Optional<T> service(Supplier<Optional<T>> create) {
        if (!onPhone()) {
            return Optional.empty();
        }
        try {
            return create.get();
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.INFO, "Gluon Attach service unavailable, using the fallback", e);
            return Optional.empty();
        }
    }
}
