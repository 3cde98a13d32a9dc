package th.wastebank.server.backup;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MariaDB's own command-line programs, as a backup makes and a restore loads a dump with them:
 * {@code mariadb-dump} (or MySQL's {@code mysqldump}) and its sibling client {@code mariadb} (or
 * {@code mysql}). The password goes to them in an owner-only option file
 * ({@code --defaults-extra-file}), never on a command line that {@code ps} shows to every user.
 */
final class DatabaseTools {
    private static final Pattern JDBC_URL = Pattern.compile(
            "jdbc:(?:mysql|mariadb)(?::[a-z]+)?://([^/?]*)/([^?;]*)(?:[?;](.*))?", Pattern.CASE_INSENSITIVE);

    private final Path dump;
    private final Path client;

    private DatabaseTools(Path dump, Path client) {
        this.dump = dump;
        this.client = client;
    }

    /**
     * The configured dump program ({@code WB_BACKUP_DUMP_TOOL}) if set, else the first of
     * {@code mariadb-dump} and {@code mysqldump} on the PATH; the client is the dump program's
     * sibling ({@code mariadb} beside {@code mariadb-dump}, {@code mysql} beside {@code mysqldump}),
     * else the PATH's.
     */
    static DatabaseTools find(String configuredDump) {
        Path dump = configuredDump == null || configuredDump.isBlank()
                ? onPath("mariadb-dump", "mysqldump")
                : Path.of(configuredDump);
        if (dump == null || !Files.isExecutable(dump)) {
            throw new BackupFailed("No dump program: " + (dump == null
                    ? "neither mariadb-dump nor mysqldump is on the PATH" : dump + " is not an executable file")
                    + "; install the MariaDB client (apt-get install mariadb-client) or set WB_BACKUP_DUMP_TOOL",
                    "ไม่พบโปรแกรม mariadb-dump สำหรับสำรองข้อมูล: ติดตั้ง mariadb-client หรือกำหนด WB_BACKUP_DUMP_TOOL");
        }
        String name = dump.getFileName().toString();
        String sibling = name.toLowerCase(Locale.ROOT).startsWith("mysqldump") ? "mysql" : "mariadb";
        Path beside = dump.resolveSibling(sibling + (name.toLowerCase(Locale.ROOT).endsWith(".exe") ? ".exe" : ""));
        Path client = Files.isExecutable(beside) ? beside : onPath("mariadb", "mysql");
        return new DatabaseTools(dump, client);
    }

    Path dump() {
        return dump;
    }

    /** The client that loads a dump; absent where no MariaDB/MySQL client is installed. */
    Path client() {
        if (client == null) {
            throw new BackupFailed("No database client: neither mariadb nor mysql is beside " + dump + " or on the PATH",
                    "ไม่พบโปรแกรม mariadb สำหรับกู้คืนข้อมูล: ติดตั้ง mariadb-client");
        }
        return client;
    }

    /** The command that writes {@code schema} as SQL to standard output, in one consistent snapshot. */
    List<String> dumpCommand(Path optionFile, String schema) {
        List<String> command = new ArrayList<>();
        command.add(dump.toString());
        // must come first: the option file holds the account, the password and the address
        command.add("--defaults-extra-file=" + optionFile);
        // one REPEATABLE READ transaction: a consistent snapshot of the InnoDB tables, no table locked
        command.add("--single-transaction");
        command.add("--skip-lock-tables");
        // tablespaces need the PROCESS privilege, which the application's account does not have
        command.add("--no-tablespaces");
        command.add("--triggers");
        command.add("--hex-blob");
        command.add("--default-character-set=utf8mb4");
        command.add(schema);
        return command;
    }

    /** The command that runs the SQL on standard input in {@code schema}. */
    List<String> loadCommand(Path optionFile, String schema) {
        return List.of(client().toString(), "--defaults-extra-file=" + optionFile, "--default-character-set=utf8mb4",
                "--binary-mode", schema);
    }

    /** Where a JDBC URL points: the first host (several for failover), its port and the schema. */
    record Address(String host, int port, String schema, boolean tlsOff) {
        static Address of(String jdbcUrl) {
            Matcher m = JDBC_URL.matcher(jdbcUrl == null ? "" : jdbcUrl.strip());
            if (!m.matches() || m.group(2).isBlank()) {
                throw new BackupFailed("Cannot read the database address from the JDBC URL (jdbc:mysql://host:port/schema)",
                        "อ่านที่อยู่ฐานข้อมูลจาก DATASOURCES_DEFAULT_URL ไม่ได้");
            }
            String firstHost = m.group(1).split(",")[0].strip();
            String host = firstHost;
            int port = 3306;
            if (firstHost.startsWith("[")) {
                int end = firstHost.indexOf(']');
                host = firstHost.substring(1, end);
                if (firstHost.length() > end + 2 && firstHost.charAt(end + 1) == ':') {
                    port = Integer.parseInt(firstHost.substring(end + 2));
                }
            } else if (firstHost.contains(":")) {
                host = firstHost.substring(0, firstHost.indexOf(':'));
                port = Integer.parseInt(firstHost.substring(firstHost.indexOf(':') + 1));
            }
            String params = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
            boolean tlsOff = params.contains("sslmode=disabled") || params.contains("usessl=false");
            return new Address(host.isBlank() ? "localhost" : host, port, m.group(2), tlsOff);
        }
    }

    /**
     * Writes an option file readable by its owner only, in {@code dir}, that signs the programs in at
     * {@code address}; the caller deletes it. The programs read it through {@code --defaults-extra-file}.
     */
    Path optionFile(Path dir, Address address, String user, String password) throws IOException {
        Files.createDirectories(dir);
        Path file;
        try {
            file = Files.createTempFile(dir, ".db-client", ".cnf",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException windows) {
            // no POSIX permissions (Windows): the file inherits the (per-user) directory's ACL
            file = Files.createTempFile(dir, ".db-client", ".cnf");
        }
        StringBuilder text = new StringBuilder("[client]\n")
                .append("user=").append(quoted(user)).append('\n')
                .append("password=").append(quoted(password == null ? "" : password)).append('\n')
                .append("host=").append(address.host()).append('\n')
                .append("port=").append(address.port()).append('\n')
                // a TCP connection even to localhost (else the client looks for a socket of its own)
                .append("protocol=TCP\n");
        if (address.tlsOff()) {
            boolean mysql = dump.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("mysqldump");
            text.append(mysql ? "ssl-mode=DISABLED\n" : "skip-ssl\n");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** An option value in double quotes, so that {@code #}, spaces and quotes in a password survive. */
    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static Path onPath(String... names) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        boolean windows = File.separatorChar == '\\';
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isBlank()) {
                    continue;
                }
                Path candidate = Path.of(dir).resolve(windows ? name + ".exe" : name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }
}
