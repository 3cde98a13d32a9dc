package th.wastebank.server.progress;

import java.util.Map;

import jakarta.inject.Singleton;

import th.wastebank.json.CanonicalJson;
import th.wastebank.progress.IncomeModel;
import th.wastebank.progress.MilestoneRecord;
import th.wastebank.progress.MilestoneStep;
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
 * (a short link marked as one where it is shown; it is not expanded); a video over five minutes or a file name that does not
 * follow the letter is recorded and flagged for the อปท. to fix, never refused; so is "ธนาคารขยะ" typed as step 1's income
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
        if (m.videoSeconds() != null && VideoRules.tooLong(m.videoSeconds())) {
            flags.raise(batch, ReviewFlags.VIDEO_TOO_LONG, op.entityId(), seq,
                    Map.of("seconds", m.videoSeconds(), "maxSeconds", VideoRules.MAX_SECONDS, "videoUrl", video));
        }
        if (m.videoFileName() != null && !VideoRules.fileNameFollowsTheLetter(m.videoFileName())) {
            flags.raise(batch, ReviewFlags.VIDEO_FILE_NAME, op.entityId(), seq,
                    Map.of("fileName", m.videoFileName(), "expectedPrefix", VideoRules.FILE_NAME_PREFIX));
        }
        if (step == MilestoneStep.MEETING && m.wasteBankAsModel()) {
            flags.raise(batch, ReviewFlags.INCOME_MODEL_WASTE_BANK, op.entityId(), seq,
                    Map.of("incomeModel", m.incomeModelOther() != null && IncomeModel.isWasteBank(m.incomeModelOther())
                            ? m.incomeModelOther() : m.incomeModel()));
        }
        return Outcome.applied();
    }
}
