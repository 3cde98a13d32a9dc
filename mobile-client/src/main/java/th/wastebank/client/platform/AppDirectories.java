package th.wastebank.client.platform;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import com.gluonhq.attach.storage.StorageService;

/**
 * Where the app keeps its private files: Gluon Attach's private storage on a phone, and on a
 * desktop {@code ~/.wastebank} (or the {@code wastebank.home} system property, which tests use).
 */
public final class AppDirectories {
    private AppDirectories() {
    }

    public static Path privateDir() {
        String override = System.getProperty("wastebank.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        Optional<File> attach = attachPrivateStorage();
        return attach.map(File::toPath).orElse(Path.of(System.getProperty("user.home"), ".wastebank"));
    }

    private static Optional<File> attachPrivateStorage() {
        try {
            return StorageService.create().flatMap(StorageService::getPrivateStorage);
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }
}
