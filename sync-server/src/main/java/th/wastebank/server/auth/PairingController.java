package th.wastebank.server.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import th.wastebank.sync.PairRequest;
import th.wastebank.sync.PairResponse;

/** {@code POST /api/v1/devices/pair}: a phone trades a pairing code for its token. */
@Controller("/api/v1/devices")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PairingController {
    private final Pairing pairing;

    public PairingController(Pairing pairing) {
        this.pairing = pairing;
    }

    @Post("/pair")
    public PairResponse pair(@Body @Nullable PairRequest request, HttpRequest<?> http) {
        return pairing.pair(request, ClientAddress.limiterKey(http));
    }
}
