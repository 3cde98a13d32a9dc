package th.wastebank.sync;

import java.util.List;

/** One result per pushed op, in the order of the request. */
public record PushResponse(List<OpResult> results) {
}
