package th.wastebank.client.progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import th.wastebank.client.common.Invalid;
import th.wastebank.client.common.Validation;
import th.wastebank.client.outbox.Outbox;
import th.wastebank.client.product.ProductService;
import th.wastebank.client.store.ClientStore;
import th.wastebank.client.store.SyncState;
import th.wastebank.client.store.TextList;
import th.wastebank.id.IdGenerator;
import th.wastebank.progress.IncomeModel;
import th.wastebank.progress.MilestoneRecord;
import th.wastebank.progress.MilestoneStep;
import th.wastebank.progress.NetworkGroup;
import th.wastebank.progress.VideoChecklist;
import th.wastebank.progress.VideoUrl;
import th.wastebank.validation.ReasonCode;

/**
 * Records the five steps with their evidence, each with its {@code milestone.record} op in one
 * transaction, after the checks the server makes. A video link on another host is refused (the
 * server would refuse it too); an unmet item of step 4's checklist ({@link VideoChecklist}: over five
 * minutes, a file name off the letter, a presenter other than the head of the อปท., a logo missing) is
 * saved and comes back as a warning, because the อปท. can fix it later; the server flags it too. "ธนาคารขยะ" typed as step 1's
 * income model is refused: the letter asks for a model other than the waste bank.
 */
public final class MilestoneService {
    private static final String COLUMNS = "id, step, done_on, note, income_model, participants, activity, product_id,"
            + " video_url, video_seconds, video_file_name, photos, recorded_at, sync_state, video_presenter,"
            + " video_presenter_name, video_logos, income_models, income_model_other, network_groups, group_other,"
            + " recorded_by, income_satang, workers";

    private final ClientStore store;
    private final Clock clock;
    private final IdGenerator ids;

    public MilestoneService(ClientStore store, Clock clock, IdGenerator ids) {
        this.store = store;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * A step as the committee fills it in; the fields its step does not use are ignored.
     *
     * @param videoUrl the link as typed (any accepted form; it is kept as typed, https:// added when no scheme was)
     * @param activity {@link MilestoneRecord#TRAINING} or {@link MilestoneRecord#STUDY_VISIT} for step 2
     */
    public record Draft(MilestoneStep step, LocalDate doneOn, String note, String incomeModel, Long participants,
                        String activity, UUID productId, String videoUrl, Long videoSeconds, String videoFileName,
                        List<String> photos, List<String> incomeModels, String incomeModelOther, List<String> groups,
                        String groupOther, String recordedBy, Long incomeSatang, Long workers,
                        String videoPresenter, String videoPresenterName, List<String> videoLogos) {

        /** A step without step 4's checklist (its presenter and logos "not stated"). */
        public Draft(MilestoneStep step, LocalDate doneOn, String note, String incomeModel, Long participants,
                     String activity, UUID productId, String videoUrl, Long videoSeconds, String videoFileName,
                     List<String> photos, List<String> incomeModels, String incomeModelOther, List<String> groups,
                     String groupOther, String recordedBy, Long incomeSatang, Long workers) {
            this(step, doneOn, note, incomeModel, participants, activity, productId, videoUrl, videoSeconds,
                    videoFileName, photos, incomeModels, incomeModelOther, groups, groupOther, recordedBy, incomeSatang,
                    workers, null, null, null);
        }

        /** A step with no picked models or groups, recorder, income or workers. */
        public Draft(MilestoneStep step, LocalDate doneOn, String note, String incomeModel, Long participants,
                     String activity, UUID productId, String videoUrl, Long videoSeconds, String videoFileName,
                     List<String> photos) {
            this(step, doneOn, note, incomeModel, participants, activity, productId, videoUrl, videoSeconds,
                    videoFileName, photos, List.of(), null, List.of(), null, null, null, null, null, null, null);
        }
    }

    /** A saved step and the items of step 4's checklist it does not meet (saved all the same). */
    public record Saved(Milestone milestone, List<VideoChecklist.Unmet> warnings) {
    }

    public Saved record(Draft draft) {
        MilestoneRecord record = toRecord(draft);
        UUID id = ids.next();
        Instant now = clock.instant();
        Milestone saved = store.write(c -> {
            save(c, id, record, now, SyncState.PENDING);
            Outbox.add(c, ids.next(), id, record, now);
            return toMilestone(id, record, now, SyncState.PENDING);
        });
        return new Saved(saved, saved.checklist().unmet());
    }

    /** The latest record of each step that has one. */
    public Map<MilestoneStep, Milestone> latestPerStep() {
        Map<MilestoneStep, Milestone> out = new EnumMap<>(MilestoneStep.class);
        for (Milestone m : all()) {
            out.putIfAbsent(m.step(), m);
        }
        return out;
    }

    /** Every record, the latest first. */
    public List<Milestone> all() {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM milestone ORDER BY recorded_at DESC, id DESC")) {
                return list(ps);
            }
        });
    }

    private MilestoneRecord toRecord(Draft d) {
        if (d.step() == null) {
            throw Invalid.of(ReasonCode.STEP_INVALID, "step");
        }
        String video = null;
        if (usesVideo(d.step())) {
            String typed = blankToNull(d.videoUrl());
            if (typed != null) {
                video = VideoUrl.normalise(typed).map(VideoUrl.Normalised::asTyped)
                        .orElseThrow(() -> Invalid.of(ReasonCode.VIDEO_HOST_NOT_ALLOWED, "videoUrl"));
            }
        }
        boolean meeting = d.step() == MilestoneStep.MEETING;
        boolean training = d.step() == MilestoneStep.TRAINING;
        boolean product = d.step() == MilestoneStep.PRODUCT;
        boolean videoStep = d.step() == MilestoneStep.VIDEO;
        MilestoneRecord record = new MilestoneRecord(d.step().number(), d.doneOn(), blankToNull(d.note()),
                meeting ? blankToNull(d.incomeModel()) : null, training ? d.participants() : null,
                training ? blankToNull(d.activity()) : null, product ? d.productId() : null, video,
                videoStep ? d.videoSeconds() : null, videoStep ? blankToNull(d.videoFileName()) : null,
                d.photos() == null ? List.of() : d.photos().stream().distinct().toList(),
                meeting && d.incomeModels() != null ? d.incomeModels() : List.of(),
                meeting && d.incomeModels() != null && d.incomeModels().contains(IncomeModel.OTHER.name())
                        ? blankToNull(d.incomeModelOther()) : null,
                meeting && d.groups() != null ? d.groups() : List.of(),
                meeting && d.groups() != null && d.groups().contains(NetworkGroup.OTHER.name())
                        ? blankToNull(d.groupOther()) : null,
                blankToNull(d.recordedBy()), product ? d.incomeSatang() : null, product ? d.workers() : null,
                videoStep ? blankToNull(d.videoPresenter()) : null,
                videoStep && d.videoPresenter() != null ? blankToNull(d.videoPresenterName()) : null,
                videoStep ? d.videoLogos() : null);
        Validation.require(record, clock.instant());
        if (meeting && record.wasteBankAsModel()) {
            throw Invalid.of(ReasonCode.INCOME_MODEL_IS_WASTE_BANK,
                    IncomeModel.isWasteBank(record.incomeModelOther()) ? "incomeModelOther" : "incomeModel");
        }
        if (product && store.read(c -> ProductService.find(c, d.productId())).isEmpty()) {
            throw Invalid.of(ReasonCode.UNKNOWN_PRODUCT, "productId");
        }
        return record;
    }

    private static boolean usesVideo(MilestoneStep step) {
        return step == MilestoneStep.VIDEO || step == MilestoneStep.REPORTED;
    }

    /** Writes a step's record (local or pulled); a record already there is left as it is. */
    public static boolean save(Connection c, UUID id, MilestoneRecord m, Instant recordedAt, SyncState state)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO milestone (" + COLUMNS + ")"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO NOTHING")) {
            ps.setString(1, id.toString());
            ps.setLong(2, m.step());
            ps.setString(3, m.doneOn().toString());
            ps.setString(4, m.note());
            ps.setString(5, m.incomeModel());
            setLong(ps, 6, m.participants());
            ps.setString(7, m.activity());
            ps.setString(8, m.productId() == null ? null : m.productId().toString());
            ps.setString(9, m.video().map(VideoUrl.Normalised::asTyped).orElse(m.videoUrl()));
            setLong(ps, 10, m.videoSeconds());
            ps.setString(11, m.videoFileName());
            ps.setString(12, TextList.toJson(m.photos()));
            ps.setLong(13, recordedAt.toEpochMilli());
            ps.setString(14, state.name());
            ps.setString(15, m.videoPresenter());
            ps.setString(16, m.videoPresenterName());
            ps.setString(17, m.videoLogos() == null ? null : TextList.toJson(m.videoLogos()));
            ps.setString(18, m.incomeModels().isEmpty() ? null : TextList.toJson(m.incomeModels()));
            ps.setString(19, m.incomeModelOther());
            ps.setString(20, m.groups().isEmpty() ? null : TextList.toJson(m.groups()));
            ps.setString(21, m.groupOther());
            ps.setString(22, m.recordedBy());
            setLong(ps, 23, m.incomeSatang());
            setLong(ps, 24, m.workers());
            return ps.executeUpdate() == 1;
        }
    }

    private static List<Milestone> list(PreparedStatement ps) throws SQLException {
        List<Milestone> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Optional<MilestoneStep> step = MilestoneStep.of(rs.getLong(2));
                if (step.isEmpty()) {
                    continue;
                }
                String product = rs.getString(8);
                out.add(new Milestone(UUID.fromString(rs.getString(1)), step.get(), LocalDate.parse(rs.getString(3)),
                        rs.getString(4), rs.getString(5), getLong(rs, 6), rs.getString(7),
                        product == null ? null : UUID.fromString(product), rs.getString(9), getLong(rs, 10),
                        rs.getString(11), TextList.read(rs.getString(12)), Instant.ofEpochMilli(rs.getLong(13)),
                        SyncState.valueOf(rs.getString(14)), rs.getString(15), rs.getString(16),
                        rs.getString(17) == null ? null : TextList.read(rs.getString(17)),
                        new Milestone.Evidence(TextList.read(rs.getString(18)), rs.getString(19), TextList.read(rs.getString(20)),
                                rs.getString(21), rs.getString(22), getLong(rs, 23), getLong(rs, 24))));
            }
        }
        return out;
    }

    private static Milestone toMilestone(UUID id, MilestoneRecord m, Instant recordedAt, SyncState state) {
        return new Milestone(id, m.milestoneStep().orElseThrow(), m.doneOn(), m.note(), m.incomeModel(),
                m.participants(), m.activity(), m.productId(), m.videoUrl(), m.videoSeconds(), m.videoFileName(),
                m.photos(), recordedAt, state, m.videoPresenter(), m.videoPresenterName(), m.videoLogos(),
                new Milestone.Evidence(m.incomeModels(), m.incomeModelOther(), m.groups(), m.groupOther(),
                        m.recordedBy(), m.incomeSatang(), m.workers()));
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    private static Long getLong(ResultSet rs, int index) throws SQLException {
        long v = rs.getLong(index);
        return rs.wasNull() ? null : v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
