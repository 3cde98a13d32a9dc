package th.wastebank.product;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A photo named by the lower-case hex SHA-256 of its bytes: the record that shows it and the file
 * travel separately (the op first, the photo by a resumable upload when the link allows).
 */
public final class PhotoRef {
    public static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    public static final int MAX_PER_RECORD = 12;

    private PhotoRef() {
    }

    public static boolean valid(String sha256) {
        return sha256 != null && SHA256.matcher(sha256).matches();
    }

    public static boolean allValid(List<String> photos) {
        return photos.size() <= MAX_PER_RECORD && photos.stream().allMatch(PhotoRef::valid);
    }
}
