package th.wastebank.server.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
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
    private final ErrorPages pages;

    public WebProblemHandler(ErrorPages pages) {
        this.pages = pages;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, WebProblem problem) {
        if (problem.status() == HttpStatus.UNAUTHORIZED) {
            String next = URLEncoder.encode(request.getPath(), StandardCharsets.UTF_8);
            return HttpResponse.seeOther(URI.create("/login?next=" + next));
        }
        return pages.page(request, problem.status(), problem.messageKey());
    }
}
