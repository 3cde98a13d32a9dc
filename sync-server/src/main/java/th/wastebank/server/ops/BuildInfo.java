package th.wastebank.server.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version and the git commit this server was built from, written into {@code wastebank-build.properties}
 * by the build: an operator reads them in the start line and in {@code GET /health} to know which jar a
 * node runs after an upgrade. A build from a source tarball without {@code .git} says {@code unknown}.
 */
public record BuildInfo(String version, String commit) {
    private static final String RESOURCE = "/wastebank-build.properties";
    private static final BuildInfo CURRENT = load();

    public static BuildInfo current() {
        return CURRENT;
    }

    /** e.g. {@code 0.1.0 (commit 87d7824)}. */
    public String describe() {
        return version + " (commit " + commit + ")";
    }

    private static BuildInfo load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuildInfo(known(p.getProperty("version")), known(p.getProperty("commit")));
    }

    /** Missing, or left unfiltered (run from an IDE that copies resources as they are): unknown. */
    private static String known(String value) {
        return value == null || value.isBlank() || value.contains("${") ? "unknown" : value.strip();
    }
}
