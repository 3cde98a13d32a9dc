package th.wastebank.server.photo;

import java.nio.file.Path;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Factory;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.objectstorage.ObjectStorageOperations;
import jakarta.inject.Singleton;

import th.wastebank.server.config.WbSettings;

/**
 * Chooses where photos go: {@code WB_PHOTOS_STORAGE=local} (the default: {@code WB_DATA_DIR/photos})
 * or {@code object-storage}, using the Micronaut Object Storage bean named by
 * {@code WB_PHOTOS_OBJECT_STORAGE} (e.g. an S3 bucket configured as
 * {@code micronaut.object-storage.aws.default.bucket}).
 */
@Factory
public class PhotoStores {
    @Singleton
    PhotoStore photoStore(WbSettings settings, BeanContext context) {
        if (inObjectStorage(settings.getPhotosStorage())) {
            ObjectStorageOperations<?, ?, ?> storage = context.getBean(ObjectStorageOperations.class,
                    Qualifiers.byName(settings.getPhotosObjectStorage()));
            return new ObjectStoragePhotoStore(storage);
        }
        return new LocalPhotoStore(localDirectory(settings.getDataDir()));
    }

    /** Where local photos live under a data directory (the backup and the restore use it too). */
    public static Path localDirectory(String dataDir) {
        return Path.of(dataDir).toAbsolutePath().resolve("photos");
    }

    /** True when photos go to object storage rather than to {@link #localDirectory}. */
    public static boolean inObjectStorage(String photosStorage) {
        return "object-storage".equals(photosStorage);
    }
}
