package th.wastebank.server.ledger;

import java.util.UUID;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import th.wastebank.server.api.ApiProblem;
import th.wastebank.server.auth.DeviceCaller;

/** {@code GET /api/v1/members/{id}/balance}: what the server holds for a member of the device's org. */
@Controller("/api/v1/members")
@ExecuteOn(TaskExecutors.BLOCKING)
public class BalanceController {
    private final Balances balances;

    public BalanceController(Balances balances) {
        this.balances = balances;
    }

    @Get("/{memberId}/balance")
    public Balances.MemberBalance balance(DeviceCaller caller,
                                          @PathVariable UUID memberId) {
        return balances.member(caller.orgId(), memberId).orElseThrow(() -> ApiProblem.notFound("member-not-found",
                "No such member in this organisation", "ไม่พบสมาชิกคนนี้ในธนาคารขยะของท่าน"));
    }
}
