package th.wastebank.server.photo;

import java.time.Instant;
import java.util.UUID;

/** An unfinished tus upload of one org's device: how long it is and how much has arrived. */
public record Upload(UUID id, long orgId, UUID deviceId, long length, long received, String sha256, String filename,
                     Instant expiresAt) {
    public boolean complete() {
        return received == length;
    }
}
