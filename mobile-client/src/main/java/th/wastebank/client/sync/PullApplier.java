package th.wastebank.client.sync;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.op.OpHandler;
import th.wastebank.client.op.OpHandlers;
import th.wastebank.client.op.Pulled;
import th.wastebank.client.store.ClientStore;
import th.wastebank.client.store.Settings;
import th.wastebank.json.PayloadReader;
import th.wastebank.sync.Change;

/**
 * Applies pulled changes to the phone's store, a page per transaction together with the new
 * cursor, so an interrupted pull resumes where it stopped and applies nothing twice. What each
 * change means is its op type's handler's business ({@link OpHandler#applyPulled}): records this
 * phone already has (its own ops coming back) are only marked as sent; a member, a product or a
 * welfare scheme with an edit still waiting to be sent keeps that edit; another phone's records
 * appear as they come, with the same entries under the same ids as on the phone that made them.
 */
public final class PullApplier {
    private final ClientStore store;
    private final OpHandlers handlers;

    public PullApplier(ClientStore store, OpHandlers handlers) {
        this.store = store;
        this.handlers = handlers;
    }

    /** Applies one page and stores {@code nextCursor}; returns how many changes it held. */
    public int apply(List<Change> changes, String nextCursor) {
        return store.write(c -> {
            try (Ledger.Writer ledger = new Ledger.Writer(c)) {
                for (Change change : changes) {
                    // a newer server's op type has no handler: this version of the app has nothing to show for it
                    Optional<OpHandler> handler = handlers.of(change.type());
                    if (handler.isPresent()) {
                        handler.get().applyPulled(pulled(c, ledger, change));
                    }
                }
            }
            Settings.put(c, Settings.PULL_CURSOR, nextCursor);
            return changes.size();
        });
    }

    /** The one place that reads a change's wire shape: what a handler gets of it. */
    private static Pulled pulled(Connection c, Ledger.Writer ledger, Change change) {
        Instant serverTime = change.serverTime();
        return new Pulled(c, ledger, change.entityId(), PayloadReader.of(change.payload()), serverTime,
                () -> change.recordedAt() == null ? serverTime : change.recordedAt());
    }
}
