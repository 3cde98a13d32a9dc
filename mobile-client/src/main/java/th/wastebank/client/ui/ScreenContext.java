package th.wastebank.client.ui;

import java.util.logging.Level;
import java.util.logging.Logger;

import th.wastebank.client.common.Invalid;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.sync.ServerException;

/**
 * What every view model needs besides its services: texts in the chosen language, where to run
 * work, where to go next and how to tell the user something.
 */
public record ScreenContext(Messages messages, Async async, Routes routes, Notifier notifier) {
    private static final Logger LOG = Logger.getLogger(ScreenContext.class.getName());

    /**
     * The sentence to show for a failure: the rule that was broken, the server's problem, or (for
     * anything unexpected, which is logged here) a short apology; never a stack trace.
     */
    public String explain(Exception failure) {
        if (failure instanceof Invalid invalid) {
            return messages.describe(invalid);
        }
        if (failure instanceof ServerException server) {
            return messages.describe(server);
        }
        LOG.log(Level.WARNING, "unexpected failure behind a screen", failure);
        return messages.get("error.unexpected");
    }
}
