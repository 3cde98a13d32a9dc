package th.wastebank.server.dashboard;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

    public WebProblemHandler(ViewsRendererLocator renderers) {
        this.renderers = renderers;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public HttpResponse<?> handle(HttpRequest request, WebProblem problem) {
        if (problem.status() == HttpStatus.UNAUTHORIZED) {
            String next = URLEncoder.encode(request.getPath(), StandardCharsets.UTF_8);
            return HttpResponse.seeOther(URI.create("/login?next=" + next));
        }
        Texts t = Texts.of(request);
        Map<String, Object> model = Map.of("t", t.words(), "lang", t.lang(), "message", t.get(problem.messageKey()),
                "status", problem.status().getCode());
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
}
