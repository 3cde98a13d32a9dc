package th.wastebank.server.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

import th.wastebank.server.api.ApiProblem;
import th.wastebank.server.auth.DeviceCaller;
import th.wastebank.server.config.WbSettings;
import th.wastebank.server.db.Database;
import th.wastebank.sync.Change;
import th.wastebank.sync.PullPage;

/**
 * Serves an org's changes after a cursor, in server order. The cursor is the org's change number
 * (never a device clock). A page holds at most {@code limit} changes and about
 * {@code WB_PULL_PAGE_BYTES} (a single larger change comes alone), decided from the stored sizes
 * before any payload is read. Stored payloads are passed through as they are, so a page of
 * thousands of changes costs two indexed range reads and no JSON re-encoding.
 */
@Singleton
public class PullService {
    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 5000;
    private static final Pattern CURSOR = Pattern.compile("0|[1-9][0-9]{0,17}");
    /** What one change adds to the page besides its payload: cursor, type, ids and times. */
    static final int CHANGE_OVERHEAD_BYTES = 200;

    private final DataSource dataSource;
    private final long pageBytes;
    private final Clock clock;

    public PullService(Database database, WbSettings settings, Clock clock) {
        this.dataSource = database.pool();
        this.pageBytes = settings.getPullPageBytes();
        this.clock = clock;
    }

    /**
     * The page as JSON text: {@code {changes, nextCursor, hasMore, serverEpoch, serverNow}} (the
     * epoch: ADR 0009; the time lets the phone warn when its own clock is off).
     */
    public String pull(DeviceCaller caller, String cursor, Integer limit) {
        long after = parseCursor(cursor);
        int max = limit == null ? DEFAULT_LIMIT : limit;
        if (max < 1 || max > MAX_LIMIT) {
            throw ApiProblem.badRequest("bad-limit", "limit must be between 1 and " + MAX_LIMIT,
                    "จำนวนรายการต่อหน้าไม่ถูกต้อง");
        }
        try (Connection c = dataSource.getConnection()) {
            long last = SyncOpLog.lastSeq(c, caller.orgId());
            if (after > last) {
                throw new ApiProblem(HttpStatus.CONFLICT, "cursor-ahead", "Cursor ahead of the server",
                        "The cursor " + after + " is beyond this organisation's last change " + last
                                + "; pull again from cursor 0",
                        "ข้อมูลบนเครื่องไม่ตรงกับเซิร์ฟเวอร์ จะดึงข้อมูลใหม่ทั้งหมด");
            }
            List<SyncOpLog.Size> sizes = SyncOpLog.sizes(c, caller.orgId(), after, max + 1);
            int fit = fitting(sizes, max);
            List<Change> changes = fit == 0 ? List.of()
                    : SyncOpLog.page(c, caller.orgId(), after, sizes.get(fit - 1).seq());
            long next = changes.isEmpty() ? after : changes.get(changes.size() - 1).cursor();
            return new PullPage(changes, String.valueOf(next), fit < sizes.size() || next < last,
                    SyncEpoch.current(c), clock.instant()).toWire();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many of the first changes fit in a page of {@code max} rows and the byte budget (at least one). */
    private int fitting(List<SyncOpLog.Size> sizes, int max) {
        int n = 0;
        long bytes = 0;
        while (n < Math.min(max, sizes.size())) {
            long more = sizes.get(n).bytes() + CHANGE_OVERHEAD_BYTES;
            if (n > 0 && pageBytes > 0 && bytes + more > pageBytes) {
                break;
            }
            bytes += more;
            n++;
        }
        return n;
    }

    private static long parseCursor(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        if (!CURSOR.matcher(cursor).matches()) {
            throw ApiProblem.badRequest("bad-cursor", "cursor must be a value returned as nextCursor (or 0)",
                    "ตำแหน่งการดึงข้อมูลไม่ถูกต้อง จะดึงข้อมูลใหม่ทั้งหมด");
        }
        return Long.parseLong(cursor);
    }
}
