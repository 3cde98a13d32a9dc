package th.wastebank.server.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers an {@link ApiProblem} with its problem document; 4xx are logged at debug only. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
@Requires(classes = {ApiProblem.class, ExceptionHandler.class})
public class ApiProblemHandler implements ExceptionHandler<ApiProblem, HttpResponse<Problem>> {
    private static final Logger LOG = LoggerFactory.getLogger(ApiProblemHandler.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ApiProblem problem) {
        LOG.debug("{} {} -> {} {}", request.getMethod(), request.getPath(), problem.status(), problem.code());
        MutableHttpResponse<Problem> response = HttpResponse.<Problem>status(problem.status(), problem.title())
                .body(problem.toProblem())
                .contentType(Problem.MEDIA_TYPE);
        if (problem.retryAfter() != null) {
            response.header("Retry-After", Long.toString(Math.max(1, problem.retryAfter().toSeconds())));
        }
        return response;
    }
}
