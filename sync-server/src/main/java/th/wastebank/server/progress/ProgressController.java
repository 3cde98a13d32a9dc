package th.wastebank.server.progress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import th.wastebank.server.auth.AdminAuth;

/**
 * Progress toward "1 อปท. 1 ผลิตภัณฑ์" as JSON for officers and the dashboard: the nation by province,
 * a province by district, a district by อปท., one อปท., and the reporting round. Guarded by the
 * operator token until staff accounts with area scopes arrive with the dashboard.
 */
@Controller("/api/v1/progress")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ProgressController {
    private final AdminAuth adminAuth;
    private final ProgressQueries queries;

    public ProgressController(AdminAuth adminAuth, ProgressQueries queries) {
        this.adminAuth = adminAuth;
        this.queries = queries;
    }

    @Get
    public ProgressQueries.AreaDetail nation(@Header("Authorization") @Nullable String auth) {
        adminAuth.require(auth);
        return queries.nation();
    }

    @Get("/provinces/{code}")
    public ProgressQueries.AreaDetail province(@Header("Authorization") @Nullable String auth, @PathVariable String code) {
        adminAuth.require(auth);
        return queries.province(code);
    }

    @Get("/districts/{code}")
    public ProgressQueries.DistrictDetail district(@Header("Authorization") @Nullable String auth,
                                                  @PathVariable String code) {
        adminAuth.require(auth);
        return queries.district(code);
    }

    @Get("/orgs/{code}")
    public ProgressQueries.OrgProgress org(@Header("Authorization") @Nullable String auth, @PathVariable String code) {
        adminAuth.require(auth);
        return queries.org(code);
    }

    /** {@code ?area=63} (a province), {@code ?area=6301} (a district) or none (the nation, default days). */
    @Get("/rounds")
    public ProgressQueries.RoundReport rounds(@Header("Authorization") @Nullable String auth,
                                              @QueryValue @Nullable String area) {
        adminAuth.require(auth);
        String province = area == null || area.length() < 2 ? null : area.substring(0, 2);
        return queries.rounds(area == null || area.isBlank() ? null : area, queries.reportingDays(province));
    }
}
