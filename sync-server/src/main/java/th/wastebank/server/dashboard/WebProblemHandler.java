package th.wastebank.server.dashboard;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.views.ViewsRendererLocator;
import jakarta.inject.Singleton;

import th.wastebank.server.staff.StaffCaller;

/**
 * Shows a dashboard error as a page in the reader's language; "sign in first" goes to the sign-in page.
 * The page is rendered here: a {@code ModelAndView} returned from an exception handler was not
 * rendered by the views filter but reached the JSON encoder, and every refusal became a 500.
 */
@Produces(MediaType.TEXT_HTML)
@Singleton
@Requires(classes = {WebProblem.class, ExceptionHandler.class})
public class WebProblemHandler implements ExceptionHandler<WebProblem, HttpResponse<?>> {
    private static final String VIEW = "error";
    private final ViewsRendererLocator renderers;
    private final WebAuth webAuth;

    public WebProblemHandler(ViewsRendererLocator renderers, WebAuth webAuth) {
        this.renderers = renderers;
        this.webAuth = webAuth;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public HttpResponse<?> handle(HttpRequest request, WebProblem problem) {
        if (problem.status() == HttpStatus.UNAUTHORIZED) {
            String next = URLEncoder.encode(request.getPath(), StandardCharsets.UTF_8);
            return HttpResponse.seeOther(URI.create("/login?next=" + next));
        }
        Texts t = Texts.of(request);
        // the signed-in reader keeps the header and menu (found without spending the request budget)
        StaffCaller me = webAuth.current(request).orElse(null);
        Map<String, Object> model = new HashMap<>();
        model.put("t", t.words());
        model.put("fmt", t);
        model.put("lang", t.lang());
        model.put("message", t.get(problem.messageKey()));
        model.put("status", problem.status().getCode());
        model.put("me", me);
        model.put("csrf", me == null ? null : me.csrfToken());
        model.put("path", me == null ? "/" : me.homePath());
        model.put("back", back(request));
        ViewsRenderer renderer = renderers.resolveViewsRenderer(VIEW, MediaType.TEXT_HTML, model)
                .orElseThrow(() -> new IllegalStateException("no HTML renderer for the error page"));
        StringWriter html = new StringWriter();
        try {
            renderer.render(VIEW, model, request).writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.status(problem.status()).contentType(MediaType.TEXT_HTML + ";charset=utf-8")
                .body(html.toString());
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
