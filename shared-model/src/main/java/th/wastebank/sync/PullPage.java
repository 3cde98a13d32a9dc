package th.wastebank.sync;

import java.util.List;

/** A page of changes after a cursor; pull again with {@code nextCursor} while {@code hasMore}. */
public record PullPage(List<Change> changes, String nextCursor, boolean hasMore) {
}
