package th.wastebank.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import th.wastebank.json.PayloadReader;
import th.wastebank.product.PhotoRef;
import th.wastebank.sync.OpPayload;
import th.wastebank.sync.OpType;
import th.wastebank.validation.Dates;
import th.wastebank.validation.Limits;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * One of the five steps recorded with its evidence ({@code milestone.record}): step 1 the income
 * model chosen, step 2 the training's participant count, step 3 the product, step 4 the video's link
 * and declared length (and its file name), step 5 the link reported to district and province.
 * A step may be recorded again (a better video, a later report); the latest counts.
 *
 * <p>Optional since issue 15: step 1 picks its income models ({@link IncomeModel} codes, "OTHER" named
 * in {@code incomeModelOther}) and the groups met ({@link NetworkGroup} codes, "OTHER" named in
 * {@code groupOther}); an old op's free-text {@code incomeModel} stays valid. Step 3 may carry the
 * income the product earned ({@code incomeSatang}) and the people working on it ({@code workers}).
 * {@code recordedBy} names who recorded the step on the phone.
 *
 * <p>Optional since issue 15 part 3 (ADR 0022): step 4's checklist, the presenter ({@link VideoPresenter}
 * code in {@code videoPresenter}, the name in {@code videoPresenterName}) and the logos ticked
 * ({@link VideoLogo} codes in {@code videoLogos}). A phone with the checklist always sends
 * {@code videoLogos} (empty when none is ticked); an older phone sends none of them, and its
 * checklist is "not stated" ({@link #checklistStated()}); see {@link VideoChecklist}.
 */
public record MilestoneRecord(long step, LocalDate doneOn, String note, String incomeModel, Long participants,
                              String activity, UUID productId, String videoUrl, Long videoSeconds,
                              String videoFileName, List<String> photos, List<String> incomeModels,
                              String incomeModelOther, List<String> groups, String groupOther, String recordedBy,
                              Long incomeSatang, Long workers, String videoPresenter, String videoPresenterName,
                              List<String> videoLogos) implements OpPayload {

    public static final String TRAINING = "TRAINING";
    public static final String STUDY_VISIT = "STUDY_VISIT";

    public static final long MAX_WORKERS = 100_000;

    public MilestoneRecord {
        photos = photos == null ? List.of() : List.copyOf(photos);
        incomeModels = incomeModels == null ? List.of() : List.copyOf(incomeModels);
        groups = groups == null ? List.of() : List.copyOf(groups);
        videoLogos = videoLogos == null ? null : List.copyOf(videoLogos);
    }

    /** A step as recorded before step 4's checklist (issue 15 part 3): no presenter nor logos. */
    public MilestoneRecord(long step, LocalDate doneOn, String note, String incomeModel, Long participants,
                           String activity, UUID productId, String videoUrl, Long videoSeconds,
                           String videoFileName, List<String> photos, List<String> incomeModels,
                           String incomeModelOther, List<String> groups, String groupOther, String recordedBy,
                           Long incomeSatang, Long workers) {
        this(step, doneOn, note, incomeModel, participants, activity, productId, videoUrl, videoSeconds,
                videoFileName, photos, incomeModels, incomeModelOther, groups, groupOther, recordedBy, incomeSatang,
                workers, null, null, null);
    }

    /** A step as recorded before issue 15: no picked models or groups, no recorder, income or workers. */
    public MilestoneRecord(long step, LocalDate doneOn, String note, String incomeModel, Long participants,
                           String activity, UUID productId, String videoUrl, Long videoSeconds,
                           String videoFileName, List<String> photos) {
        this(step, doneOn, note, incomeModel, participants, activity, productId, videoUrl, videoSeconds,
                videoFileName, photos, List.of(), null, List.of(), null, null, null, null, null, null, null);
    }

    public static MilestoneRecord read(PayloadReader r) {
        long step = r.requiredLong("step");
        LocalDate doneOn = r.requiredDate("doneOn");
        MilestoneRecord m = new MilestoneRecord(step, doneOn,
                r.optionalString("note"),
                r.optionalString("incomeModel"),
                r.optionalLong("participants"),
                r.optionalString("activity"),
                r.has("productId") ? r.requiredId("productId") : null,
                r.optionalString("videoUrl"),
                r.optionalLong("videoSeconds"),
                r.optionalString("videoFileName"),
                r.has("photos") ? r.requiredStrings("photos") : List.of(),
                r.has("incomeModels") ? r.requiredStrings("incomeModels") : List.of(),
                r.optionalString("incomeModelOther"),
                r.has("groups") ? r.requiredStrings("groups") : List.of(),
                r.optionalString("groupOther"),
                r.optionalString("recordedBy"),
                r.optionalLong("incomeSatang"),
                r.optionalLong("workers"),
                r.optionalString("videoPresenter"),
                r.optionalString("videoPresenterName"),
                r.has("videoLogos") ? r.requiredStrings("videoLogos") : null);
        return r.ok() ? m : null;
    }

    public Optional<MilestoneStep> milestoneStep() {
        return MilestoneStep.of(step);
    }

    /** The video link (as typed, its normal form, whether it is a short link), when it is one. */
    public Optional<VideoUrl.Normalised> video() {
        return VideoUrl.normalise(videoUrl);
    }

    /**
     * True when a model typed on this step is the waste bank itself (the free text of an old op, or
     * the name of "other"): the phone refuses it, the server records it and flags it for review.
     */
    public boolean wasteBankAsModel() {
        return IncomeModel.isWasteBank(incomeModel) || IncomeModel.isWasteBank(incomeModelOther);
    }

    /** True when step 4's checklist came with the op (a phone with the checklist sends {@code videoLogos}). */
    public boolean checklistStated() {
        return videoLogos != null || videoPresenter != null;
    }

    @Override
    public OpType type() {
        return OpType.MILESTONE_RECORD;
    }

    @Override
    public List<Violation> limits() {
        List<Violation> out = new ArrayList<>();
        Limits.checkText(note, "note", Limits.MAX_NOTE_LENGTH, out);
        Limits.checkText(incomeModel, "incomeModel", Limits.MAX_NOTE_LENGTH, out);
        Limits.checkText(activity, "activity", Limits.MAX_WORD_LENGTH, out);
        Limits.checkText(videoUrl, "videoUrl", Limits.MAX_URL_LENGTH, out);
        Limits.checkText(videoFileName, "videoFileName", Limits.MAX_FILE_NAME_LENGTH, out);
        Limits.checkTexts(photos, "photos", Limits.MAX_PHOTO_REF_LENGTH, out);
        Limits.checkTexts(incomeModels, "incomeModels", Limits.MAX_CODE_LENGTH, out);
        Limits.checkText(incomeModelOther, "incomeModelOther", Limits.MAX_NAME_LENGTH, out);
        Limits.checkTexts(groups, "groups", Limits.MAX_CODE_LENGTH, out);
        Limits.checkText(groupOther, "groupOther", Limits.MAX_NAME_LENGTH, out);
        Limits.checkText(recordedBy, "recordedBy", Limits.MAX_NAME_LENGTH, out);
        Limits.checkText(videoPresenter, "videoPresenter", Limits.MAX_CODE_LENGTH, out);
        Limits.checkText(videoPresenterName, "videoPresenterName", Limits.MAX_NAME_LENGTH, out);
        if (videoLogos != null) {
            Limits.checkTexts(videoLogos, "videoLogos", Limits.MAX_CODE_LENGTH, out);
        }
        return out;
    }

    @Override
    public List<Violation> validate(Instant now) {
        List<Violation> out = limits();
        MilestoneStep s = milestoneStep().orElse(null);
        if (s == null) {
            out.add(Violation.of(ReasonCode.STEP_INVALID, "step"));
            return out;
        }
        Dates.check(doneOn, "doneOn", now, out);
        switch (s) {
            case MEETING -> checkMeeting(out);
            case TRAINING -> {
                if (participants == null || participants < 1 || participants > 100_000) {
                    out.add(Violation.of(ReasonCode.PARTICIPANTS_REQUIRED, "participants"));
                }
                if (activity != null && !activity.equals(TRAINING) && !activity.equals(STUDY_VISIT)) {
                    out.add(Violation.of(ReasonCode.WRONG_TYPE, "activity"));
                }
            }
            case PRODUCT -> {
                if (productId == null) {
                    out.add(Violation.of(ReasonCode.PRODUCT_REQUIRED, "productId"));
                }
                if (incomeSatang != null && (incomeSatang < 0 || incomeSatang > Limits.MAX_AMOUNT)) {
                    out.add(Violation.of(ReasonCode.AMOUNT_TOO_LARGE, "incomeSatang"));
                }
                if (workers != null && (workers < 0 || workers > MAX_WORKERS)) {
                    out.add(Violation.of(ReasonCode.WORKERS_INVALID, "workers"));
                }
            }
            case VIDEO -> {
                checkVideo(out);
                if (videoPresenter != null && VideoPresenter.parse(videoPresenter).isEmpty()) {
                    out.add(Violation.of(ReasonCode.WRONG_TYPE, "videoPresenter"));
                }
                if (videoLogos != null && (videoLogos.size() > VideoLogo.values().length
                        || !videoLogos.stream().allMatch(c -> VideoLogo.parse(c).isPresent()))) {
                    out.add(Violation.of(ReasonCode.WRONG_TYPE, "videoLogos"));
                }
                if (videoSeconds == null || videoSeconds < 1 || videoSeconds > 24 * 3600) {
                    out.add(Violation.of(ReasonCode.VIDEO_LENGTH_REQUIRED, "videoSeconds"));
                }
            }
            case REPORTED -> checkVideo(out);
        }
        if (!PhotoRef.allValid(photos)) {
            out.add(Violation.of(ReasonCode.PHOTO_INVALID, "photos"));
        }
        return out;
    }

    /** A model typed (an old op) or picked, every pick known, and "other" named. */
    private void checkMeeting(List<Violation> out) {
        if ((incomeModel == null || incomeModel.isBlank()) && incomeModels.isEmpty()) {
            out.add(Violation.of(ReasonCode.INCOME_MODEL_REQUIRED, "incomeModel"));
        }
        if (!incomeModels.stream().allMatch(c -> IncomeModel.parse(c).isPresent())) {
            out.add(Violation.of(ReasonCode.WRONG_TYPE, "incomeModels"));
        } else if (incomeModels.contains(IncomeModel.OTHER.name()) && blank(incomeModelOther)) {
            out.add(Violation.of(ReasonCode.OTHER_NAME_REQUIRED, "incomeModelOther"));
        }
        if (!groups.stream().allMatch(c -> NetworkGroup.parse(c).isPresent())) {
            out.add(Violation.of(ReasonCode.WRONG_TYPE, "groups"));
        } else if (groups.contains(NetworkGroup.OTHER.name()) && blank(groupOther)) {
            out.add(Violation.of(ReasonCode.OTHER_NAME_REQUIRED, "groupOther"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private void checkVideo(List<Violation> out) {
        if (videoUrl == null) {
            out.add(Violation.of(ReasonCode.VIDEO_URL_REQUIRED, "videoUrl"));
        } else if (video().isEmpty()) {
            out.add(Violation.of(ReasonCode.VIDEO_HOST_NOT_ALLOWED, "videoUrl"));
        }
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("step", step);
        json.put("doneOn", doneOn.toString());
        putIfPresent(json, "note", note);
        putIfPresent(json, "incomeModel", incomeModel);
        putIfPresent(json, "participants", participants);
        putIfPresent(json, "activity", activity);
        putIfPresent(json, "productId", productId == null ? null : productId.toString());
        putIfPresent(json, "videoUrl", videoUrl);
        putIfPresent(json, "videoSeconds", videoSeconds);
        putIfPresent(json, "videoFileName", videoFileName);
        json.put("photos", photos);
        if (!incomeModels.isEmpty()) {
            json.put("incomeModels", incomeModels);
        }
        putIfPresent(json, "incomeModelOther", incomeModelOther);
        if (!groups.isEmpty()) {
            json.put("groups", groups);
        }
        putIfPresent(json, "groupOther", groupOther);
        putIfPresent(json, "recordedBy", recordedBy);
        putIfPresent(json, "incomeSatang", incomeSatang);
        putIfPresent(json, "workers", workers);
        putIfPresent(json, "videoPresenter", videoPresenter);
        putIfPresent(json, "videoPresenterName", videoPresenterName);
        putIfPresent(json, "videoLogos", videoLogos);
        return json;
    }

    private static void putIfPresent(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
