package th.wastebank.server.review;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import th.wastebank.json.CanonicalJson;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.BatchState;
import th.wastebank.server.sync.WriteOrder;

/**
 * Review flags raised while a push is applied. Something that happened (a payout beyond the
 * balance, two phones editing one member) is never dropped: it is applied, and a committee or an
 * officer is asked to look.
 */
public final class ReviewFlags implements BatchState {
    public static final String NEGATIVE_BALANCE = "NEGATIVE_BALANCE";
    public static final String MEMBER_CONFLICT = "MEMBER_CONFLICT";
    public static final String POSSIBLE_DUPLICATE_MEMBER = "POSSIBLE_DUPLICATE_MEMBER";
    public static final String PRODUCT_CONFLICT = "PRODUCT_CONFLICT";
    public static final String VIDEO_TOO_LONG = "VIDEO_TOO_LONG";
    public static final String VIDEO_FILE_NAME = "VIDEO_FILE_NAME";
    public static final String WELFARE_SCHEME_CONFLICT = "WELFARE_SCHEME_CONFLICT";
    public static final String WELFARE_NOT_ELIGIBLE = "WELFARE_NOT_ELIGIBLE";
    public static final String WELFARE_DUPLICATE_CLAIM = "WELFARE_DUPLICATE_CLAIM";
    public static final String WELFARE_FUND_NEGATIVE = "WELFARE_FUND_NEGATIVE";
    public static final String WELFARE_DOUBLE_PAYOUT = "WELFARE_DOUBLE_PAYOUT";
    public static final String WELFARE_PAYOUT_ABOVE_RULE = "WELFARE_PAYOUT_ABOVE_RULE";
    public static final String LEVY_MISMATCH = "LEVY_MISMATCH";
    public static final String PRICE_OFF_BOARD = "PRICE_OFF_BOARD";
    public static final String RECEIPT_NO_DUPLICATE = "RECEIPT_NO_DUPLICATE";
    public static final String SALE_OVERSOLD = "SALE_OVERSOLD";
    /** Money approved by roster ids that are not two different members on the committee that day. */
    public static final String APPROVERS_NOT_ON_COMMITTEE = "APPROVERS_NOT_ON_COMMITTEE";
    public static final String MARGIN_RUN_ABOVE_MARGIN = "MARGIN_RUN_ABOVE_MARGIN";
    public static final String DIVIDEND_ABOVE_MARGIN = "DIVIDEND_ABOVE_MARGIN";
    public static final String DIVIDEND_MISMATCH = "DIVIDEND_MISMATCH";
    /** A village added or renumbered to a หมู่ที่ another village of the org already has: both kept, counted once. */
    public static final String VILLAGE_NUMBER_TWICE = "VILLAGE_NUMBER_TWICE";
    /** Money recorded for a member already merged into another (ADR 0019): the committee merges again. */
    public static final String MERGED_MEMBER_ACTIVITY = "MERGED_MEMBER_ACTIVITY";
    public static final String INCOME_MODEL_WASTE_BANK = "INCOME_MODEL_WASTE_BANK";
    /** Step 4's video presented by someone other than the head of the อปท., or by no one stated (issue 15). */
    public static final String VIDEO_PRESENTER = "VIDEO_PRESENTER";
    /** Step 4's video without some of the five logos the letter asks for (issue 15). */
    public static final String VIDEO_LOGOS = "VIDEO_LOGOS";

    private final List<Object[]> rows = new ArrayList<>();

    public static ReviewFlags of(Batch batch) {
        return batch.state(ReviewFlags.class, ReviewFlags::new);
    }

    /** Raises a flag about {@code subjectId} caused by the op with server sequence {@code seq}. */
    public void raise(Batch batch, String kind, UUID subjectId, long seq, Map<String, Object> detail) {
        Map<String, Object> json = new LinkedHashMap<>(detail);
        json.put("deviceId", batch.deviceId().toString());
        rows.add(new Object[] {batch.orgId(), kind, Jdbc.bytes(subjectId), seq, CanonicalJson.write(json),
                Jdbc.utc(batch.now())});
    }

    /**
     * Writes a flag at once, for a check that runs after the push's flags were written (one that
     * reads the rows the push wrote, see {@code sale.MarginChecks}).
     */
    public static void insertNow(Batch batch, String kind, UUID subjectId, long seq, Map<String, Object> detail)
            throws SQLException {
        ReviewFlags late = new ReviewFlags();
        late.raise(batch, kind, subjectId, seq, detail);
        late.flush(batch);
    }

    @Override
    public WriteOrder order() {
        return WriteOrder.REVIEW_FLAGS;
    }

    @Override
    public void load(Batch batch) {
        // nothing to read
    }

    @Override
    public void flush(Batch batch) throws SQLException {
        Jdbc.batch(batch.connection(), "INSERT INTO review_flag (org_id, kind, subject_id, op_seq, detail, created_at)"
                + " VALUES (?,?,?,?,?,?)", rows);
    }
}
