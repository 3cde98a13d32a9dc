package th.wastebank.client.outbox;

import java.time.Instant;
import java.util.UUID;

import th.wastebank.client.store.SyncState;

/**
 * One op waiting in the phone's outbox.
 *
 * @param seq        the device's own order; ops are sent in this order
 * @param opId       the idempotency key the server deduplicates by
 * @param type       the contract's op type, e.g. {@code deposit.record}
 * @param entityId   the record the op creates or changes
 * @param payloadJson the op's payload as canonical JSON, exactly as it will be sent every time
 * @param recordedAt when the committee saved it on this phone
 * @param state      PENDING (to send) or REJECTED (answered, waiting for a person)
 * @param attempts   how many pushes carried it
 * @param reasonCode the server's reason code when REJECTED
 * @param reasonTh   the server's Thai explanation when REJECTED
 */
public record OutboxOp(long seq, UUID opId, String type, UUID entityId, String payloadJson, Instant recordedAt,
                       SyncState state, int attempts, String reasonCode, String reasonTh) {
}
