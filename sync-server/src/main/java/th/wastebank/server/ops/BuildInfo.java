package th.wastebank.server.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The version and the git commit this server was built from, written by the build into
 * {@code wastebank-build.properties} and {@code wastebank-commit.txt} (sync-server's pom): an operator reads
 * them in the start line and in {@code GET /health} to know which jar a node runs after an upgrade. A build
 * from a source tarball without {@code .git} says {@code unknown}.
 */
public record BuildInfo(String version, String commit) {
    private static final String RESOURCE = "/wastebank-build.properties";
    private static final String COMMIT = "/wastebank-commit.txt";
    private static final Pattern ABBREVIATED_HASH = Pattern.compile("[0-9a-f]{7,40}");
    private static final String UNKNOWN = "unknown";
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
        return new BuildInfo(known(p.getProperty("version")), builtCommit());
    }

    /** What {@code git rev-parse --short HEAD} printed, if that is a commit (not git's complaint). */
    private static String builtCommit() {
        try (InputStream in = BuildInfo.class.getResourceAsStream(COMMIT)) {
            String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return ABBREVIATED_HASH.matcher(text).matches() ? text : UNKNOWN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Missing, or left unfiltered (run from an IDE that copies resources as they are): unknown. */
    private static String known(String value) {
        return value == null || value.isBlank() || value.contains("${") ? UNKNOWN : value.strip();
    }
}
