package th.wastebank.server.dashboard;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;

/** Shows a dashboard error as a page in the reader's language; "sign in first" goes to the sign-in page. */
@Produces
@Singleton
@Requires(classes = {WebProblem.class, ExceptionHandler.class})
public class WebProblemHandler implements ExceptionHandler<WebProblem, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, WebProblem problem) {
        if (problem.status() == HttpStatus.UNAUTHORIZED) {
            String next = URLEncoder.encode(request.getPath(), StandardCharsets.UTF_8);
            return HttpResponse.seeOther(URI.create("/login?next=" + next));
        }
        Texts t = Texts.of(request);
        return HttpResponse.status(problem.status()).body(new ModelAndView<>("error",
                Map.of("t", t.words(), "lang", t.lang(), "message", t.get(problem.messageKey()),
                        "status", problem.status().getCode())));
    }
}
