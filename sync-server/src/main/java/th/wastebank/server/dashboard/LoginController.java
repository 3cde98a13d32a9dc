package th.wastebank.server.dashboard;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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
import th.wastebank.server.auth.Secrets;
import th.wastebank.server.staff.StaffAccounts;
import th.wastebank.server.staff.StaffCaller;
import th.wastebank.server.staff.StaffSessions;

/**
 * Signing in and out. The sign-in form is protected against cross-site posting by a double-submit
 * token (a cookie and a hidden field that must match); wrong passwords count towards a lockout.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class LoginController {
    static final String LOGIN_CSRF_COOKIE = "wb_login_csrf";
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?!/)[A-Za-z0-9._~/-]*");
    private final StaffAccounts accounts;
    private final StaffSessions sessions;
    private final WebAuth webAuth;
    private final AuditLog audit;

    public LoginController(StaffAccounts accounts, StaffSessions sessions, WebAuth webAuth, AuditLog audit) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.webAuth = webAuth;
        this.audit = audit;
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

    @Post("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signIn(HttpRequest<?> request, @Nullable String username, @Nullable String password,
                                  @Nullable String next, @Nullable String _csrf) {
        String cookie = request.getCookies().findCookie(LOGIN_CSRF_COOKIE).map(Cookie::getValue).orElse(null);
        if (cookie == null || _csrf == null || !Secrets.same(cookie, _csrf)) {
            throw WebProblem.badCsrf();
        }
        Texts t = Texts.of(request);
        StaffAccounts.SignIn result = accounts.signIn(username, password);
        String ip = WebAuth.clientAddress(request);
        if (result.staff().isEmpty()) {
            audit.record(null, username == null ? "" : username, result.locked() ? "SIGN_IN_LOCKED" : "SIGN_IN_REFUSED",
                    null, null, ip);
            String message = result.locked() ? t.get("signin.locked") + " " + t.dateTime(result.lockedUntil())
                    : t.get("signin.wrong");
            return page(request, next, message, HttpStatus.UNAUTHORIZED);
        }
        StaffAccounts.Staff staff = result.staff().get();
        String secret = sessions.open(staff, audit.entry(staff.id(), staff.username(), "SIGN_IN", null, null, ip));
        StaffCaller caller = new StaffCaller(staff.id(), staff.username(), staff.displayName(), staff.role(),
                staff.scopeCode(), "");
        String target = isLocalPath(next) && next.startsWith("/web/") ? next : caller.homePath();
        return HttpResponse.seeOther(URI.create(target))
                .cookie(Cookie.of(StaffSessions.COOKIE, secret).httpOnly(true).path("/").sameSite(SameSite.Lax)
                        .secure(overHttps(request)).maxAge(StaffSessions.LIFETIME))
                .cookie(Cookie.of(LOGIN_CSRF_COOKIE, "").path("/").maxAge(0));
    }

    @Post("/logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signOut(HttpRequest<?> request, @Nullable String _csrf) {
        StaffCaller caller = webAuth.requireCsrf(request, _csrf);
        sessions.close(request.getCookies().findCookie(StaffSessions.COOKIE).map(Cookie::getValue).orElse(null),
                audit.entry(caller.id(), caller.username(), "SIGN_OUT", null, null, WebAuth.clientAddress(request)));
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

    private HttpResponse<?> page(HttpRequest<?> request, String next, String error, HttpStatus status) {
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
                        .secure(overHttps(request)));
    }

    /**
     * Whether the browser reached us over HTTPS, directly or through a reverse proxy that says so; the
     * cookies are then {@code Secure}, never sent back over plain HTTP. (A forged header can only make
     * a cookie stricter.)
     */
    static boolean overHttps(HttpRequest<?> request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }
}
