package th.wastebank.client.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import th.wastebank.client.store.SyncState;
import th.wastebank.progress.MilestoneStep;

/**
 * One recorded step of "1 อปท. 1 ผลิตภัณฑ์" with its evidence, as this phone knows it: the fields a
 * step does not use are null.
 *
 * @param videoUrl   the link in its normal form (steps 4 and 5)
 * @param recordedAt when it was saved (on this phone, or on the phone that sent it); the latest counts
 */
public record Milestone(UUID id, MilestoneStep step, LocalDate doneOn, String note, String incomeModel,
                        Long participants, String activity, UUID productId, String videoUrl, Long videoSeconds,
                        String videoFileName, List<String> photos, Instant recordedAt, SyncState syncState) {
    public Milestone {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }
}
