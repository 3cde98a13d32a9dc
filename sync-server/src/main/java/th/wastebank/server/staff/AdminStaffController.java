package th.wastebank.server.staff;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;

import th.wastebank.server.api.ApiProblem;
import th.wastebank.server.audit.AuditLog;
import th.wastebank.server.auth.Operator;

/**
 * Operator API for staff accounts: how the first national administrator is created (see the
 * README), and how an operator adds officers for an area.
 */
@Controller("/api/v1/admin/staff")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AdminStaffController {
    private final StaffAccounts accounts;
    private final AuditLog audit;

    public AdminStaffController(StaffAccounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /** {@code role}: ORG, DISTRICT, PROVINCE or NATIONAL; {@code scope}: the org, district or province code. */
    @Serdeable
    public record NewStaff(String username, @Nullable String displayName, String password, String role,
                           @Nullable String scope) {
    }

    @Post
    public HttpResponse<StaffAccounts.Staff> create(Operator operator,
                                                    @Body NewStaff body) {
        StaffRole role = StaffRole.parse(body.role()).orElseThrow(() -> ApiProblem.badRequest("role-invalid",
                "role must be ORG, DISTRICT, PROVINCE or NATIONAL", "บทบาทไม่ถูกต้อง"));
        String scope = role == StaffRole.NATIONAL || body.scope() == null ? null : body.scope().strip();
        StaffAccounts.Staff staff = accounts.create(body.username(), body.displayName(), body.password(), role,
                body.scope(), audit.entry(null, "operator", "STAFF_CREATED", body.username(),
                        scope == null ? role.name() : role + " " + scope, null));
        return HttpResponse.created(staff);
    }

    @Get
    public List<StaffAccounts.Staff> list(Operator operator) {
        return accounts.all();
    }
}
