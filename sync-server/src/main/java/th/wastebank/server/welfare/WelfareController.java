package th.wastebank.server.welfare;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import th.wastebank.server.api.ApiProblem;
import th.wastebank.server.auth.Operator;
import th.wastebank.server.auth.DeviceCaller;
import th.wastebank.server.org.OrgRepository;

/**
 * {@code GET /api/v1/welfare}: the device's org's welfare fund, schemes, claims and levy runs, so a
 * committee can check its phone against the server to the satang; the operator's view of any org at
 * {@code GET /api/v1/admin/orgs/{code}/welfare}.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
public class WelfareController {
    private final OrgRepository orgs;
    private final WelfareQueries queries;

    public WelfareController(OrgRepository orgs, WelfareQueries queries) {
        this.orgs = orgs;
        this.queries = queries;
    }

    @Get("/welfare")
    public WelfareQueries.Summary mine(DeviceCaller caller) {
        return queries.summary(caller.orgId());
    }

    @Get("/admin/orgs/{orgCode}/welfare")
    public WelfareQueries.Summary org(Operator operator,
                                      @PathVariable String orgCode) {
        long orgId = orgs.findByCode(orgCode).orElseThrow(() -> ApiProblem.notFound("org-not-found",
                "No organisation with code " + orgCode, "ไม่พบ อปท. รหัสนี้")).id();
        return queries.summary(orgId);
    }
}
