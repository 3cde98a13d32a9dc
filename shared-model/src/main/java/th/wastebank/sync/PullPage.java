package th.wastebank.sync;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import th.wastebank.json.CanonicalJson;
import th.wastebank.json.JsonText;
import th.wastebank.json.PayloadReader;
import th.wastebank.validation.Violation;

/**
 * A page of changes after a cursor; pull again with {@code nextCursor} while {@code hasMore}.
 * {@code serverEpoch} names the server's op log (ADR 0009); null from a server that sends none.
 * {@code serverNow} is the server's clock when it wrote the page, for the phone to tell its owner
 * when its own clock is off (null from a server that sends none).
 */
public record PullPage(List<Change> changes, String nextCursor, boolean hasMore, String serverEpoch,
                       Instant serverNow) {
    /** The member of a change kept as text when a page is read. */
    public static final String RAW_MEMBER = "payload";

    public PullPage {
        changes = List.copyOf(changes);
    }

    /** A page without the server's time. */
    public PullPage(List<Change> changes, String nextCursor, boolean hasMore, String serverEpoch) {
        this(changes, nextCursor, hasMore, serverEpoch, null);
    }

    /** The page as it travels: {@code {changes, nextCursor, hasMore, serverEpoch, serverNow}}, payloads as stored. */
    public String toWire() {
        int size = 96;
        for (Change c : changes) {
            size += c.payloadJson().length() + 200;
        }
        StringBuilder out = new StringBuilder(size);
        out.append("{\"changes\":[");
        for (int i = 0; i < changes.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            changes.get(i).appendTo(out);
        }
        out.append("],\"nextCursor\":").append(CanonicalJson.write(nextCursor)).append(",\"hasMore\":").append(hasMore);
        if (serverEpoch != null) {
            out.append(",\"serverEpoch\":").append(CanonicalJson.write(serverEpoch));
        }
        if (serverNow != null) {
            out.append(",\"serverNow\":").append(CanonicalJson.write(serverNow.toString()));
        }
        return out.append('}').toString();
    }

    /**
     * Reads a page from its text, every payload kept as it was sent.
     *
     * @throws IllegalArgumentException when the text is not a page
     */
    public static PullPage read(String text) {
        return read(JsonText.parse(text, RAW_MEMBER));
    }

    /**
     * Reads a page from the shared value model (parsed with {@link #RAW_MEMBER} kept as text).
     *
     * @throws IllegalArgumentException when it is not a page
     */
    public static PullPage read(Object value) {
        PayloadReader r = PayloadReader.of(value);
        List<Change> changes = new ArrayList<>();
        for (PayloadReader change : r.requiredObjects("changes")) {
            changes.add(Change.read(change));
        }
        Object next = r.value("nextCursor");
        Object more = r.value("hasMore");
        Object epoch = r.value("serverEpoch");
        Instant serverNow = instantOrNull(r.value("serverNow"));
        if (!r.ok() || !(next instanceof String cursor) || !(more instanceof Boolean hasMore)) {
            throw new IllegalArgumentException("not a pull page: " + (r.ok() ? "nextCursor or hasMore"
                    : r.violations().stream().map(Violation::messageEn).toList()));
        }
        return new PullPage(changes, cursor, hasMore, epoch instanceof String s ? s : null, serverNow);
    }

    /** A time the page carries; a malformed one is as good as none (it only feeds a warning). */
    private static Instant instantOrNull(Object value) {
        if (!(value instanceof String text)) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
