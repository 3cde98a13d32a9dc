package th.wastebank.client.photo;

/**
 * The photo queue in numbers, for the upload status card.
 *
 * @param waiting        photos still to send
 * @param failed         photos the server refused, waiting for a person
 * @param uploadedInRound photos of the current round already on the server
 * @param totalBytes     bytes of the current round (waiting photos and those uploaded in it)
 * @param confirmedBytes of those, the bytes the server has confirmed
 */
public record PhotoTotals(int waiting, int failed, int uploadedInRound, long totalBytes, long confirmedBytes) {
    public static final PhotoTotals NONE = new PhotoTotals(0, 0, 0, 0, 0);

    /** Share of the round's bytes confirmed, 0 to 1 (1 when nothing waits). */
    public double progress() {
        return totalBytes == 0 ? 1.0 : Math.min(1.0, (double) confirmedBytes / totalBytes);
    }
}
