package th.wastebank.server.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;

/**
 * Who an error is written for: an officer's browser gets a page, a phone or a script (everything
 * under {@code /api/}, and whatever does not ask for HTML) gets a problem document.
 */
public final class Readers {
    private Readers() {
    }

    /** An officer's browser (asks for HTML, outside the phones' API), not a phone or a script. */
    public static boolean wantsPage(HttpRequest<?> request) {
        return !request.getPath().startsWith("/api/")
                && request.getHeaders().accept().stream().anyMatch(t -> t.matches(MediaType.TEXT_HTML_TYPE));
    }
}
