package th.wastebank.server.dashboard;

import java.util.Optional;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;

import th.wastebank.server.auth.Secrets;
import th.wastebank.server.staff.StaffCaller;
import th.wastebank.server.staff.StaffSessions;

/**
 * Who is behind a dashboard request, and whether a form really comes from our page: every page
 * starts with {@link #require}, every form handler with {@link #requireCsrf}.
 */
@Singleton
public class WebAuth {
    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private final StaffSessions sessions;

    public WebAuth(StaffSessions sessions) {
        this.sessions = sessions;
    }

    public Optional<StaffCaller> current(HttpRequest<?> request) {
        return request.getCookies().findCookie(StaffSessions.COOKIE).map(Cookie::getValue).flatMap(sessions::resolve);
    }

    public StaffCaller require(HttpRequest<?> request) {
        return current(request).orElseThrow(WebProblem::signInRequired);
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

    public static String clientAddress(HttpRequest<?> request) {
        return request.getRemoteAddress().getAddress().getHostAddress();
    }
}
