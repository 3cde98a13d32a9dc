package th.wastebank.server;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.micronaut.runtime.Micronaut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.wastebank.server.db.EmbeddedMariaDb;

/**
 * Starts the sync server. Without a database URL it first starts the embedded MariaDB in
 * {@code WB_DATA_DIR}, so one command is enough on an office PC; with
 * {@code DATASOURCES_DEFAULT_URL} it uses that MySQL/MariaDB instead.
 */
public final class Application {
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private Application() {
    }

    public static void main(String[] args) {
        Map<String, Object> properties = new HashMap<>();
        EmbeddedMariaDb embedded = null;
        if (setting("DATASOURCES_DEFAULT_URL", "datasources.default.url", "").isBlank()) {
            if (!EmbeddedMariaDb.isSupportedHere()) {
                System.err.println(new EmbeddedMariaDb.UnsupportedPlatformException().getMessage());
                System.exit(2);
            }
            Path dataDir = Path.of(setting("WB_DATA_DIR", "wb.data-dir", "data")).toAbsolutePath();
            int port = Integer.parseInt(setting("WB_DB_PORT", "wb.db-port", "0"));
            int bufferPoolMb = Integer.parseInt(setting("WB_DB_BUFFER_POOL_MB", "wb.db-buffer-pool-mb", "256"));
            LOG.info("No DATASOURCES_DEFAULT_URL: starting the embedded MariaDB in {} (unpacked on the first start)", dataDir);
            try {
                EmbeddedMariaDb.requireOutsideTempDir(dataDir);
            } catch (IllegalArgumentException refused) {
                System.err.println(refused.getMessage());
                System.exit(2);
                return;
            }
            embedded = EmbeddedMariaDb.start(dataDir.resolve("mariadb"), port, bufferPoolMb);
            properties.put("datasources.default.url", embedded.jdbcUrl("wastebank"));
            properties.put("datasources.default.username", embedded.username());
            properties.put("datasources.default.password", embedded.password());
        }
        try {
            Micronaut.build(args).mainClass(Application.class).properties(properties).start();
        } catch (RuntimeException e) {
            LOG.error("The server did not start: {}", e.getMessage(), e);
            if (embedded != null) {
                embedded.stop();
            }
            System.exit(1);
        }
    }

    /** An environment variable, else a system property, else the default. */
    static String setting(String env, String property, String fallback) {
        String value = System.getenv(env);
        if (value == null || value.isBlank()) {
            value = System.getProperty(property);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
