package th.wastebank.server.photo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where finished photos and their thumbnails are kept, by key ({@code photos/<sha256>},
 * {@code thumbs/<sha256>.jpg}): the node's disk under {@code WB_DATA_DIR} by default, or
 * S3-compatible object storage through Micronaut Object Storage.
 */
public interface PhotoStore {
    /** Stores the file's bytes under {@code key} (replacing nothing: keys are content addresses). */
    void put(String key, Path file, String contentType) throws IOException;

    Optional<InputStream> get(String key) throws IOException;

    boolean exists(String key) throws IOException;
}
