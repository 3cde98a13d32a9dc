package th.wastebank.server.web;

import java.util.Optional;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;

import th.wastebank.server.auth.ClientAddress;
import th.wastebank.server.auth.RequestBudget;
import th.wastebank.server.auth.Secrets;
import th.wastebank.server.config.WbSettings;
import th.wastebank.server.staff.StaffCaller;
import th.wastebank.server.staff.StaffSessions;

/**
 * Who is behind a dashboard request, and whether a form really comes from our page: every page
 * starts with {@link #require}, every form handler with {@link #requireCsrf}. Each account spends its
 * request budget there (a 429 page when spent).
 */
@Singleton
public class WebAuth {
    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private final StaffSessions sessions;
    private final RequestBudget budget;

    public WebAuth(StaffSessions sessions, WbSettings settings) {
        this.sessions = sessions;
        this.budget = RequestBudget.perMinute(settings.getStaffRequestsPerMinute());
    }

    public Optional<StaffCaller> current(HttpRequest<?> request) {
        return request.getCookies().findCookie(StaffSessions.COOKIE).map(Cookie::getValue).flatMap(sessions::resolve);
    }

    public StaffCaller require(HttpRequest<?> request) {
        StaffCaller caller = current(request).orElseThrow(WebProblem::signInRequired);
        if (budget.take(caller.username()) != null) {
            throw new WebProblem(HttpStatus.TOO_MANY_REQUESTS, "error.tooMany");
        }
        return caller;
    }

    /** The form field, or for htmx the header, must carry the session's token. */
    public StaffCaller requireCsrf(HttpRequest<?> request, String formToken) {
        StaffCaller caller = require(request);
        String token = formToken != null ? formToken : request.getHeaders().get(CSRF_HEADER);
        if (token == null || !Secrets.same(token, caller.csrfToken())) {
            throw WebProblem.badCsrf();
        }
        return caller;
    }

    /** The client's real address for the audit log (see {@link ClientAddress}). */
    public static String clientAddress(HttpRequest<?> request) {
        return ClientAddress.of(request);
    }
}
