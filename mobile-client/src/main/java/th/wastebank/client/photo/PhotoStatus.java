package th.wastebank.client.photo;

/**
 * An immutable snapshot of the photo uploader for the screens: what it is doing, the queue in
 * numbers, which photo is on its way and what last went wrong.
 *
 * @param phase         what the uploader is doing now
 * @param totals        the queue in numbers, with the bytes the server has confirmed
 * @param currentSha256 the photo being sent (null when none)
 * @param lastErrorTh   the last failure in Thai (null after a success)
 */
public record PhotoStatus(Phase phase, PhotoTotals totals, String currentSha256, String lastErrorTh) {

    public enum Phase {
        NOT_PAIRED,
        IDLE,
        UPLOADING,
        OFFLINE,
        ERROR
    }
}
