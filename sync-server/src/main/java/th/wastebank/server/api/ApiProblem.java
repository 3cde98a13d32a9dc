package th.wastebank.server.api;

import java.time.Duration;

import io.micronaut.http.HttpStatus;

/**
 * Thrown by any layer to answer a request with a problem document; the handler turns it into the
 * response. Carries an optional Retry-After for rate limits.
 */
public class ApiProblem extends RuntimeException {
    private final int status;
    private final String code;
    private final String title;
    private final String detailTh;
    private final Duration retryAfter;

    public ApiProblem(HttpStatus status, String code, String title, String detail, String detailTh) {
        this(status, code, title, detail, detailTh, null);
    }

    public ApiProblem(HttpStatus status, String code, String title, String detail, String detailTh,
                      Duration retryAfter) {
        this(status.getCode(), code, title, detail, detailTh, retryAfter);
    }

    /** For statuses Micronaut has no constant for, such as tus's 460 Checksum Mismatch. */
    public ApiProblem(int status, String code, String title, String detail, String detailTh, Duration retryAfter) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.detailTh = detailTh;
        this.retryAfter = retryAfter;
    }

    public static ApiProblem badRequest(String code, String detail, String detailTh) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, code, "Bad request", detail, detailTh);
    }

    public static ApiProblem notFound(String code, String detail, String detailTh) {
        return new ApiProblem(HttpStatus.NOT_FOUND, code, "Not found", detail, detailTh);
    }

    public static ApiProblem unauthorized(String code, String detail, String detailTh) {
        return new ApiProblem(HttpStatus.UNAUTHORIZED, code, "Unauthorized", detail, detailTh);
    }

    public static ApiProblem forbidden(String code, String detail, String detailTh) {
        return new ApiProblem(HttpStatus.FORBIDDEN, code, "Forbidden", detail, detailTh);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String code() {
        return code;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public Problem toProblem() {
        return Problem.of(status, code, title, getMessage(), detailTh);
    }
}
