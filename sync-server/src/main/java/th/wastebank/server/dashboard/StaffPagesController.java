package th.wastebank.server.dashboard;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;

import th.wastebank.server.api.ApiProblem;
import th.wastebank.server.audit.AuditLog;
import th.wastebank.server.db.Tx;
import th.wastebank.server.staff.StaffAccounts;
import th.wastebank.server.staff.StaffCaller;
import th.wastebank.server.staff.StaffDirectory;
import th.wastebank.server.staff.StaffRole;
import th.wastebank.server.web.Page;
import th.wastebank.server.web.Texts;
import th.wastebank.server.web.WebAuth;
import th.wastebank.server.web.WebProblem;

/**
 * {@code /web/staff}: the staff accounts an officer manages, and the forms to add one, disable or
 * enable it, unlock it and set a new password. National administrators manage everyone; province
 * officers the district and อปท. accounts of their province; district officers the อปท. accounts of
 * their district; อปท. officers nobody. Which account a form is for, and where it lies, is looked up
 * here, never taken from the form; nobody disables or resets their own account on this page.
 */
@Controller("/web/staff")
@ExecuteOn(TaskExecutors.BLOCKING)
public class StaffPagesController {
    static final String CREATED = "STAFF_CREATED";
    static final String DISABLED = "STAFF_DISABLED";
    static final String ENABLED = "STAFF_ENABLED";
    static final String UNLOCKED = "STAFF_UNLOCKED";
    static final String PASSWORD_RESET = "STAFF_PASSWORD_RESET";
    /** The most areas offered at once while typing. */
    static final int AREAS_SHOWN = 30;
    private static final Set<String> DONE = Set.of(CREATED, DISABLED, ENABLED, UNLOCKED, PASSWORD_RESET);

    private final StaffAccounts accounts;
    private final StaffDirectory directory;
    private final AuditLog audit;

    public StaffPagesController(StaffAccounts accounts, StaffDirectory directory, AuditLog audit) {
        this.accounts = accounts;
        this.directory = directory;
        this.audit = audit;
    }

    @Get
    public ModelAndView<Map<String, Object>> list(HttpRequest<?> request, StaffCaller caller,
                                                  @QueryValue @Nullable String done,
                                                  @QueryValue @Nullable Long id) {
        StaffCaller me = manager(caller);
        return page(request, me, Map.of(), Map.of(), Map.of(), done != null && DONE.contains(done) ? done : null, id);
    }

    /**
     * The areas whose name (or code) holds what is typed in the form's area field, as the options of
     * its list: fetched by htmx as the officer types, only areas the officer may give an account in.
     */
    @Get("/areas")
    public ModelAndView<Map<String, Object>> areas(HttpRequest<?> request, StaffCaller caller,
                                                   @QueryValue @Nullable String role,
                                                   @QueryValue @Nullable String scope) {
        StaffCaller me = manager(caller);
        List<StaffDirectory.Area> found = StaffRole.parse(role).filter(r -> creatable(me).contains(r))
                .map(r -> directory.areas(r, scope == null ? "" : scope, me.role() == StaffRole.NATIONAL ? ""
                        : me.scopeCode(), AREAS_SHOWN)).orElse(List.of());
        return Page.of("staff-areas", request, me, Map.of("areas", found));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(HttpRequest<?> request, StaffCaller signedIn,
                                  @Nullable String username, @Nullable String displayName,
                                  @Nullable String role, @Nullable String scope, @Nullable String password,
                                  @Nullable String _csrf) {
        StaffCaller me = manager(WebAuth.checkCsrf(request, signedIn, _csrf));
        Map<String, String> typed = new HashMap<>();
        typed.put("username", username == null ? "" : username.strip());
        typed.put("displayName", displayName == null ? "" : displayName.strip());
        typed.put("role", role == null ? "" : role);
        typed.put("scope", scope == null ? "" : scope.strip());
        Map<String, String> errors = new LinkedHashMap<>();

        String user = typed.get("username").toLowerCase(Locale.ROOT);
        if (!user.matches(StaffAccounts.USERNAME)) {
            errors.put("username", "staff.error.username");
        }
        if (typed.get("displayName").length() > StaffAccounts.MAX_DISPLAY_NAME) {
            errors.put("displayName", "staff.error.displayName");
        }
        Optional<StaffRole> newRole = StaffRole.parse(role);
        StaffDirectory.Scope area = null;
        if (newRole.isEmpty()) {
            errors.put("role", "staff.error.role");
        } else if (!creatable(me).contains(newRole.get())) {
            throw WebProblem.forbidden();
        } else if (newRole.get() != StaffRole.NATIONAL) {
            area = directory.scope(newRole.get(), StaffDirectory.codeOf(typed.get("scope"))).orElse(null);
            if (area == null) {
                errors.put("scope", "staff.error.scope");
            } else if (!me.canManage(newRole.get(), area.districtCode())) {
                throw WebProblem.forbidden();
            }
        }
        String passwordError = passwordError(password);
        if (passwordError != null) {
            errors.put("password", passwordError);
        }
        if (!errors.isEmpty()) {
            return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST)
                    .body(page(request, me, typed, errors, Map.of(), null, null));
        }

        StaffAccounts.Staff staff;
        try {
            String describe = describe(newRole.get(), area == null ? null : area.code());
            staff = accounts.create(user, typed.get("displayName"), password, newRole.get(),
                    area == null ? null : area.code(), audit.entry(me.id(), me.username(), CREATED, user, describe,
                            WebAuth.clientAddress(request)));
        } catch (ApiProblem problem) {
            String field = switch (problem.code()) {
                case "username-taken" -> "username";
                case "username-invalid" -> "username";
                case "password-too-short" -> "password";
                default -> "scope";
            };
            errors.put(field, "username-taken".equals(problem.code()) ? "staff.error.taken" : "staff.error." + field);
            return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST)
                    .body(page(request, me, typed, errors, Map.of(), null, null));
        }
        return done(CREATED, staff.id());
    }

    /** Disabling signs the person out at once: the first post asks to confirm, the second does it. */
    @Post("/{id}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> disable(HttpRequest<?> request, StaffCaller signedIn,
                                   @PathVariable long id, @Nullable String confirmed,
                                   @Nullable String _csrf) {
        StaffCaller me = manager(WebAuth.checkCsrf(request, signedIn, _csrf));
        if (!"yes".equals(confirmed)) {
            StaffDirectory.Account target = managed(me, id, false);
            Texts t = Texts.of(request);
            return HttpResponse.ok(Confirm.page(request, me, t.get("confirm.disable.title"),
                    t.get("confirm.disable.text").replace("{0}", target.displayName() + " (" + target.username() + ")"),
                    t.get("staff.disable"), "/web/staff/" + id + "/disable", "/web/staff#s" + id));
        }
        return act(request, me, id, DISABLED, false, (target, audited) -> accounts.setDisabled(target, true, audited));
    }

    @Post("/{id}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> enable(HttpRequest<?> request, StaffCaller signedIn,
                                  @PathVariable long id, @Nullable String _csrf) {
        StaffCaller me = manager(WebAuth.checkCsrf(request, signedIn, _csrf));
        return act(request, me, id, ENABLED, false, (target, audited) -> accounts.setDisabled(target, false, audited));
    }

    @Post("/{id}/unlock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> unlock(HttpRequest<?> request, StaffCaller signedIn,
                                  @PathVariable long id, @Nullable String _csrf) {
        StaffCaller me = manager(WebAuth.checkCsrf(request, signedIn, _csrf));
        return act(request, me, id, UNLOCKED, true, accounts::unlock);
    }

    @Post("/{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> resetPassword(HttpRequest<?> request, StaffCaller signedIn,
                                         @PathVariable long id, @Nullable String password,
                                         @Nullable String _csrf) {
        StaffCaller me = manager(WebAuth.checkCsrf(request, signedIn, _csrf));
        managed(me, id, false);
        String passwordError = passwordError(password);
        if (passwordError != null) {
            return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST)
                    .body(page(request, me, Map.of(), Map.of(), Map.of(id, passwordError), null, null));
        }
        return act(request, me, id, PASSWORD_RESET, false,
                (target, audited) -> accounts.resetPassword(target, password, audited));
    }

    /** A change of one account that writes {@code audited} (its audit row) in its own transaction. */
    @FunctionalInterface
    private interface Change {
        boolean apply(long id, Tx.Step audited);
    }

    /** One action on a managed account: checked, done with its audit row, and back to the list. */
    private HttpResponse<?> act(HttpRequest<?> request, StaffCaller me, long id, String action, boolean onSelf,
                                Change change) {
        StaffDirectory.Account target = managed(me, id, onSelf);
        if (!change.apply(target.id(), audit.entry(me.id(), me.username(), action, target.username(),
                describe(target.role(), target.scopeCode()), WebAuth.clientAddress(request)))) {
            throw WebProblem.notFound();
        }
        return done(action, target.id());
    }

    /** The message key for a password that cannot be set, or null when it can. */
    private static String passwordError(String password) {
        if (password == null || password.length() < StaffAccounts.MIN_PASSWORD) {
            return "staff.error.password";
        }
        return StaffAccounts.fitsBcrypt(password) ? null : "staff.error.passwordTooLong";
    }

    /** The account behind {@code id} when {@code me} manages it (and, unless {@code onSelf}, it is not theirs). */
    private StaffDirectory.Account managed(StaffCaller me, long id, boolean onSelf) {
        StaffDirectory.Account target = directory.byId(id).orElseThrow(WebProblem::notFound);
        if (!target.managedBy(me) || !onSelf && target.id() == me.id()) {
            throw WebProblem.forbidden();
        }
        return target;
    }

    private static StaffCaller manager(StaffCaller me) {
        if (!me.managesStaff()) {
            throw WebProblem.forbidden();
        }
        return me;
    }

    /** The roles {@code me} may give: lower ones, and every role for a national administrator. */
    static List<StaffRole> creatable(StaffCaller me) {
        return Arrays.stream(StaffRole.values())
                .filter(r -> me.role() == StaffRole.NATIONAL || r.isBelow(me.role()))
                .sorted((a, b) -> b.compareTo(a)).toList();
    }

    private static String describe(StaffRole role, String scopeCode) {
        return scopeCode == null ? role.name() : role + " " + scopeCode;
    }

    private static HttpResponse<?> done(String action, long id) {
        return HttpResponse.seeOther(URI.create("/web/staff?done=" + action + "&id=" + id + "#s" + id));
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, StaffCaller me, Map<String, String> typed,
                                                   Map<String, String> errors, Map<Long, String> rowErrors,
                                                   String done, Long doneId) {
        List<StaffDirectory.Account> list = directory.managedBy(me);
        Map<String, Object> data = new HashMap<>();
        data.put("accounts", list);
        data.put("roles", creatable(me));
        data.put("typed", typed);
        data.put("errors", errors);
        data.put("rowErrors", rowErrors);
        data.put("minPassword", String.valueOf(StaffAccounts.MIN_PASSWORD));
        StaffDirectory.Account doneFor = done == null ? null
                : list.stream().filter(a -> doneId != null && a.id() == doneId).findFirst().orElse(null);
        data.put("done", doneFor == null ? null : done);
        data.put("doneFor", doneFor);
        data.put("path", "/web/staff");
        return Page.of("staff", request, me, data);
    }
}
