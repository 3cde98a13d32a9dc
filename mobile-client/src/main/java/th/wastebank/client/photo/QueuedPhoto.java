package th.wastebank.client.photo;

import java.nio.file.Path;

/**
 * One photo in the phone's queue.
 *
 * @param sha256    the lower-case hex SHA-256 of the JPEG bytes: the photo's name everywhere
 * @param file      the JPEG in the app's private directory
 * @param size      its length in bytes
 * @param state     where it stands
 * @param uploadUrl the tus upload to resume (null until the server created one)
 * @param confirmed bytes the server has acknowledged
 * @param attempts  upload attempts that ended in a failure
 * @param lastError the last failure, in Thai (null when none)
 */
public record QueuedPhoto(String sha256, Path file, long size, PhotoState state, String uploadUrl, long confirmed,
                          int attempts, String lastError) {

    /** Share of the photo the server has confirmed, 0 to 1. */
    public double progress() {
        if (state == PhotoState.UPLOADED) {
            return 1.0;
        }
        return size == 0 ? 0 : Math.min(1.0, (double) confirmed / size);
    }
}
