package th.wastebank.sync;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import th.wastebank.validation.Violation;

/**
 * The typed body of one sync op. Each op type has one payload record; both sides read it with
 * {@link th.wastebank.json.PayloadReader}, check it with {@link #validate(Instant)} and write it
 * with {@link #toJson()}, so phone and server can never disagree about what is valid.
 */
public interface OpPayload {
    OpType type();

    /**
     * The length of every text, by field path ({@code approvedBy[1]}), in the order the fields are
     * read. {@link #validate} reports these first; the server refuses an op on these alone, before
     * the payload's other rules, as it always has.
     */
    List<Violation> limits();

    /**
     * The rules that need nothing but the payload itself and the current time, its
     * {@link #limits()} first. The phone runs this before saving, field by field on its forms.
     */
    List<Violation> validate(Instant now);

    /** This payload in the shared JSON value model, field names as in the contract. */
    Map<String, Object> toJson();
}
