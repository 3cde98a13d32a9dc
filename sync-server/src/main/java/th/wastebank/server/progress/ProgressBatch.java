package th.wastebank.server.progress;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import th.wastebank.server.db.Jdbc;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.BatchState;
import th.wastebank.server.sync.WriteOrder;

/**
 * The org's progress row ({@code org_progress}) as a push changes it: the latest date of each step,
 * the video link and length, the number of products and the last reporting activity. Written once,
 * at the end of the push, so roll-ups never read the milestone log.
 */
public final class ProgressBatch implements BatchState {
    private final LocalDate[] steps = new LocalDate[6];
    private String videoUrl;
    private Long videoSeconds;
    private int productsAdded;
    private LocalDate lastActivity;
    private boolean changed;
    private final List<Object[]> milestones = new ArrayList<>();
    private final List<Object[]> productReceipts = new ArrayList<>();
    private final Set<UUID> wantedIds = new HashSet<>();
    /** Milestone ids stored already (when the push checks new ids) or recorded earlier in this push. */
    private final Set<UUID> takenIds = new HashSet<>();

    public static ProgressBatch of(Batch batch) {
        return batch.state(ProgressBatch.class, ProgressBatch::new);
    }

    void step(int step, LocalDate doneOn) {
        steps[step] = doneOn;
        activity(doneOn);
    }

    void video(String url, Long seconds) {
        videoUrl = url;
        if (seconds != null) {
            videoSeconds = seconds;
        }
        changed = true;
    }

    /** A new milestone's id: looked up only when the batch checks new ids (see {@link Batch#checkNewIds()}). */
    void wantNewId(Batch batch, UUID id) {
        if (batch.checkNewIds()) {
            wantedIds.add(id);
        }
    }

    /** True when a milestone (of any org) already has this id. */
    boolean taken(UUID id) {
        return takenIds.contains(id);
    }

    void milestone(UUID id, Object[] row) {
        milestones.add(row);
        takenIds.add(id);
    }

    public void productAdded() {
        productsAdded++;
        changed = true;
    }

    /** A new product, also a report received now (written with the milestones at the end of the push). */
    void productAdded(Batch batch, UUID productId, java.time.Instant phoneAt) {
        productAdded();
        productReceipts.add(new Object[] {Jdbc.bytes(productId), batch.orgId(), Jdbc.utc(batch.now()),
                Jdbc.utc(phoneAt)});
    }

    private void activity(LocalDate day) {
        if (lastActivity == null || day.isAfter(lastActivity)) {
            lastActivity = day;
        }
        changed = true;
    }

    @Override
    public WriteOrder order() {
        return WriteOrder.PROGRESS;
    }

    @Override
    public void load(Batch batch) throws SQLException {
        if (wantedIds.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = batch.connection().prepareStatement(
                "SELECT id FROM milestone WHERE id IN (" + Jdbc.placeholders(wantedIds.size()) + ")")) {
            Jdbc.bindIds(ps, 1, wantedIds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    takenIds.add(Jdbc.uuid(rs.getBytes(1)));
                }
            }
        }
    }

    @Override
    public void flush(Batch batch) throws SQLException {
        Jdbc.batch(batch.connection(), "INSERT INTO milestone (id, org_id, step, done_on, evidence, video_url,"
                + " video_seconds, op_seq, recorded_at, received_at, device_id, income_satang, workers)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", milestones);
        Jdbc.batch(batch.connection(), "INSERT IGNORE INTO product_receipt (product_id, org_id, received_at, phone_at)"
                + " VALUES (?,?,?,?)", productReceipts);
        if (!changed) {
            return;
        }
        StringBuilder set = new StringBuilder("products = products + ?");
        List<Object> values = new ArrayList<>();
        values.add(productsAdded);
        for (int s = 1; s <= 5; s++) {
            if (steps[s] != null) {
                set.append(", step").append(s).append("_on = ?");
                values.add(steps[s]);
            }
        }
        if (videoUrl != null) {
            set.append(", video_url = ?, video_seconds = COALESCE(?, video_seconds)");
            values.add(videoUrl);
            values.add(videoSeconds);
        }
        if (lastActivity != null) {
            set.append(", last_activity_on = GREATEST(COALESCE(last_activity_on, ?), ?)");
            values.add(lastActivity);
            values.add(lastActivity);
        }
        try (PreparedStatement ensure = batch.connection().prepareStatement(
                "INSERT IGNORE INTO org_progress (org_id) VALUES (?)")) {
            ensure.setLong(1, batch.orgId());
            ensure.executeUpdate();
        }
        try (PreparedStatement ps = batch.connection().prepareStatement(
                "UPDATE org_progress SET " + set + " WHERE org_id = ?")) {
            int i = 1;
            for (Object v : values) {
                ps.setObject(i++, v);
            }
            ps.setLong(i, batch.orgId());
            ps.executeUpdate();
        }
    }
}
