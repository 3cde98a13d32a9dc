package th.wastebank.client.photo;

import java.nio.file.Path;

/**
 * One photo of a record (a product, a claim) as its tile shows it.
 *
 * @param file     the JPEG on this phone, or null for a photo another phone took (it is on the server)
 * @param state    its upload state on this phone (null when the photo is not on this phone)
 * @param progress share of it the server has confirmed, 0 to 1
 * @param refusedTh why the server refused it, in Thai (its own words), when {@code state} is FAILED; else null
 */
public record PhotoTile(String sha256, Path file, PhotoState state, double progress, String refusedTh) {
}
