package th.wastebank.server.backup;

import io.micronaut.http.HttpStatus;

import th.wastebank.server.api.ApiProblem;

/**
 * A backup or a restore that could not be made (no dump program, the dump failed, the disk is full),
 * with what to do in English and in Thai; the operator API answers it 503, the restore command prints it.
 */
public class BackupFailed extends ApiProblem {
    public BackupFailed(String detail, String detailTh) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "backup-failed", "Backup failed", detail, detailTh);
    }

    public BackupFailed(String detail, String detailTh, Throwable cause) {
        this(detail, detailTh);
        initCause(cause);
    }
}
