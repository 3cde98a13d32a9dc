package th.wastebank.sync;

import java.util.List;

/**
 * One result per pushed op, in the order of the request, and the server's op-log epoch: when it
 * differs from the one a device last saw, the server was restored from a backup (ADR 0009).
 */
public record PushResponse(List<OpResult> results, String serverEpoch) {
}
