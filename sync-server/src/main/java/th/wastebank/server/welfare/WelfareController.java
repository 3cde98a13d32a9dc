package th.wastebank.server.welfare;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import th.wastebank.server.api.ApiProblem;
import th.wastebank.server.auth.AdminAuth;
import th.wastebank.server.auth.DeviceAuth;
import th.wastebank.server.org.OrgRepository;

/**
 * {@code GET /api/v1/welfare}: the device's org's welfare fund, schemes, claims and levy runs, so a
 * committee can check its phone against the server to the satang; the operator's view of any org at
 * {@code GET /api/v1/admin/orgs/{code}/welfare}.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
public class WelfareController {
    private final DeviceAuth deviceAuth;
    private final AdminAuth adminAuth;
    private final OrgRepository orgs;
    private final WelfareQueries queries;

    public WelfareController(DeviceAuth deviceAuth, AdminAuth adminAuth, OrgRepository orgs, WelfareQueries queries) {
        this.deviceAuth = deviceAuth;
        this.adminAuth = adminAuth;
        this.orgs = orgs;
        this.queries = queries;
    }

    @Get("/welfare")
    public WelfareQueries.Summary mine(@Header("Authorization") @Nullable String authorization) {
        return queries.summary(deviceAuth.require(authorization).orgId());
    }

    @Get("/admin/orgs/{orgCode}/welfare")
    public WelfareQueries.Summary org(@Header("Authorization") @Nullable String authorization,
                                      @PathVariable String orgCode) {
        adminAuth.require(authorization);
        long orgId = orgs.findByCode(orgCode).orElseThrow(() -> ApiProblem.notFound("org-not-found",
                "No organisation with code " + orgCode, "ไม่พบ อปท. รหัสนี้")).id();
        return queries.summary(orgId);
    }
}
