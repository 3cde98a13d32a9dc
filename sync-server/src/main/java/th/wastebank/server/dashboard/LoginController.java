package th.wastebank.server.dashboard;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;

import th.wastebank.server.audit.AuditLog;
import th.wastebank.server.auth.ClientAddress;
import th.wastebank.server.auth.Secrets;
import th.wastebank.server.staff.SignInGate;
import th.wastebank.server.staff.StaffAccounts;
import th.wastebank.server.staff.StaffCaller;
import th.wastebank.server.staff.StaffSessions;
import th.wastebank.server.web.Texts;
import th.wastebank.server.web.WebAuth;
import th.wastebank.server.web.WebProblem;

/**
 * Signing in and out. The sign-in form is protected against cross-site posting by a double-submit
 * token (a cookie and a hidden field that must match); the password is then checked by the
 * {@link SignInGate}, which counts attempts by address and by name before bcrypt runs.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class LoginController {
    static final String LOGIN_CSRF_COOKIE = "wb_login_csrf";
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?!/)[A-Za-z0-9._~/-]*");
    private final SignInGate gate;
    private final StaffSessions sessions;
    private final WebAuth webAuth;
    private final AuditLog audit;
    private final Clock clock;

    public LoginController(SignInGate gate, StaffSessions sessions, WebAuth webAuth, AuditLog audit, Clock clock) {
        this.gate = gate;
        this.sessions = sessions;
        this.webAuth = webAuth;
        this.audit = audit;
        this.clock = clock;
    }

    @Get
    public HttpResponse<?> root(HttpRequest<?> request) {
        Optional<StaffCaller> caller = webAuth.current(request);
        return HttpResponse.seeOther(URI.create(caller.map(StaffCaller::homePath).orElse("/login")));
    }

    @Get("/login")
    public HttpResponse<?> form(HttpRequest<?> request, @QueryValue @Nullable String next) {
        return page(request, next, null, HttpStatus.OK);
    }

    /**
     * Runs on a blocking thread only as long as it takes to hand the password to the
     * {@link SignInGate}; the answer is written when the gate's pool has checked it.
     */
    @Post("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public CompletableFuture<HttpResponse<?>> signIn(HttpRequest<?> request, @Nullable String username,
                                                     @Nullable String password, @Nullable String next,
                                                     @Nullable String _csrf) {
        String cookie = request.getCookies().findCookie(LOGIN_CSRF_COOKIE).map(Cookie::getValue).orElse(null);
        if (cookie == null || _csrf == null || !Secrets.same(cookie, _csrf)) {
            throw WebProblem.badCsrf();
        }
        return gate.signIn(username, password, ClientAddress.limiterKey(request))
                .thenApply(result -> answer(request, username == null ? "" : username, next, result));
    }

    private HttpResponse<?> answer(HttpRequest<?> request, String username, String next, StaffAccounts.SignIn result) {
        Texts t = Texts.of(request);
        String ip = ClientAddress.of(request);
        switch (result.outcome()) {
            case OK -> {
                return signedIn(request, result.staff().orElseThrow(), next, ip);
            }
            case WRONG -> {
                audit.record(null, username, "SIGN_IN_REFUSED", null, null, ip);
                return page(request, next, t.get("signin.wrong"), HttpStatus.UNAUTHORIZED);
            }
            case WRONG_NOW_LOCKED -> {
                audit.record(null, username, "SIGN_IN_LOCKED", null, null, ip);
                return page(request, next, t.get("signin.locked") + " " + t.dateTime(result.until()),
                        HttpStatus.UNAUTHORIZED);
            }
            case LOCKED, SLOWED -> {
                if (result.outcome() == StaffAccounts.Outcome.LOCKED) {
                    audit.record(null, username, "SIGN_IN_LOCKED", null, null, ip);
                }
                String key = result.outcome() == StaffAccounts.Outcome.LOCKED ? "signin.locked" : "signin.slowed";
                return retryLater(page(request, next, t.get(key) + " " + t.dateTime(result.until()),
                        HttpStatus.TOO_MANY_REQUESTS), result);
            }
            default -> {
                return retryLater(HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                        .contentType(MediaType.TEXT_HTML + ";charset=utf-8").body(busyPage(t)), result);
            }
        }
    }

    private HttpResponse<?> signedIn(HttpRequest<?> request, StaffAccounts.Staff staff, String next, String ip) {
        String secret = sessions.open(staff, audit.entry(staff.id(), staff.username(), "SIGN_IN", null, null, ip));
        StaffCaller caller = new StaffCaller(staff.id(), staff.username(), staff.displayName(), staff.role(),
                staff.scopeCode(), "");
        String target = isLocalPath(next) && next.startsWith("/web/") ? next : caller.homePath();
        return HttpResponse.seeOther(URI.create(target))
                .cookie(Cookie.of(StaffSessions.COOKIE, secret).httpOnly(true).path("/").sameSite(SameSite.Lax)
                        .secure(ClientAddress.overHttps(request)).maxAge(StaffSessions.LIFETIME))
                .cookie(Cookie.of(LOGIN_CSRF_COOKIE, "").path("/").maxAge(0));
    }

    /**
     * The answer while every place at the sign-in desk is taken: a flood gets it hundreds of times
     * a second, so it is a fixed page of our own words, with no template to render and no form token.
     */
    private static String busyPage(Texts t) {
        return "<!DOCTYPE html><html lang=\"" + t.lang() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + t.get("signin.title") + "</title><link rel=\"stylesheet\" href=\"/static/css/app.css\"></head>"
                + "<body><main class=\"narrow\"><h1>" + t.get("signin.title") + "</h1><p class=\"error\""
                + " id=\"signin-error\">" + t.get("signin.busy") + "</p><p><a href=\"/login\">"
                + t.get("signin.submit") + "</a></p></main></body></html>";
    }

    /** {@code Retry-After} in whole seconds, at least one. */
    private MutableHttpResponse<?> retryLater(MutableHttpResponse<?> response, StaffAccounts.SignIn result) {
        long seconds = Math.max(1, (Duration.between(clock.instant(), result.until()).toMillis() + 999) / 1000);
        return response.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }

    @Post("/logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signOut(HttpRequest<?> request, StaffCaller signedIn, @Nullable String _csrf) {
        StaffCaller caller = WebAuth.checkCsrf(request, signedIn, _csrf);
        sessions.close(request.getCookies().findCookie(StaffSessions.COOKIE).map(Cookie::getValue).orElse(null),
                audit.entry(caller.id(), caller.username(), "SIGN_OUT", null, null, ClientAddress.of(request)));
        return HttpResponse.seeOther(URI.create("/login"))
                .cookie(Cookie.of(StaffSessions.COOKIE, "").path("/").maxAge(0));
    }

    @Get("/lang/{lang}")
    public HttpResponse<?> language(HttpRequest<?> request, String lang, @QueryValue @Nullable String back) {
        String target = isLocalPath(back) ? back : "/";
        return HttpResponse.seeOther(URI.create(target))
                .cookie(Cookie.of(Texts.COOKIE, "en".equals(lang) ? "en" : "th").path("/").sameSite(SameSite.Lax)
                        .maxAge(java.time.Duration.ofDays(365)));
    }

    /**
     * A path of this site to send the browser back to: a slash, then only letters, digits and
     * {@code . _ ~ / -}, and no second slash first. Anything else ({@code //host}, {@code /\host},
     * tabs, schemes) could send the browser to another site, or is not a path at all.
     */
    static boolean isLocalPath(String candidate) {
        return candidate != null && LOCAL_PATH.matcher(candidate).matches();
    }

    private MutableHttpResponse<?> page(HttpRequest<?> request, String next, String error, HttpStatus status) {
        Texts t = Texts.of(request);
        String token = Secrets.newDeviceToken().substring(Secrets.TOKEN_PREFIX.length());
        Map<String, Object> model = new HashMap<>();
        model.put("t", t.words());
        model.put("lang", t.lang());
        model.put("csrf", token);
        model.put("next", next == null ? "" : next);
        if (error != null) {
            model.put("error", error);
        }
        return HttpResponse.status(status).body(new ModelAndView<>("login", model))
                .cookie(Cookie.of(LOGIN_CSRF_COOKIE, token).httpOnly(true).path("/").sameSite(SameSite.Strict)
                        .secure(ClientAddress.overHttps(request)));
    }

}
