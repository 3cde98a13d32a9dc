package th.wastebank.server.api;

import java.sql.SQLException;
import java.time.Duration;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.wastebank.server.db.DatabaseUnavailable;
import th.wastebank.server.db.DbMetrics;

/**
 * The one place a database that cannot be reached becomes an answer: 503 with Retry-After
 * ({@code database-unavailable}, a problem document for phones, a short Thai page for a browser),
 * never a 500, so a phone keeps its outbox and sends the same push again. The transaction never
 * committed, so nothing was half-written. Every other unexpected failure is answered as before
 * (Micronaut's 500, through {@link ProblemErrorBodyProvider}).
 */
@Singleton
@Requires(classes = ExceptionHandler.class)
public class DatabaseUnavailableHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {
    /** How long a phone waits before sending again: about what a restarting MariaDB takes. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);
    private static final String PAGE = "<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>ฐานข้อมูลไม่พร้อม</title>"
            + "</head><body><h1>ฐานข้อมูลไม่พร้อมใช้งานชั่วคราว</h1>"
            + "<p>ยังไม่มีการบันทึกสิ่งใด กรุณาลองใหม่อีกครั้งในอีกสักครู่</p>"
            + "<p lang=\"en\">The database is unavailable for a moment; nothing was saved. Please try again shortly.</p>"
            + "</body></html>";

    private final ErrorResponseProcessor<?> errors;

    public DatabaseUnavailableHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException failure) {
        if (!DatabaseUnavailable.isCause(failure)) {
            if (causedBySql(failure)) {
                DbMetrics.error();
            }
            LOG.error("Unexpected error on {} {}: {}", request.getMethod(), request.getPath(), failure.getMessage(), failure);
            return errors.processResponse(ErrorContext.builder(request).cause(failure)
                    .errorMessage("Internal Server Error: " + failure.getMessage()).build(), HttpResponse.serverError());
        }
        DbMetrics.error();
        LOG.warn("{} {} -> 503: the database cannot be reached ({})", request.getMethod(), request.getPath(),
                failure.getMessage());
        String retryAfter = Long.toString(RETRY_AFTER.toSeconds());
        if (wantsPage(request)) {
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", retryAfter)
                    .contentType(MediaType.TEXT_HTML + ";charset=utf-8").body(PAGE);
        }
        MutableHttpResponse<Problem> response = HttpResponse.<Problem>status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(Problem.of(503, "database-unavailable", "Database unavailable",
                        "The database cannot be reached just now; nothing was written. Send the same request again"
                                + " after Retry-After seconds.",
                        "ฐานข้อมูลไม่พร้อมใช้งานชั่วคราว ยังไม่มีการบันทึกสิ่งใด ข้อมูลยังอยู่ในเครื่อง ระบบจะส่งใหม่ให้เอง"))
                .contentType(Problem.MEDIA_TYPE);
        response.header("Retry-After", retryAfter);
        return response;
    }

    private static boolean causedBySql(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /** An officer's browser (asks for HTML first), not a phone or a script. */
    private static boolean wantsPage(HttpRequest<?> request) {
        return !request.getPath().startsWith("/api/")
                && request.getHeaders().accept().stream().anyMatch(t -> t.matches(MediaType.TEXT_HTML_TYPE));
    }
}
