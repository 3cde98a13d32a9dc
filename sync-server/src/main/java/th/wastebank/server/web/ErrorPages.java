package th.wastebank.server.web;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.views.ViewsRendererLocator;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.wastebank.server.staff.StaffCaller;

/**
 * The dashboard's error page, complete before it is sent: the status, a sentence in the reader's
 * language, the header and menu of whoever is signed in, and a way back (where the reader came from
 * on this site, and home). Looks up the session, so call it off the event loop. Should the page
 * itself fail to render, a short fixed page in Thai and English is sent instead: an error page
 * never fails.
 */
@Singleton
public class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private static final String VIEW = "error";
    static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
    private static final String FIXED = "<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>เกิดข้อผิดพลาด</title>"
            + "</head><body><h1>%d</h1><p>ไม่สามารถแสดงหน้านี้ได้ ยังไม่มีการบันทึกสิ่งใดเพิ่ม กรุณาลองใหม่อีกครั้ง</p>"
            + "<p lang=\"en\">This page cannot be shown; nothing more was saved. Please try again.</p>"
            + "<p><a href=\"/\">หน้าหลัก · Home</a></p></body></html>";

    private final ViewsRendererLocator renderers;
    private final WebAuth webAuth;

    public ErrorPages(ViewsRendererLocator renderers, WebAuth webAuth) {
        this.renderers = renderers;
        this.webAuth = webAuth;
    }

    /** The page for {@code status}, saying the words of {@code messageKey}. */
    public MutableHttpResponse<String> page(HttpRequest<?> request, HttpStatus status, String messageKey) {
        return HttpResponse.<String>status(status).contentType(HTML).body(html(request, status, messageKey));
    }

    /** The page's words for a status the framework answered itself (no such page, wrong method, a failure). */
    static String messageKey(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "error.notfound";
            case METHOD_NOT_ALLOWED -> "error.method";
            case FORBIDDEN -> "error.forbidden";
            case UNAUTHORIZED -> "error.signin";
            default -> status.getCode() >= 500 ? "error.internal" : "error.request";
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private String html(HttpRequest<?> request, HttpStatus status, String messageKey) {
        try {
            Texts t = Texts.of(request);
            // the signed-in reader keeps the header and menu (found without spending the request budget)
            StaffCaller me = signedIn(request);
            Map<String, Object> model = new HashMap<>();
            model.put("t", t.words());
            model.put("fmt", t);
            model.put("lang", t.lang());
            model.put("message", t.get(messageKey));
            model.put("status", status.getCode());
            model.put("me", me);
            model.put("csrf", me == null ? null : me.csrfToken());
            model.put("path", me == null ? "/" : me.homePath());
            model.put("back", back(request));
            ViewsRenderer renderer = renderers.resolveViewsRenderer(VIEW, MediaType.TEXT_HTML, model)
                    .orElseThrow(() -> new IllegalStateException("no HTML renderer for the error page"));
            StringWriter html = new StringWriter();
            renderer.render(VIEW, model, request).writeTo(html);
            return html.toString();
        } catch (IOException | RuntimeException e) {
            LOG.error("The error page for {} {} ({}) could not be rendered; a fixed page is sent", request.getMethod(),
                    request.getPath(), status.getCode(), e);
            return FIXED.formatted(status.getCode());
        }
    }

    private StaffCaller signedIn(HttpRequest<?> request) {
        try {
            return webAuth.current(request).orElse(null);
        } catch (RuntimeException e) {
            // the database may be what failed: the page is shown without the menu then
            LOG.warn("No session lookup for the error page of {}: {}", request.getPath(), e.toString());
            return null;
        }
    }

    /** Where the reader came from on this site (the path of the Referer), or null. */
    private static String back(HttpRequest<?> request) {
        String referer = request.getHeaders().get("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI from = URI.create(referer);
            String path = from.getRawPath();
            if (path == null || !path.startsWith("/web/") || path.equals(request.getPath())) {
                return null;
            }
            return from.getRawQuery() == null ? path : path + "?" + from.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
