package th.wastebank.server.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An RFC 9457 problem document ({@code application/problem+json}). {@code code} is the stable,
 * machine-readable name also found at the end of {@code type}; {@code detailTh} is the sentence a
 * phone shows its user.
 */
@Serdeable
public record Problem(String type, String title, int status, String detail, String code,
                      @Nullable String detailTh) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String code, String title, String detail, String detailTh) {
        return new Problem("urn:wastebank:problem:" + code, title, status, detail, code, detailTh);
    }
}
