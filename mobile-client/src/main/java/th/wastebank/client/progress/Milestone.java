package th.wastebank.client.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import th.wastebank.client.store.SyncState;
import th.wastebank.progress.MilestoneStep;
import th.wastebank.progress.VideoChecklist;

/**
 * One recorded step of "1 อปท. 1 ผลิตภัณฑ์" with its evidence, as this phone knows it: the fields a
 * step does not use are null.
 *
 * @param videoUrl   the link in its normal form (steps 4 and 5)
 * @param recordedAt when it was saved (on this phone, or on the phone that sent it); the latest counts
 * @param videoLogos step 4's logos ticked ({@link th.wastebank.progress.VideoLogo} codes); null when its
 *                   checklist was not stated (recorded before it, or by an older phone)
 * @param evidence   step 1's picks, who recorded it, step 3's income and people
 */
public record Milestone(UUID id, MilestoneStep step, LocalDate doneOn, String note, String incomeModel,
                        Long participants, String activity, UUID productId, String videoUrl, Long videoSeconds,
                        String videoFileName, List<String> photos, Instant recordedAt, SyncState syncState,
                        String videoPresenter, String videoPresenterName, List<String> videoLogos,
                        Evidence evidence) {
    public Milestone {
        photos = photos == null ? List.of() : List.copyOf(photos);
        videoLogos = videoLogos == null ? null : List.copyOf(videoLogos);
        evidence = evidence == null ? Evidence.NONE : evidence;
    }

    /**
     * Step 1's income models and groups met ({@link th.wastebank.progress.IncomeModel} and
     * {@link th.wastebank.progress.NetworkGroup} codes, each "other" with its name), who recorded the
     * step, and step 3's income in satang and people working; empty or null where not given.
     */
    public record Evidence(List<String> incomeModels, String incomeModelOther, List<String> groups,
                           String groupOther, String recordedBy, Long incomeSatang, Long workers) {
        public static final Evidence NONE = new Evidence(List.of(), null, List.of(), null, null, null, null);

        public Evidence {
            incomeModels = incomeModels == null ? List.of() : List.copyOf(incomeModels);
            groups = groups == null ? List.of() : List.copyOf(groups);
        }
    }

    /** Step 4's checklist as the shared rule reads it (empty for the other steps). */
    public VideoChecklist.Result checklist() {
        if (step != MilestoneStep.VIDEO) {
            return new VideoChecklist.Result(List.of(), List.of());
        }
        return VideoChecklist.check(videoLogos != null || videoPresenter != null, videoSeconds, videoFileName,
                videoPresenter, videoLogos);
    }
}
