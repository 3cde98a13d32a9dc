package th.wastebank.server.web;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The browser-side defences every answer of the server carries, pages, errors and files alike: a
 * Content-Security-Policy that runs only the server's own script files (no inline script, so an
 * injected tag or handler does nothing) and lets no site frame a page, no MIME sniffing, and no
 * address of a dashboard page sent to another site. An answer that sets a stricter policy of its
 * own (a photo) keeps it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeaders {
    /** Where the map's tiles come from (area.js); the only outside address a page may load. */
    static final String MAP_TILES = "https://tile.openstreetmap.org";
    /** Leaflet blanks a tile it stops loading with a data: image; an image cannot run script. */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: "
            + MAP_TILES + "; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    @ResponseFilter
    public void secure(MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        if (!headers.contains("Content-Security-Policy")) {
            headers.set("Content-Security-Policy", POLICY);
        }
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        // for browsers that predate frame-ancestors
        headers.set("X-Frame-Options", "DENY");
    }
}
