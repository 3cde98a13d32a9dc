package th.wastebank.server.photo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import io.micronaut.objectstorage.ObjectStorageEntry;
import io.micronaut.objectstorage.ObjectStorageOperations;
import io.micronaut.objectstorage.request.UploadRequest;

/**
 * Photos in S3-compatible object storage (or any other Micronaut Object Storage backend), e.g.
 * MinIO or AWS S3 configured under {@code micronaut.object-storage.aws.<name>}.
 */
public final class ObjectStoragePhotoStore implements PhotoStore {
    private final ObjectStorageOperations<?, ?, ?> storage;

    public ObjectStoragePhotoStore(ObjectStorageOperations<?, ?, ?> storage) {
        this.storage = storage;
    }

    @Override
    public void put(String key, Path file, String contentType) throws IOException {
        if (storage.exists(key)) {
            return;
        }
        storage.upload(UploadRequest.fromBytes(Files.readAllBytes(file), key, contentType));
    }

    @Override
    public Optional<InputStream> get(String key) {
        Optional<? extends ObjectStorageEntry<?>> entry = storage.retrieve(key);
        return entry.map(ObjectStorageEntry::getInputStream);
    }

    @Override
    public boolean exists(String key) {
        return storage.exists(key);
    }
}
