package th.wastebank.server.web;

import io.micronaut.http.HttpStatus;

/**
 * A web page cannot be shown: not signed in (the browser is sent to the sign-in page), not allowed
 * for the staff member's area, not found, or a form without its CSRF token.
 */
public class WebProblem extends RuntimeException {
    private final HttpStatus status;
    private final String messageKey;

    public WebProblem(HttpStatus status, String messageKey) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
    }

    public static WebProblem signInRequired() {
        return new WebProblem(HttpStatus.UNAUTHORIZED, "error.signin");
    }

    public static WebProblem forbidden() {
        return new WebProblem(HttpStatus.FORBIDDEN, "error.forbidden");
    }

    public static WebProblem notFound() {
        return new WebProblem(HttpStatus.NOT_FOUND, "error.notfound");
    }

    public static WebProblem badCsrf() {
        return new WebProblem(HttpStatus.FORBIDDEN, "error.csrf");
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }
}
