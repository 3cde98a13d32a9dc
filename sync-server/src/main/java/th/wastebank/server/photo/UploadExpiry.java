package th.wastebank.server.photo;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** Removes abandoned uploads (their {@code Upload-Expires} has passed) every ten minutes. */
@Singleton
public class UploadExpiry {
    private final Uploads uploads;

    public UploadExpiry(Uploads uploads) {
        this.uploads = uploads;
    }

    @Scheduled(fixedDelay = "10m", initialDelay = "1m")
    void run() {
        uploads.expire();
    }
}
