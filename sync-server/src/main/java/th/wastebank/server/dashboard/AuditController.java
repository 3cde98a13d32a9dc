package th.wastebank.server.dashboard;

import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;

import th.wastebank.server.audit.AuditLog;
import th.wastebank.server.staff.StaffCaller;
import th.wastebank.server.staff.StaffRole;

/** {@code /web/audit}: the latest staff actions, for national administrators. */
@Controller("/web/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuditController {
    private final WebAuth webAuth;
    private final AuditLog audit;

    public AuditController(WebAuth webAuth, AuditLog audit) {
        this.webAuth = webAuth;
        this.audit = audit;
    }

    @Get
    public ModelAndView<Map<String, Object>> latest(HttpRequest<?> request) {
        StaffCaller me = webAuth.require(request);
        if (me.role() != StaffRole.NATIONAL) {
            throw WebProblem.forbidden();
        }
        return Page.of("audit", request, me, Map.of("entries", audit.latest(500)));
    }
}
