package th.wastebank.server.photo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Photos as files under a directory; a file appears whole or not at all (copy, then atomic move). */
public final class LocalPhotoStore implements PhotoStore {
    private final Path root;

    public LocalPhotoStore(Path root) {
        this.root = root;
    }

    @Override
    public void put(String key, Path file, String contentType) throws IOException {
        Path target = resolve(key);
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), ".incoming", ".tmp");
        try {
            Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public Optional<InputStream> get(String key) throws IOException {
        Path p = resolve(key);
        return Files.isRegularFile(p) ? Optional.of(Files.newInputStream(p)) : Optional.empty();
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(resolve(key));
    }

    private Path resolve(String key) {
        if (!key.matches("[a-z]+/[0-9a-f]{64}(\\.jpg)?")) {
            throw new IllegalArgumentException("not a photo key: " + key);
        }
        String name = key.substring(key.indexOf('/') + 1);
        return root.resolve(key.substring(0, key.indexOf('/'))).resolve(name.substring(0, 2)).resolve(name);
    }
}
