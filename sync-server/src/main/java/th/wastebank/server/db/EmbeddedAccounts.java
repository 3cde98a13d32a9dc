package th.wastebank.server.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The embedded MariaDB's two accounts and where their passwords live. The application signs in as
 * {@value #APP_USER} (over TCP on 127.0.0.1, rights on the {@code wastebank…} schemas only); the
 * operator's tools sign in as {@code root}, which exists only as {@code root@localhost}: with
 * {@code --skip-name-resolve} that is the unix socket alone, so root cannot be used over TCP at all.
 *
 * <p>Both passwords are generated once and kept in {@value #FILE_NAME}, a MariaDB option file
 * readable by its owner only, so {@code mariadb --defaults-file=…/credentials.cnf} signs the operator
 * in as root through the socket. The file is the truth: on every start the accounts are set to it,
 * which also turns a data directory made in the skip-grant-tables days (a passwordless root that
 * any local process could use) into this one.
 */
final class EmbeddedAccounts {
    static final String FILE_NAME = "credentials.cnf";
    static final String APP_USER = "wastebank";
    /** The schemas the application account may use (a GRANT pattern: the server's and the tests'). */
    static final String APP_SCHEMAS = "wastebank%";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String rootPassword;
    private final String appPassword;

    private EmbeddedAccounts(String rootPassword, String appPassword) {
        this.rootPassword = rootPassword;
        this.appPassword = appPassword;
    }

    /** The passwords kept in {@code file}, generating the missing ones; the file is (re)written owner-only. */
    static EmbeddedAccounts loadOrCreate(Path file, Path socket) throws IOException {
        Map<String, String> kept = Files.isRegularFile(file) ? read(file) : Map.of();
        EmbeddedAccounts accounts = new EmbeddedAccounts(
                kept.getOrDefault("client.password", newPassword()),
                kept.getOrDefault(APP_USER + ".password", newPassword()));
        accounts.write(file, socket);
        return accounts;
    }

    String appPassword() {
        return appPassword;
    }

    /**
     * Statements for MariaDB's {@code --init-file}, run by the server itself before it accepts any
     * connection (one statement a line, as the init file requires). Only password hashes appear.
     * The first two are the ones mysql_secure_installation runs: no anonymous account, no test
     * database open to all, no root but {@code root@localhost}.
     */
    List<String> initStatements() {
        String app = "'" + APP_USER + "'@'127.0.0.1'";
        String appSocket = "'" + APP_USER + "'@'localhost'";
        String appHash = nativePasswordHash(appPassword);
        return List.of(
                "DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host <> 'localhost');",
                "DELETE FROM mysql.db WHERE User = '' OR Db = 'test' OR Db = 'test\\\\_%';",
                "FLUSH PRIVILEGES;",
                "CREATE USER IF NOT EXISTS 'root'@'localhost';",
                "GRANT ALL PRIVILEGES ON *.* TO 'root'@'localhost' WITH GRANT OPTION;",
                "ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING '"
                        + nativePasswordHash(rootPassword) + "' OR unix_socket;",
                "CREATE USER IF NOT EXISTS " + app + ", " + appSocket + ";",
                "ALTER USER " + app + " IDENTIFIED BY PASSWORD '" + appHash + "';",
                "ALTER USER " + appSocket + " IDENTIFIED BY PASSWORD '" + appHash + "';",
                "GRANT ALL PRIVILEGES ON `" + APP_SCHEMAS + "`.* TO " + app + ", " + appSocket + ";");
    }

    /** MariaDB's mysql_native_password hash: {@code *} and the hex of SHA-1(SHA-1(password)). */
    static String nativePasswordHash(String password) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            byte[] once = sha1.digest(password.getBytes(StandardCharsets.UTF_8));
            return "*" + HexFormat.of().formatHex(sha1.digest(once)).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }

    /** 192 random bits in URL-safe base64: no character an option file or an SQL string must escape. */
    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** {@code group.key} → value of a MariaDB option file ({@code [group]}, then {@code key=value} lines). */
    private static Map<String, String> read(Path file) throws IOException {
        Map<String, String> values = new HashMap<>();
        String group = "";
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.startsWith("[") && line.endsWith("]")) {
                group = line.substring(1, line.length() - 1).strip();
            } else if (!line.isEmpty() && !line.startsWith("#") && line.contains("=")) {
                int eq = line.indexOf('=');
                String value = line.substring(eq + 1).strip();
                if (!value.isEmpty()) {
                    values.put(group + "." + line.substring(0, eq).strip(), value);
                }
            }
        }
        return values;
    }

    /**
     * Writes the file owner-only from its first byte (a temporary file created 600, then moved
     * over), so the passwords are never readable by anyone else, even for a moment.
     */
    private void write(Path file, Path socket) throws IOException {
        String text = "# The embedded MariaDB's passwords, generated by the waste-bank server. Keep this file private.\n"
                + "# The server resets both accounts to these passwords on every start: to change one, edit it here\n"
                + "# (or delete this file for new ones) and restart the server.\n"
                + "# Operator, as root through the unix socket (root cannot sign in over TCP):\n"
                + "#   " + file.getParent().resolve("base/bin/mariadb") + " --defaults-file=" + file + " wastebank\n"
                + "#   " + file.getParent().resolve("base/bin/mariadb-dump") + " --defaults-file=" + file
                + " --single-transaction wastebank > backup.sql\n"
                + "[client]\n"
                + "user=root\n"
                + "password=" + rootPassword + "\n"
                + "socket=" + socket + "\n"
                + "# the server runs without TLS (loopback and socket only); MariaDB 11.4's client would insist on it\n"
                + "skip-ssl\n"
                + "\n"
                + "# The application's own account (TCP 127.0.0.1, the wastebank schemas only); clients ignore this group.\n"
                + "[" + APP_USER + "]\n"
                + "user=" + APP_USER + "\n"
                + "password=" + appPassword + "\n";
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, ".credentials", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        Files.setPosixFilePermissions(file, OWNER_ONLY);
    }
}
