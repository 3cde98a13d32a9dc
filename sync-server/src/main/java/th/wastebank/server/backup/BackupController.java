package th.wastebank.server.backup;

import java.util.List;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import th.wastebank.server.auth.Operator;

/** Operator API for backups: make one now, list the complete ones. */
@Controller("/api/v1/admin/backups")
@ExecuteOn(TaskExecutors.BLOCKING)
public class BackupController {
    private final Backups backups;

    public BackupController(Backups backups) {
        this.backups = backups;
    }

    @Post
    public HttpResponse<Backups.BackupFile> make(Operator operator) {
        return HttpResponse.created(backups.makeNow());
    }

    @Get
    public List<Backups.BackupFile> list(Operator operator) {
        return backups.list();
    }
}
