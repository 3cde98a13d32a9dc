package th.wastebank.server.dashboard;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;

/**
 * Shows a dashboard error as a page in the reader's language; "sign in first" goes to the sign-in
 * page. The page is rendered here: the views filter does not render a model answered by an
 * exception handler, so a returned {@code ModelAndView} became a 500 instead of the 403 page.
 */
@Produces(MediaType.TEXT_HTML)
@Singleton
@Requires(classes = {WebProblem.class, ExceptionHandler.class})
public class WebProblemHandler implements ExceptionHandler<WebProblem, HttpResponse<?>> {
    private static final MediaType HTML = MediaType.of(MediaType.TEXT_HTML + ";charset=utf-8");
    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> views;

    public WebProblemHandler(ViewsRenderer<Map<String, Object>, HttpRequest<?>> views) {
        this.views = views;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, WebProblem problem) {
        if (problem.status() == HttpStatus.UNAUTHORIZED) {
            String next = URLEncoder.encode(request.getPath(), StandardCharsets.UTF_8);
            return HttpResponse.seeOther(URI.create("/login?next=" + next));
        }
        Texts t = Texts.of(request);
        Writable page = views.render("error", Map.of("t", t.words(), "lang", t.lang(),
                "message", t.get(problem.messageKey()), "status", problem.status().getCode()), request);
        return HttpResponse.status(problem.status()).contentType(HTML).body(page);
    }
}
