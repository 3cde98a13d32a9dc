package th.wastebank.server.auth;

import java.util.List;
import java.util.UUID;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import th.wastebank.server.db.Tx;

/** Operator API for pairing: create codes, list and revoke an org's devices. */
@Controller("/api/v1/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AdminDeviceController {
    private final Pairing pairing;

    public AdminDeviceController(Pairing pairing) {
        this.pairing = pairing;
    }

    @Post("/orgs/{orgCode}/pairing-codes")
    public HttpResponse<Pairing.PairingCode> createPairingCode(Operator operator,
                                                               @PathVariable String orgCode) {
        return HttpResponse.created(pairing.createCode(orgCode, Tx.Step.NONE));
    }

    @Get("/orgs/{orgCode}/devices")
    public List<Pairing.DeviceInfo> devices(Operator operator, @PathVariable String orgCode) {
        return pairing.devices(orgCode);
    }

    @Post("/orgs/{orgCode}/devices/{deviceId}/revoke")
    public HttpResponse<Void> revoke(Operator operator, @PathVariable String orgCode,
                                     @PathVariable UUID deviceId) {
        pairing.revoke(orgCode, deviceId, Tx.Step.NONE);
        return HttpResponse.noContent();
    }
}
