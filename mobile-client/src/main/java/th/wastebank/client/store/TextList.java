package th.wastebank.client.store;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A list of short texts (photo hashes, logo or group codes) as one column keeps it: a JSON array.
 */
public final class TextList {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TextList() {
    }

    /** The list as the column keeps it; null is kept as an empty array. */
    public static String toJson(List<String> texts) {
        try {
            return JSON.writeValueAsString(texts == null ? List.of() : texts);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write a list of texts", e);
        }
    }

    /** The column read back; null or blank is an empty list. */
    public static List<String> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.of(JSON.readValue(json, String[].class));
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot read a list of texts " + json, e);
        }
    }
}
