package th.wastebank.server.api;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

/**
 * The framework's own errors (no such route, wrong method, an unexpected failure) are always
 * problem documents here, also for a client that asks for HTML: Micronaut's default gave such a
 * client its English HTML page, even under {@code /api/}. An officer's browser gets the Thai page
 * instead: the dashboard turns the problem into it on its way out (dashboard.RenderedPages).
 */
@Singleton
public class ProblemResponses implements ErrorResponseProcessor<Problem> {
    private final JsonErrorResponseBodyProvider<Problem> problems;

    public ProblemResponses(JsonErrorResponseBodyProvider<Problem> problems) {
        this.problems = problems;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<Problem>) response;
        }
        return response.body(problems.body(context, response)).contentType(problems.contentType());
    }
}
