package th.wastebank.sync;

import java.util.UUID;

/**
 * What a device receives once: its id and the bearer token that authorises exactly one org. The
 * server keeps only a hash of the token, so it cannot be shown again. {@code receiptCode} is the
 * two characters that begin the device's receipt numbers ({@code th.wastebank.deposit.ReceiptNumber});
 * null from a server older than receipt numbers.
 */
public record PairResponse(UUID deviceId, String token, OrgRef org, String receiptCode) {
    public PairResponse(UUID deviceId, String token, OrgRef org) {
        this(deviceId, token, org, null);
    }
}
