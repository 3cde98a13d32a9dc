package th.wastebank.product;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import th.wastebank.json.PayloadReader;
import th.wastebank.sync.OpPayload;
import th.wastebank.sync.OpType;
import th.wastebank.validation.Limits;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * Registers or edits an upcycled product ({@code product.upsert}): what it is, which kind of
 * waste it is made from, the local-identity story, who makes it, its price and its photos (by
 * SHA-256). {@code version} works as for members: one more than the version the phone last knew.
 */
public record ProductUpsert(String name, String kind, String materials, String story, String producerGroup,
                            Long priceSatang, String status, List<String> photos, long version) implements OpPayload {

    private static final int MAX_KIND_LENGTH = 40;

    public ProductUpsert {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    public static ProductUpsert read(PayloadReader r) {
        ProductUpsert p = new ProductUpsert(
                r.requiredString("name"),
                r.requiredString("kind"),
                r.optionalString("materials"),
                r.optionalString("story"),
                r.optionalString("producerGroup"),
                r.optionalLong("priceSatang"),
                r.requiredString("status"),
                r.has("photos") ? r.requiredStrings("photos") : List.of(),
                r.requiredLong("version"));
        return r.ok() ? p : null;
    }

    @Override
    public OpType type() {
        return OpType.PRODUCT_UPSERT;
    }

    @Override
    public List<Violation> limits() {
        List<Violation> out = new ArrayList<>();
        Limits.checkText(name, "name", Limits.MAX_NAME_LENGTH, out);
        Limits.checkText(kind, "kind", MAX_KIND_LENGTH, out);
        Limits.checkText(materials, "materials", Limits.MAX_NOTE_LENGTH, out);
        Limits.checkText(story, "story", Limits.MAX_STORY_LENGTH, out);
        Limits.checkText(producerGroup, "producerGroup", Limits.MAX_NAME_LENGTH, out);
        Limits.checkText(status, "status", Limits.MAX_WORD_LENGTH, out);
        Limits.checkTexts(photos, "photos", Limits.MAX_PHOTO_REF_LENGTH, out);
        return out;
    }

    @Override
    public List<Violation> validate(Instant now) {
        List<Violation> out = limits();
        if (name == null || name.isBlank()) {
            out.add(Violation.of(ReasonCode.PRODUCT_NAME_REQUIRED, "name"));
        }
        if (ProductKind.parse(kind).isEmpty()) {
            out.add(Violation.of(ReasonCode.PRODUCT_KIND_INVALID, "kind"));
        }
        if (ProductStatus.parse(status).isEmpty()) {
            out.add(Violation.of(ReasonCode.PRODUCT_STATUS_INVALID, "status"));
        }
        if (priceSatang != null && (priceSatang < 0 || priceSatang > Limits.MAX_AMOUNT)) {
            out.add(Violation.of(ReasonCode.AMOUNT_TOO_LARGE, "priceSatang"));
        }
        if (!PhotoRef.allValid(photos)) {
            out.add(Violation.of(ReasonCode.PHOTO_INVALID, "photos"));
        }
        if (version < 1) {
            out.add(Violation.of(ReasonCode.VERSION_INVALID, "version"));
        }
        return out;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("kind", kind);
        putIfPresent(json, "materials", materials);
        putIfPresent(json, "story", story);
        putIfPresent(json, "producerGroup", producerGroup);
        putIfPresent(json, "priceSatang", priceSatang);
        json.put("status", status);
        json.put("photos", photos);
        json.put("version", version);
        return json;
    }

    public ProductUpsert withVersion(long newVersion) {
        return new ProductUpsert(name, kind, materials, story, producerGroup, priceSatang, status, photos, newVersion);
    }

    private static void putIfPresent(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
