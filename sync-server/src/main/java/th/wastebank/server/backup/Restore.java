package th.wastebank.server.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import th.wastebank.server.db.EmbeddedMariaDb;
import th.wastebank.server.photo.PhotoStores;
import th.wastebank.server.sync.SyncEpoch;

/**
 * {@code java -jar wastebank-server.jar restore FILE}: puts a backup back, without starting the HTTP
 * server. The whole file is checked first (its checksums, that it is complete, that this build knows its
 * schema) and the target must be empty (a new data directory for the embedded MariaDB, or an empty
 * database at {@code DATASOURCES_DEFAULT_URL}); only then is anything written. The photos go back into
 * the local photo store. A restore that fails half-way removes what it wrote, since the place was empty.
 * The server started afterwards migrates the restored schema if this build is newer.
 */
public final class Restore {
    /** Usage errors (as {@link RestoreRefused#UNSUITABLE}). */
    public static final int USAGE = 2;
    /** The restore started and failed (its partial writes removed). */
    public static final int FAILED = 1;

    private final Settings settings;
    private final PrintStream out;
    private boolean began;

    /** The server's settings as {@code Application} reads them: environment variable, system property, default. */
    @FunctionalInterface
    public interface Settings {
        String get(String env, String property, String fallback);
    }

    public Restore(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** Runs {@code restore FILE}; answers the process's exit code (0 when restored). */
    public int run(String... args) {
        if (args.length != 2 || !"restore".equals(args[0])) {
            out.println("ใช้: java -jar wastebank-server.jar restore ไฟล์สำรองข้อมูล.zip");
            out.println("Usage: java -jar wastebank-server.jar restore BACKUP-FILE.zip");
            return USAGE;
        }
        Path file = Path.of(args[1]).toAbsolutePath();
        try {
            restore(file);
            return 0;
        } catch (RestoreRefused refused) {
            out.println(refused.detailTh());
            out.println(refused.getMessage());
            return refused.exitCode();
        } catch (BackupFailed failed) {
            out.println("กู้คืนข้อมูลไม่สำเร็จ: " + failed.toProblem().detailTh() + afterwards(true));
            out.println("The restore failed: " + failed.getMessage() + afterwards(false));
            return FAILED;
        } catch (IOException | SQLException | RuntimeException e) {
            out.println("กู้คืนข้อมูลไม่สำเร็จ: " + e.getMessage() + afterwards(true));
            out.println("The restore failed: " + e + afterwards(false));
            return FAILED;
        }
    }

    /** Whether the failed restore had begun writing (and so removed what it wrote) or wrote nothing at all. */
    private String afterwards(boolean thai) {
        if (thai) {
            return began ? " (ลบส่วนที่กู้คืนไปแล้วออกแล้ว)" : " (ยังไม่ได้กู้คืนข้อมูลใด ๆ)";
        }
        return began ? " (what it had written was removed)" : " (nothing was written)";
    }

    private void restore(Path file) throws IOException, SQLException {
        long started = System.nanoTime();
        out.println("กำลังตรวจสอบไฟล์ · Checking " + file);
        try (BackupArchive.Verified backup = BackupArchive.verify(file)) {
            BackupArchive.Manifest manifest = backup.manifest();
            String known = SchemaVersions.latestKnown();
            if (SchemaVersions.isNewerThanKnown(manifest.schemaVersion(), known)) {
                throw RestoreRefused.newerSchema(file, manifest.schemaVersion(), manifest.serverVersion(), known);
            }
            String dataDir = settings.get("WB_DATA_DIR", "wb.data-dir", "data");
            boolean photosToObjectStorage = PhotoStores.inObjectStorage(
                    settings.get("WB_PHOTOS_STORAGE", "wb.photos-storage", "local"));
            Path photos = PhotoStores.localDirectory(dataDir);
            String url = settings.get("DATASOURCES_DEFAULT_URL", "datasources.default.url", "");
            Target target = url.isBlank() ? new EmbeddedTarget(Path.of(dataDir).toAbsolutePath()) : new ExternalTarget(url);
            Map<String, Path> photoTargets = photoTargets(file, manifest, photos);
            target.requireEmpty();
            if (!photosToObjectStorage) {
                requireNoFiles(photos, "the photo directory " + photos);
            }
            out.println("ไฟล์ถูกต้อง (สร้างเมื่อ " + manifest.createdAt() + ") กำลังกู้คืน · The file is whole (made "
                    + manifest.createdAt() + ", schema " + manifest.schemaVersion() + "); restoring");
            List<Path> written = new ArrayList<>();
            began = true;
            try {
                int photoCount = photosToObjectStorage ? 0 : restorePhotos(backup, photoTargets, written);
                target.load(backup);
                if (photosToObjectStorage && hasPhotos(manifest)) {
                    out.println("รูปภาพไม่ได้กู้คืน (WB_PHOTOS_STORAGE=object-storage) · The photos were NOT restored:"
                            + " photos go to object storage here; copy the file's " + BackupArchive.PHOTOS
                            + " folder to the bucket with the storage's own tools");
                } else if (!manifest.photos().equals("included")) {
                    out.println("ไฟล์นี้ไม่มีรูปภาพ · This backup has no photos: " + manifest.photos());
                }
                out.printf("กู้คืนเรียบร้อย · Restored: the database and %d photo files in %.1f s. Start the server as"
                        + " usual.%n", photoCount, (System.nanoTime() - started) / 1e9);
            } catch (IOException | SQLException | RuntimeException e) {
                target.undo();
                for (Path p : written) {
                    Files.deleteIfExists(p);
                }
                throw e;
            }
        }
    }

    private static boolean hasPhotos(BackupArchive.Manifest manifest) {
        return manifest.files().stream().anyMatch(f -> f.name().startsWith(BackupArchive.PHOTOS));
    }

    /** Where each photo of the backup goes: inside {@code root}, or the file is refused (a crafted name cannot climb out). */
    private static Map<String, Path> photoTargets(Path file, BackupArchive.Manifest manifest, Path root) {
        Map<String, Path> targets = new LinkedHashMap<>();
        for (BackupArchive.Entry entry : manifest.files()) {
            if (!entry.name().startsWith(BackupArchive.PHOTOS)) {
                continue;
            }
            String relative = entry.name().substring(BackupArchive.PHOTOS.length());
            Path target = root.resolve(relative).normalize();
            if (relative.isEmpty() || relative.contains("\\") || !target.startsWith(root) || target.equals(root)) {
                throw RestoreRefused.tampered(file, entry.name() + " lies outside the photo directory");
            }
            targets.put(entry.name(), target);
        }
        return targets;
    }

    /** Unpacks the photo store, each file whole or not at all (a temporary copy, then an atomic move). */
    private static int restorePhotos(BackupArchive.Verified backup, Map<String, Path> targets, List<Path> written)
            throws IOException {
        int count = 0;
        for (Map.Entry<String, Path> photo : targets.entrySet()) {
            Path target = photo.getValue();
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".restoring", ".tmp");
            written.add(tmp);
            try (InputStream in = backup.open(photo.getKey())) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            written.add(target);
            count++;
        }
        return count;
    }

    /** A directory that does not exist, or holds no file anywhere below it, is empty. */
    private static void requireNoFiles(Path dir, String what) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            if (walk.anyMatch(Files::isRegularFile)) {
                throw RestoreRefused.notEmpty(what,
                        "stop the server and move it away (e.g. mv " + dir + " " + dir + ".old), or set WB_DATA_DIR to a new,"
                                + " empty directory",
                        "หยุดเซิร์ฟเวอร์แล้วย้ายโฟลเดอร์นี้ไปที่อื่น (เช่น mv " + dir + " " + dir + ".old) หรือตั้ง WB_DATA_DIR"
                                + " เป็นโฟลเดอร์ใหม่ที่ว่าง");
            }
        }
    }

    /**
     * A new epoch for the op log (ADR 0009): the dump carries the one the phones already know, and a
     * phone that sees it change sends again what it had sent since. A backup from before epochs
     * existed has no such table; the migration that makes it starts a new epoch.
     */
    private static void renewEpoch(Connection c) throws SQLException {
        try {
            SyncEpoch.renew(c);
        } catch (SQLException e) {
            if (e.getErrorCode() != NO_SUCH_TABLE) {
                throw e;
            }
        }
    }

    private static final int NO_SUCH_TABLE = 1146;

    /** Runs the backup's SQL through the {@code mariadb} client, streaming it from the file. */
    private static void loadDump(BackupArchive.Verified backup, DatabaseTools tools, DatabaseTools.Address address,
                                 String user, String password) throws IOException {
        Path dir = privateTempDir();
        try {
            Path options = tools.optionFile(dir, address, user, password);
            Path errors = dir.resolve("client.err");
            Process client = new ProcessBuilder(tools.loadCommand(options, address.schema()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(errors.toFile())
                    .start();
            try {
                try (OutputStream sql = client.getOutputStream(); InputStream dump = backup.open(BackupArchive.DATABASE)) {
                    dump.transferTo(sql);
                } catch (IOException brokenPipe) {
                    // the client stopped reading: its exit code and its message say why
                }
                int exit = client.waitFor();
                if (exit != 0) {
                    throw new BackupFailed(tools.client().getFileName() + " could not load the dump (exit " + exit + "): "
                            + Files.readString(errors, StandardCharsets.UTF_8).strip(), "โหลดข้อมูลเข้าฐานข้อมูลไม่สำเร็จ");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BackupFailed("The restore was interrupted", "การกู้คืนถูกขัดจังหวะ", e);
            } finally {
                if (client.isAlive()) {
                    client.destroyForcibly();
                }
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static Path privateTempDir() throws IOException {
        try {
            return Files.createTempDirectory("wastebank-restore",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException windows) {
            return Files.createTempDirectory("wastebank-restore");
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Where the database goes back to. */
    private interface Target {
        void requireEmpty() throws IOException, SQLException;

        void load(BackupArchive.Verified backup) throws IOException, SQLException;

        /** Removes what {@link #load} wrote (the place was empty before). */
        void undo() throws IOException, SQLException;
    }

    /** The embedded MariaDB in {@code WB_DATA_DIR/mariadb}, which must hold no data yet. */
    private final class EmbeddedTarget implements Target {
        private final Path dataDir;
        private final Path root;

        EmbeddedTarget(Path dataDir) {
            this.dataDir = dataDir;
            this.root = dataDir.resolve("mariadb");
        }

        @Override
        public void requireEmpty() throws IOException {
            if (!EmbeddedMariaDb.isSupportedHere()) {
                throw RestoreRefused.unsuitable(new EmbeddedMariaDb.UnsupportedPlatformException().getMessage());
            }
            try {
                EmbeddedMariaDb.requireOutsideTempDir(dataDir);
            } catch (IllegalArgumentException temporary) {
                throw RestoreRefused.unsuitable(temporary.getMessage());
            }
            requireNoFiles(root.resolve("data"), "the database directory " + root.resolve("data"));
            String uploadDir = settings.get("WB_UPLOAD_DIR", "wb.upload-dir", "");
            Path uploads = uploadDir.isBlank() ? dataDir.resolve("uploads") : Path.of(uploadDir).toAbsolutePath();
            requireNoFiles(uploads, "the upload directory " + uploads);
        }

        @Override
        public void load(BackupArchive.Verified backup) throws IOException, SQLException {
            int bufferPoolMb = Integer.parseInt(settings.get("WB_DB_BUFFER_POOL_MB", "wb.db-buffer-pool-mb", "256"));
            EmbeddedMariaDb db = EmbeddedMariaDb.start(root, 0, bufferPoolMb);
            try {
                try (Connection c = DriverManager.getConnection(db.jdbcUrl(EmbeddedMariaDb.SCHEMA), db.username(),
                        db.password())) {
                    c.isValid(5);
                }
                String configured = settings.get("WB_BACKUP_DUMP_TOOL", "wb.backup-dump-tool", "");
                DatabaseTools tools = DatabaseTools.find(configured.isBlank()
                        ? db.binDir().resolve("mariadb-dump").toString() : configured);
                loadDump(backup, tools, DatabaseTools.Address.of(db.jdbcUrl(EmbeddedMariaDb.SCHEMA)), db.username(),
                        db.password());
                try (Connection c = DriverManager.getConnection(db.jdbcUrl(EmbeddedMariaDb.SCHEMA), db.username(),
                        db.password())) {
                    renewEpoch(c);
                }
            } finally {
                db.stop();
            }
        }

        @Override
        public void undo() throws IOException {
            deleteTree(root.resolve("data"));
        }
    }

    /** The database at {@code DATASOURCES_DEFAULT_URL}, which must have no table yet. */
    private final class ExternalTarget implements Target {
        private final String url;
        private final String user;
        private final String password;

        ExternalTarget(String url) {
            this.url = url;
            this.user = settings.get("DATASOURCES_DEFAULT_USERNAME", "datasources.default.username", "root");
            this.password = settings.get("DATASOURCES_DEFAULT_PASSWORD", "datasources.default.password", "");
        }

        @Override
        public void requireEmpty() throws SQLException {
            DatabaseTools.find(settings.get("WB_BACKUP_DUMP_TOOL", "wb.backup-dump-tool", "")).client();
            String schema = DatabaseTools.Address.of(url).schema();
            try (Connection c = connect(schema);
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery(
                         "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw RestoreRefused.notEmpty("the database " + schema,
                            "make sure its data is no longer needed (or back it up), then empty it: DROP DATABASE " + schema
                                    + "; CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                            "ตรวจสอบว่าไม่ต้องใช้ข้อมูลเดิมแล้ว (หรือสำรองไว้ก่อน) แล้วล้างฐานข้อมูลด้วยคำสั่ง DROP DATABASE "
                                    + schema + "; CREATE DATABASE " + schema
                                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;");
                }
            }
        }

        private Connection connect(String schema) {
            try {
                return DriverManager.getConnection(url, user, password);
            } catch (SQLException e) {
                throw RestoreRefused.unsuitable("Cannot sign in to the database at DATASOURCES_DEFAULT_URL (" + e.getMessage()
                        + "); check the address, DATASOURCES_DEFAULT_USERNAME and DATASOURCES_DEFAULT_PASSWORD, and that the"
                        + " database exists (CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci)");
            }
        }

        @Override
        public void load(BackupArchive.Verified backup) throws IOException, SQLException {
            DatabaseTools tools = DatabaseTools.find(settings.get("WB_BACKUP_DUMP_TOOL", "wb.backup-dump-tool", ""));
            loadDump(backup, tools, DatabaseTools.Address.of(url), user, password);
            try (Connection c = connect(DatabaseTools.Address.of(url).schema())) {
                renewEpoch(c);
            }
        }

        @Override
        public void undo() throws SQLException {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
                List<String[]> tables = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT table_name, table_type FROM information_schema.tables"
                        + " WHERE table_schema = DATABASE()")) {
                    while (rs.next()) {
                        tables.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
                st.execute("SET FOREIGN_KEY_CHECKS = 0");
                for (String[] t : tables) {
                    st.execute(("VIEW".equals(t[1]) ? "DROP VIEW IF EXISTS `" : "DROP TABLE IF EXISTS `")
                            + t[0].replace("`", "``") + "`");
                }
            }
        }
    }
}
