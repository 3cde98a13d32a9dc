package th.wastebank.server.web;

import java.util.Optional;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.bind.binders.PostponedRequestArgumentBinder;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;

import th.wastebank.server.auth.ClientAddress;
import th.wastebank.server.auth.RequestBudget;
import th.wastebank.server.auth.Secrets;
import th.wastebank.server.config.WbSettings;
import th.wastebank.server.staff.StaffCaller;
import th.wastebank.server.staff.StaffSessions;

/**
 * Who is behind a dashboard request, and whether a form really comes from our page: every page asks
 * for a {@link StaffCaller} argument, which Micronaut binds here ({@link #require}: the sign-in page
 * when there is no session), and every form handler then checks its token with {@link #checkCsrf}.
 * Each account spends its request budget in the binding (a 429 page when spent). The binding is
 * postponed: it runs after the filters, on the page's own (blocking) thread, so the session's lookup
 * never blocks an event loop and its refusals are rendered like the page's own.
 */
@Singleton
public class WebAuth implements TypedRequestArgumentBinder<StaffCaller>, PostponedRequestArgumentBinder<StaffCaller> {
    private static final Argument<StaffCaller> CALLER = Argument.of(StaffCaller.class);
    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private final StaffSessions sessions;
    private final RequestBudget budget;

    public WebAuth(StaffSessions sessions, WbSettings settings) {
        this.sessions = sessions;
        this.budget = RequestBudget.perMinute(settings.getStaffRequestsPerMinute());
    }

    @Override
    public Argument<StaffCaller> argumentType() {
        return CALLER;
    }

    @Override
    public BindingResult<StaffCaller> bind(ArgumentConversionContext<StaffCaller> context, HttpRequest<?> source) {
        StaffCaller caller = require(source);
        return () -> Optional.of(caller);
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

    /**
     * The form field, or for htmx the header, must carry the session's token. Returns the caller, so a
     * form handler reads {@code StaffCaller me = WebAuth.checkCsrf(request, caller, _csrf)}.
     */
    public static StaffCaller checkCsrf(HttpRequest<?> request, StaffCaller caller, String formToken) {
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
