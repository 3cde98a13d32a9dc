package th.wastebank.server.backup;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import th.wastebank.server.auth.AdminAuth;

/** Operator API for backups: make one now, list the complete ones. */
@Controller("/api/v1/admin/backups")
@ExecuteOn(TaskExecutors.BLOCKING)
public class BackupController {
    private final AdminAuth adminAuth;
    private final Backups backups;

    public BackupController(AdminAuth adminAuth, Backups backups) {
        this.adminAuth = adminAuth;
        this.backups = backups;
    }

    @Post
    public HttpResponse<Backups.BackupFile> make(@Header("Authorization") @Nullable String auth) {
        adminAuth.require(auth);
        return HttpResponse.created(backups.makeNow());
    }

    @Get
    public List<Backups.BackupFile> list(@Header("Authorization") @Nullable String auth) {
        adminAuth.require(auth);
        return backups.list();
    }
}
