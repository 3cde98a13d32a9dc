package th.wastebank.server.progress;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Singleton;

import th.wastebank.json.CanonicalJson;
import th.wastebank.progress.IncomeModel;
import th.wastebank.progress.MilestoneRecord;
import th.wastebank.progress.MilestoneStep;
import th.wastebank.progress.VideoChecklist;
import th.wastebank.progress.VideoRules;
import th.wastebank.progress.VideoUrl;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.product.ProductBatch;
import th.wastebank.server.review.ReviewFlags;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.IncomingOp;
import th.wastebank.server.sync.OpApplier;
import th.wastebank.server.sync.Outcome;
import th.wastebank.sync.OpType;
import th.wastebank.validation.ReasonCode;

/**
 * {@code milestone.record}: one of the five steps with its evidence, kept with the phone's
 * {@code recordedAt} and the server's receiving time (which decides the reporting round). The video link is stored as typed
 * (a short link marked as one where it is shown; it is not expanded); a step 4 whose checklist ({@link VideoChecklist}: length,
 * file name, presenter, the five logos) has an unmet item is recorded and flagged for the อปท. to fix, never refused; so is "ธนาคารขยะ" typed as step 1's income
 * model by an old phone (a phone of today refuses it), which the letter does not count as a model.
 */
@Singleton
public class MilestoneApplier implements OpApplier {
    @Override
    public OpType type() {
        return OpType.MILESTONE_RECORD;
    }

    @Override
    public void collect(IncomingOp op, Batch batch) {
        ProductBatch.of(batch).want(((MilestoneRecord) op.payload()).productId());
        ProgressBatch.of(batch).wantNewId(batch, op.entityId());
    }

    @Override
    public Outcome apply(IncomingOp op, Batch batch) {
        MilestoneRecord m = (MilestoneRecord) op.payload();
        MilestoneStep step = m.milestoneStep().orElseThrow();
        if (m.productId() != null && !ProductBatch.of(batch).inOrg(m.productId(), batch.orgId())) {
            return Outcome.rejected(ReasonCode.UNKNOWN_PRODUCT, "payload.productId");
        }
        ProgressBatch progress = ProgressBatch.of(batch);
        if (progress.taken(op.entityId())) {
            return Outcome.rejected(ReasonCode.ENTITY_CONFLICT, "entityId");
        }
        String video = m.video().map(VideoUrl.Normalised::asTyped).orElse(null);
        long seq = batch.applied(op, m.toJson());
        progress.milestone(op.entityId(), new Object[] {Jdbc.bytes(op.entityId()), batch.orgId(), step.number(),
                m.doneOn(), CanonicalJson.write(m.toJson()), video, m.videoSeconds(), seq, Jdbc.utc(op.recordedAt()),
                Jdbc.utc(batch.now()), Jdbc.bytes(batch.deviceId()), m.incomeSatang(), m.workers()});
        progress.step(step.number(), m.doneOn());
        if (video != null) {
            progress.video(video, m.videoSeconds());
        }
        ReviewFlags flags = ReviewFlags.of(batch);
        VideoChecklist.Result checklist = VideoChecklist.of(m);
        for (VideoChecklist.Unmet unmet : checklist.unmet()) {
            switch (unmet) {
                case TOO_LONG -> flags.raise(batch, ReviewFlags.VIDEO_TOO_LONG, op.entityId(), seq,
                        Map.of("seconds", m.videoSeconds(), "maxSeconds", VideoRules.MAX_SECONDS, "videoUrl", video));
                case FILE_NAME_MISSING, FILE_NAME_WRONG_START, FILE_NAME_UNKNOWN_KIND, FILE_NAME_NO_NAME ->
                        flags.raise(batch, ReviewFlags.VIDEO_FILE_NAME, op.entityId(), seq, detail(
                                "fileName", m.videoFileName(), "expectedPrefix", VideoRules.FILE_NAME_PREFIX,
                                "reason", unmet.name()));
                case PRESENTER_NOT_STATED, PRESENTER_NOT_HEAD -> flags.raise(batch, ReviewFlags.VIDEO_PRESENTER,
                        op.entityId(), seq, detail("presenter", m.videoPresenter(), "presenterName",
                                m.videoPresenterName(), "reason", unmet.name()));
                case LOGOS_MISSING -> flags.raise(batch, ReviewFlags.VIDEO_LOGOS, op.entityId(), seq,
                        Map.of("missing", checklist.missingLogos().stream().map(Enum::name).toList()));
            }
        }
        if (step == MilestoneStep.MEETING && m.wasteBankAsModel()) {
            flags.raise(batch, ReviewFlags.INCOME_MODEL_WASTE_BANK, op.entityId(), seq,
                    Map.of("incomeModel", m.incomeModelOther() != null && IncomeModel.isWasteBank(m.incomeModelOther())
                            ? m.incomeModelOther() : m.incomeModel()));
        }
        return Outcome.applied();
    }

    /** A flag's detail from key/value pairs, leaving out the values that are null. */
    private static Map<String, Object> detail(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                out.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return out;
    }
}
