package th.wastebank.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import th.wastebank.server.db.EmbeddedMariaDb;

/**
 * "Last night's backup" made and restored with the real tools the embedded MariaDB ships: a
 * {@code mariadb-dump --single-transaction} of the schema (a consistent snapshot while the server
 * keeps writing), then a copy of the photo directory; restored by loading the dump into a fresh
 * schema with {@code mariadb} and copying the photos into a fresh data directory. The dump comes
 * first, so every photo the database names is in the copy (an extra photo in the copy is harmless).
 *
 * <p>The server's own {@code backup}/{@code restore} command replaces {@link #take} and
 * {@link #restore} when it lands; the restore must renew the op log's epoch either way
 * ({@code SyncEpoch.renew}), which the test calls after {@link #restore}.
 */
final class Snapshot {
    private final Path dump;
    private final Path photos;

    private Snapshot(Path dump, Path photos) {
        this.dump = dump;
        this.photos = photos;
    }

    static Snapshot take(EmbeddedMariaDb db, String schema, Path dataDir, Path into) throws IOException,
            InterruptedException {
        Files.createDirectories(into);
        Path dump = into.resolve(schema + ".sql");
        run(db, List.of(tool(db, "mariadb-dump"), "--single-transaction", "--no-tablespaces", "--hex-blob",
                "--default-character-set=utf8mb4", schema), null, dump);
        Path photos = into.resolve("photos");
        copyTree(dataDir.resolve("photos"), photos);
        return new Snapshot(dump, photos);
    }

    /** Loads the dump into {@code schema} (fresh and empty) and the photos into {@code dataDir}. */
    void restore(EmbeddedMariaDb db, String schema, Path dataDir) throws IOException, InterruptedException {
        run(db, List.of(tool(db, "mariadb"), "--default-character-set=utf8mb4", schema), dump, null);
        copyTree(photos, dataDir.resolve("photos"));
    }

    private static String tool(EmbeddedMariaDb db, String name) {
        Path root = Path.of(System.getProperty("wb.test.data.dir", "target/test-data")).resolve("mariadb");
        Path bin = root.resolve("base").resolve("bin").resolve(name);
        if (!Files.isExecutable(bin)) {
            throw new IllegalStateException("no " + name + " in the embedded MariaDB's bundle at " + bin);
        }
        return bin.toAbsolutePath().toString();
    }

    private static void run(EmbeddedMariaDb db, List<String> tail, Path stdin, Path stdout) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(tail.get(0));
        command.addAll(List.of("--protocol=TCP", "--host=127.0.0.1", "--port=" + db.port(), "--skip-ssl",
                "--user=" + db.username()));
        command.addAll(tail.subList(1, tail.size()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("MYSQL_PWD", db.password()); // not on the command line, where ps shows it
        Path errors = Files.createTempFile("snapshot", ".err");
        pb.redirectError(errors.toFile());
        pb.redirectInput(stdin == null ? ProcessBuilder.Redirect.from(new File("/dev/null")) : ProcessBuilder.Redirect.from(stdin.toFile()));
        pb.redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()));
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new IOException(command.get(0) + " did not finish in 60 s");
        }
        String err = Files.readString(errors);
        Files.deleteIfExists(errors);
        if (p.exitValue() != 0) {
            throw new IOException(command.get(0) + " exited with " + p.exitValue() + ": " + err);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(f -> {
                try {
                    Path target = to.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
