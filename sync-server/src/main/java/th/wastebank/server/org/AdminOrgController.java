package th.wastebank.server.org;

import java.io.StringReader;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import th.wastebank.server.api.ApiProblem;
import th.wastebank.server.auth.Operator;
import th.wastebank.server.ledger.Balances;
import th.wastebank.server.review.ReviewQueue;

/** Operator API for organisations: import the register, look one up, see its balances and flags. */
@Controller("/api/v1/admin/orgs")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AdminOrgController {
    private final OrgRegister register;
    private final OrgRepository orgs;
    private final Balances balances;
    private final ReviewQueue reviewQueue;

    public AdminOrgController(OrgRegister register, OrgRepository orgs, Balances balances,
                              ReviewQueue reviewQueue) {
        this.register = register;
        this.orgs = orgs;
        this.balances = balances;
        this.reviewQueue = reviewQueue;
    }

    @Post("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public OrgRegister.Result importRegister(Operator operator, @Body @Nullable String csv) {
        if (csv == null || csv.isBlank()) {
            throw ApiProblem.badRequest("register-empty", "Send the register as a CSV body", "ไม่พบข้อมูลในไฟล์");
        }
        return register.importCsv(new StringReader(csv));
    }

    @Get("/{orgCode}")
    public Org org(Operator operator, @PathVariable String orgCode) {
        return find(orgCode);
    }

    @Get("/{orgCode}/balances")
    public List<Balances.MemberBalance> balances(Operator operator,
                                                 @PathVariable String orgCode) {
        return balances.all(find(orgCode).id());
    }

    @Get("/{orgCode}/review-flags")
    public List<ReviewQueue.Flag> reviewFlags(Operator operator,
                                              @PathVariable String orgCode) {
        return reviewQueue.open(find(orgCode).id());
    }

    private Org find(String orgCode) {
        return orgs.findByCode(orgCode).orElseThrow(() -> ApiProblem.notFound("org-not-found",
                "No organisation with code " + orgCode, "ไม่พบ อปท. รหัสนี้"));
    }
}
