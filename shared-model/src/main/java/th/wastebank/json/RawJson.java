package th.wastebank.json;

/**
 * A JSON value kept as the text it arrived as (see {@link JsonText#parse(String, String)}), so it
 * can be passed on without being parsed and written again.
 */
public record RawJson(String text) {
}
