package th.wastebank.server.sync;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import th.wastebank.server.auth.DeviceAuth;
import th.wastebank.server.auth.DeviceCaller;
import th.wastebank.sync.PushResponse;

/** The device sync API: {@code POST /api/v1/sync/push} and {@code GET /api/v1/sync/pull}. */
@Controller("/api/v1/sync")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SyncController {
    private final DeviceAuth deviceAuth;
    private final PushService pushService;
    private final PullService pullService;
    private final PushMetrics pushMetrics;

    public SyncController(DeviceAuth deviceAuth, PushService pushService, PullService pullService,
                          PushMetrics pushMetrics) {
        this.deviceAuth = deviceAuth;
        this.pushService = pushService;
        this.pullService = pullService;
        this.pushMetrics = pushMetrics;
    }

    @Post("/push")
    @Consumes(MediaType.APPLICATION_JSON)
    public PushResponse push(@Header("Authorization") @Nullable String authorization, @Body @Nullable byte[] body) {
        return pushMetrics.record(() -> pushService.push(deviceAuth.require(authorization), body));
    }

    @Get("/pull")
    public HttpResponse<String> pull(DeviceCaller caller,
                                     @QueryValue @Nullable String cursor, @QueryValue @Nullable Integer limit) {
        String page = pullService.pull(caller, cursor, limit);
        return HttpResponse.ok(page).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
