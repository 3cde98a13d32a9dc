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
import th.wastebank.server.db.TxConflict;
import th.wastebank.server.db.TxRetry;

/**
 * The one place a database that cannot be reached, or that kept refusing a change for clashing with
 * others ({@link TxConflict}, {@code database-busy}), becomes an answer: 503 with Retry-After
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
    /** Writes that clashed with others' clear in moments: the phone comes back soon, with jitter of its own. */
    public static final Duration BUSY_RETRY_AFTER = Duration.ofSeconds(2);
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
        if (!DatabaseUnavailable.isCause(failure) && conflict(failure)) {
            LOG.warn("{} {} -> 503: {}", request.getMethod(), request.getPath(), failure.getMessage());
            return unavailable(request, BUSY_RETRY_AFTER, Problem.of(503, "database-busy", "Database busy",
                    "The database refused this change " + TxRetry.ATTEMPTS + " times over because of other writes"
                            + " at the same moment; nothing was written. Send the same request again after"
                            + " Retry-After seconds.",
                    "ขณะนี้มีการบันทึกข้อมูลพร้อมกันจำนวนมาก ยังไม่มีการบันทึกสิ่งใด ข้อมูลยังอยู่ในเครื่อง ระบบจะส่งใหม่ให้เอง"));
        }
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
        return unavailable(request, RETRY_AFTER, Problem.of(503, "database-unavailable", "Database unavailable",
                "The database cannot be reached just now; nothing was written. Send the same request again"
                        + " after Retry-After seconds.",
                "ฐานข้อมูลไม่พร้อมใช้งานชั่วคราว ยังไม่มีการบันทึกสิ่งใด ข้อมูลยังอยู่ในเครื่อง ระบบจะส่งใหม่ให้เอง"));
    }

    private static HttpResponse<?> unavailable(HttpRequest<?> request, Duration wait, Problem problem) {
        String retryAfter = Long.toString(wait.toSeconds());
        if (Readers.wantsPage(request)) {
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", retryAfter)
                    .contentType(MediaType.TEXT_HTML + ";charset=utf-8").body(PAGE);
        }
        MutableHttpResponse<Problem> response = HttpResponse.<Problem>status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(problem).contentType(Problem.MEDIA_TYPE);
        response.header("Retry-After", retryAfter);
        return response;
    }

    private static boolean conflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TxConflict) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBySql(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
