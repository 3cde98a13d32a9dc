package th.wastebank.server.backup;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flywaydb.core.api.MigrationVersion;

/**
 * Which database schema a backup holds (the latest Flyway migration applied to it) and which this
 * build knows (the latest migration it ships), so that a restore refuses a backup from a newer server
 * whose tables this one would misread.
 */
final class SchemaVersions {
    private static final String MIGRATIONS = "db/migration";
    private static final Pattern MIGRATION = Pattern.compile("V([0-9][0-9._]*)__.+\\.sql");

    private SchemaVersions() {
    }

    /** The highest version Flyway has applied successfully in the connection's schema. */
    static String latestApplied(Connection c) throws SQLException {
        MigrationVersion latest = null;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
            while (rs.next()) {
                MigrationVersion v = MigrationVersion.fromVersion(rs.getString(1));
                if (latest == null || v.isNewerThan(latest.getVersion())) {
                    latest = v;
                }
            }
        }
        if (latest == null) {
            throw new SQLException("no migration has been applied to this database");
        }
        return latest.getVersion();
    }

    /** The highest migration version among this build's own ({@code classpath:db/migration}). */
    static String latestKnown() {
        URL url = SchemaVersions.class.getClassLoader().getResource(MIGRATIONS);
        if (url == null) {
            throw new IllegalStateException("this build has no " + MIGRATIONS + " on its class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                boolean opened = false;
                try {
                    jar = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException notYet) {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                    opened = true;
                }
                try {
                    return latestIn(jar.provider().getPath(uri));
                } finally {
                    if (opened) {
                        jar.close();
                    }
                }
            }
            return latestIn(Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list this build's migrations: " + e.getMessage(), e);
        }
    }

    private static String latestIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            Optional<MigrationVersion> latest = files.map(p -> MIGRATION.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> MigrationVersion.fromVersion(m.group(1).replace('_', '.')))
                    .max(MigrationVersion::compareTo);
            return latest.orElseThrow(() -> new IOException("no migration in " + dir)).getVersion();
        }
    }

    /** True when {@code version} is newer than this build's latest migration. */
    static boolean isNewerThanKnown(String version, String known) {
        return MigrationVersion.fromVersion(version).isNewerThan(known);
    }
}
