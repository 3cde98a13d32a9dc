package th.wastebank.server.auth;

import java.util.UUID;

/** The paired device behind a request, and the one org its token lets it read and write. */
public record DeviceCaller(UUID deviceId, long orgId, String orgCode, String deviceName) {
}
