package th.wastebank.server.progress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import th.wastebank.server.api.ApiProblem;
import th.wastebank.server.auth.Operator;

/**
 * Progress toward "1 อปท. 1 ผลิตภัณฑ์" as JSON for officers and the dashboard: the nation by province,
 * a province by district, a district by อปท., one อปท., and the reporting round. Guarded by the
 * operator token until staff accounts with area scopes arrive with the dashboard.
 */
@Controller("/api/v1/progress")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ProgressController {
    private final ProgressQueries queries;

    public ProgressController(ProgressQueries queries) {
        this.queries = queries;
    }

    @Get
    public ProgressQueries.AreaDetail nation(Operator operator) {
        return queries.nation();
    }

    @Get("/provinces/{code}")
    public ProgressQueries.AreaDetail province(Operator operator, @PathVariable String code) {
        return queries.province(code).orElseThrow(() -> ApiProblem.notFound("area-not-found",
                "No organisations in province " + code, "ไม่พบจังหวัดนี้"));
    }

    @Get("/districts/{code}")
    public ProgressQueries.DistrictDetail district(Operator operator,
                                                  @PathVariable String code) {
        return queries.district(code).orElseThrow(() -> ApiProblem.notFound("area-not-found",
                "No organisations in district " + code, "ไม่พบอำเภอนี้"));
    }

    @Get("/orgs/{code}")
    public ProgressQueries.OrgProgress org(Operator operator, @PathVariable String code) {
        return queries.org(code).orElseThrow(() -> ApiProblem.notFound("org-not-found",
                "No organisation with code " + code, "ไม่พบ อปท. รหัสนี้"));
    }

    /** {@code ?area=63} (a province), {@code ?area=6301} (a district) or none (the nation; each org judged by its province's days). */
    @Get("/rounds")
    public ProgressQueries.RoundReport rounds(Operator operator,
                                              @QueryValue @Nullable String area) {
        return queries.rounds(area == null || area.isBlank() ? null : area);
    }
}
