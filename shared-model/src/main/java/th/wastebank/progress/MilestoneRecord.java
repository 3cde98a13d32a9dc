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
 */
public record MilestoneRecord(long step, LocalDate doneOn, String note, String incomeModel, Long participants,
                              String activity, UUID productId, String videoUrl, Long videoSeconds,
                              String videoFileName, List<String> photos) implements OpPayload {

    public static final String TRAINING = "TRAINING";
    public static final String STUDY_VISIT = "STUDY_VISIT";

    public MilestoneRecord {
        photos = photos == null ? List.of() : List.copyOf(photos);
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
                r.has("photos") ? r.requiredStrings("photos") : List.of());
        return r.ok() ? m : null;
    }

    public Optional<MilestoneStep> milestoneStep() {
        return MilestoneStep.of(step);
    }

    /** The video link (as typed, its normal form, whether it is a short link), when it is one. */
    public Optional<VideoUrl.Normalised> video() {
        return VideoUrl.normalise(videoUrl);
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
            case MEETING -> {
                if (incomeModel == null) {
                    out.add(Violation.of(ReasonCode.INCOME_MODEL_REQUIRED, "incomeModel"));
                }
            }
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
            }
            case VIDEO -> {
                checkVideo(out);
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
        return json;
    }

    private static void putIfPresent(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
