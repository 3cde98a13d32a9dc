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
 */
public record SyncStatus(Phase phase, int pending, int rejected, Instant lastSyncAt, String lastErrorTh, int sent,
                         int toSend, int pulled) {

    public enum Phase {
        NOT_PAIRED,
        IDLE,
        SYNCING,
        OFFLINE,
        ERROR
    }

    public SyncStatus with(Phase newPhase) {
        return new SyncStatus(newPhase, pending, rejected, lastSyncAt, lastErrorTh, sent, toSend, pulled);
    }

    /** Share of the current run's ops already answered, 0 to 1 (1 when there was nothing to send). */
    public double progress() {
        return toSend == 0 ? 1.0 : Math.min(1.0, (double) sent / toSend);
    }
}
