package th.wastebank.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

import th.wastebank.server.backup.Restore;
import th.wastebank.server.db.EmbeddedMariaDb;
import th.wastebank.server.ops.BuildInfo;

/**
 * Starts the sync server. Without a database URL it first starts the embedded MariaDB in
 * {@code WB_DATA_DIR}, so one command is enough on an office PC; with
 * {@code DATASOURCES_DEFAULT_URL} it uses that MySQL/MariaDB instead. With the arguments
 * {@code restore FILE} it restores a backup instead ({@link Restore}) and starts no server.
 */
public final class Application {
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private Application() {
    }

    /** The last line a stopped server writes, in Thai and English. */
    public static final String STOPPED_LINE = "หยุดเซิร์ฟเวอร์แล้ว · Server stopped";
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    public static void main(String[] args) {
        if (args.length > 0 && "restore".equals(args[0])) {
            // a restore writes into an empty data directory or database and must not start the HTTP server
            System.exit(new Restore(Application::setting, System.out).run(args));
            return;
        }
        exitCleanlyOnSignals();
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
            properties.put("datasources.default.url", embedded.jdbcUrl(EmbeddedMariaDb.SCHEMA));
            properties.put("datasources.default.username", embedded.username());
            properties.put("datasources.default.password", embedded.password());
            if (setting("WB_BACKUP_DUMP_TOOL", "wb.backup-dump-tool", "").isBlank()) {
                properties.put("wb.backup-dump-tool", embedded.binDir().resolve("mariadb-dump").toString());
            }
        }
        try {
            ApplicationContext context = Micronaut.build(args).mainClass(Application.class).properties(properties).start();
            EmbeddedMariaDb database = embedded;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(context, database), "wb-stop"));
            LOG.info("เซิร์ฟเวอร์พร้อมแล้ว กด Ctrl-C เพื่อหยุด · Server ready; Ctrl-C stops it · wastebank {}",
                    BuildInfo.current().describe());
        } catch (RuntimeException e) {
            LOG.error("The server did not start: {}", e.getMessage(), e);
            if (embedded != null) {
                embedded.stop();
            }
            System.exit(1);
        }
    }

    /**
     * Ctrl-C (SIGINT) and SIGTERM are how an officer or a service manager asks the server to stop:
     * the JVM would end with 130 or 143 and {@code mvn -Pserver verify} would report a BUILD FAILURE
     * as if it had crashed. Taken as a normal exit instead (0), after the shutdown hooks have run.
     */
    private static void exitCleanlyOnSignals() {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), signal -> System.exit(0));
            } catch (IllegalArgumentException unavailable) {
                // a platform without this signal (or one the JVM keeps, with -Xrs): the default exit code stays
            }
        }
    }

    /**
     * The shutdown hook, beside Micronaut's own (which stops the HTTP server and then the context; stopping
     * the context here too would deadlock with it): waits until the context has stopped, so requests in
     * flight finish on a running database, then stops the database and writes the one stop line.
     */
    private static void stop(ApplicationContext context, EmbeddedMariaDb embedded) {
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        while (context.isRunning() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (embedded != null) {
            embedded.stop();
        }
        LOG.info(STOPPED_LINE);
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
