package th.wastebank.client.sync;

import java.time.Instant;

/**
 * An immutable snapshot of the sync engine for the screen's badge: what it is doing, what waits,
 * what was refused, when it last finished, what last went wrong, and the progress of a long run.
 *
 * @param phase       what the engine is doing now
 * @param pending     ops saved on the phone and not yet answered by the server
 * @param rejected    ops the server refused, waiting for a person
 * @param lastSyncAt  when a full push and pull last succeeded (null: never)
 * @param lastErrorTh the last failure in Thai (null after a success)
 * @param sent        ops answered in the current run
 * @param toSend      ops the current run set out to send
 * @param pulled      changes pulled in the current run
 * @param trouble     what kind of failure the last run met (null after a success)
 * @param nextTryAt   when the engine will try again after that failure (null: no try is waiting)
 * @param resent      ops the current (or last) run sent again because the server had been restored
 *                    from a backup (0: none)
 */
public record SyncStatus(Phase phase, int pending, int rejected, Instant lastSyncAt, String lastErrorTh, int sent,
                         int toSend, int pulled, Trouble trouble, Instant nextTryAt, int resent) {

    public SyncStatus(Phase phase, int pending, int rejected, Instant lastSyncAt, String lastErrorTh, int sent,
                      int toSend, int pulled) {
        this(phase, pending, rejected, lastSyncAt, lastErrorTh, sent, toSend, pulled, null, null, 0);
    }

    public SyncStatus(Phase phase, int pending, int rejected, Instant lastSyncAt, String lastErrorTh, int sent,
                      int toSend, int pulled, Trouble trouble, Instant nextTryAt) {
        this(phase, pending, rejected, lastSyncAt, lastErrorTh, sent, toSend, pulled, trouble, nextTryAt, 0);
    }

    /** Why the last run failed, as the badge tells it; each has its own words and its own remedy. */
    public enum Trouble {
        /** No network at all on the phone. */
        NO_SIGNAL,
        /** The network is there, the server does not answer. */
        UNREACHABLE,
        /** The server no longer accepts this phone's token (401): pair again. */
        REVOKED,
        /** The server answered 429/503 with Retry-After. */
        SERVER_BUSY,
        /** Anything else: the server's own words are in lastErrorTh. */
        OTHER;

        static Trouble of(ServerException e) {
            return switch (e.kind()) {
                case NO_SIGNAL -> NO_SIGNAL;
                case UNREACHABLE -> UNREACHABLE;
                case UNAUTHORIZED -> REVOKED;
                case BUSY -> SERVER_BUSY;
                case BAD_RESPONSE, REFUSED -> OTHER;
            };
        }
    }

    public enum Phase {
        NOT_PAIRED,
        IDLE,
        SYNCING,
        OFFLINE,
        ERROR
    }

    public SyncStatus with(Phase newPhase) {
        return new SyncStatus(newPhase, pending, rejected, lastSyncAt, lastErrorTh, sent, toSend, pulled, trouble,
                nextTryAt, resent);
    }

    /** Share of the current run's ops already answered, 0 to 1 (1 when there was nothing to send). */
    public double progress() {
        return toSend == 0 ? 1.0 : Math.min(1.0, (double) sent / toSend);
    }
}
