package th.wastebank.server.ledger;

import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import th.wastebank.server.auth.DeviceAuth;

/** {@code GET /api/v1/members/{id}/balance}: what the server holds for a member of the device's org. */
@Controller("/api/v1/members")
@ExecuteOn(TaskExecutors.BLOCKING)
public class BalanceController {
    private final DeviceAuth deviceAuth;
    private final Balances balances;

    public BalanceController(DeviceAuth deviceAuth, Balances balances) {
        this.deviceAuth = deviceAuth;
        this.balances = balances;
    }

    @Get("/{memberId}/balance")
    public Balances.MemberBalance balance(@Header("Authorization") @Nullable String authorization,
                                          @PathVariable UUID memberId) {
        return balances.member(deviceAuth.require(authorization).orgId(), memberId);
    }
}
