package th.wastebank.server.photo;

import java.nio.file.Path;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Factory;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.objectstorage.ObjectStorageOperations;
import jakarta.inject.Singleton;

import th.wastebank.server.ops.WbSettings;

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
        if ("object-storage".equals(settings.getPhotosStorage())) {
            ObjectStorageOperations<?, ?, ?> storage = context.getBean(ObjectStorageOperations.class,
                    Qualifiers.byName(settings.getPhotosObjectStorage()));
            return new ObjectStoragePhotoStore(storage);
        }
        return new LocalPhotoStore(Path.of(settings.getDataDir()).toAbsolutePath().resolve("photos"));
    }
}
