package th.wastebank.server.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.wastebank.server.api.ApiProblem;
import th.wastebank.server.config.WbSettings;
import th.wastebank.server.db.Database;
import th.wastebank.server.photo.PhotoStores;

/**
 * Makes, lists and prunes the backup files in {@code WB_BACKUP_DIR}: the database as one consistent
 * {@code mariadb-dump --single-transaction} snapshot, then the photo store (photos are only ever
 * added, under their content's hash, so the photos copied after the snapshot are all those it names),
 * in one {@link BackupArchive}. A file is written under a hidden temporary name and renamed when
 * whole, so the list never shows one in progress; one backup is made at a time.
 *
 * <p>{@link #lastBackupAt()} is the time of the newest complete backup, for an operator's metrics.
 */
@Singleton
public class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final Pattern NAME = Pattern.compile("wastebank-backup-(\\d{8}T\\d{6}\\.\\d{3}Z)\\.zip");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final String PARTIAL = ".partial";
    private static final String CHECKSUM = ".sha256";
    private static final int STDERR_TAIL = 2_000;

    private final WbSettings settings;
    private final Database database;
    private final Clock clock;
    private final String url;
    private final String username;
    private final String password;
    private final ReentrantLock making = new ReentrantLock();
    private volatile Instant lastMade;

    public Backups(WbSettings settings, Database database, Clock clock,
                   @Value("${datasources.default.url}") String url,
                   @Value("${datasources.default.username:}") @Nullable String username,
                   @Value("${datasources.default.password:}") @Nullable String password) {
        this.settings = settings;
        this.database = database;
        this.clock = clock;
        this.url = url;
        this.username = username == null ? "" : username;
        this.password = password == null ? "" : password;
    }

    /**
     * One complete backup file as the operator API shows it; {@code photos} is {@code included}, or says
     * plainly why the photos are not in it (they are in object storage).
     */
    @Serdeable
    public record BackupFile(String file, long bytes, @Nullable String sha256, Instant createdAt,
                             @Nullable String photos) {
    }

    /** Makes a backup now; a second request while one is being made is answered 409. */
    public BackupFile makeNow() {
        if (!making.tryLock()) {
            throw new ApiProblem(HttpStatus.CONFLICT, "backup-in-progress", "Conflict",
                    "A backup is being made right now; ask again when it has finished",
                    "กำลังสำรองข้อมูลอยู่ กรุณารอให้เสร็จก่อนแล้วลองใหม่");
        }
        try {
            return make();
        } finally {
            making.unlock();
        }
    }

    /** The daily backup: made unless one is being made already (that one will do). */
    Optional<BackupFile> makeUnlessBusy() {
        if (!making.tryLock()) {
            LOG.info("The daily backup is skipped: a backup is being made right now");
            return Optional.empty();
        }
        try {
            return Optional.of(make());
        } finally {
            making.unlock();
        }
    }

    /** The complete backup files, newest first. */
    public List<BackupFile> list() {
        Path dir = directory();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<BackupFile> files = new ArrayList<>();
        try (Stream<Path> all = Files.list(dir)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (m.matches() && Files.isRegularFile(p)) {
                    files.add(new BackupFile(m.group(0), Files.size(p), recordedChecksum(p),
                            STAMP.parse(m.group(1), Instant::from), BackupArchive.photosOf(p)));
                }
            }
        } catch (IOException e) {
            throw new BackupFailed("Cannot list the backup directory " + dir + ": " + e.getMessage(),
                    "อ่านรายการไฟล์สำรองข้อมูลไม่ได้", e);
        }
        files.sort(Comparator.comparing(BackupFile::createdAt).reversed());
        return files;
    }

    /** When the newest complete backup was made (this run's, else the newest file's), if any. */
    public Optional<Instant> lastBackupAt() {
        Instant made = lastMade;
        if (made != null) {
            return Optional.of(made);
        }
        return list().stream().findFirst().map(BackupFile::createdAt);
    }

    /** {@code WB_BACKUP_DIR}, by default {@code backups} under the data directory. */
    public Path directory() {
        return settings.getBackupDir().isBlank()
                ? Path.of(settings.getDataDir()).toAbsolutePath().resolve("backups")
                : Path.of(settings.getBackupDir()).toAbsolutePath();
    }

    private BackupFile make() {
        Path dir = directory();
        long started = System.nanoTime();
        try {
            Files.createDirectories(dir);
            ownerOnly(dir);
            deleteLeftovers(dir);
            Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            String name = "wastebank-backup-" + STAMP.format(createdAt) + ".zip";
            while (Files.exists(dir.resolve(name))) {
                createdAt = createdAt.plusMillis(1);
                name = "wastebank-backup-" + STAMP.format(createdAt) + ".zip";
            }
            Path partial = dir.resolve("." + name + PARTIAL);
            BackupArchive.Written written;
            try {
                createOwnerOnly(partial);
                written = write(partial, dir, createdAt);
                Path target = dir.resolve(name);
                Files.writeString(dir.resolve(name + CHECKSUM), written.sha256() + "  " + name + "\n",
                        StandardCharsets.UTF_8);
                moveAtomically(partial, target);
            } finally {
                Files.deleteIfExists(partial);
            }
            lastMade = createdAt;
            LOG.info("Backup {} made: {} bytes in {} ms, SHA-256 {}", name, written.bytes(),
                    (System.nanoTime() - started) / 1_000_000, written.sha256());
            prune(dir);
            return new BackupFile(name, written.bytes(), written.sha256(), createdAt, written.photos());
        } catch (IOException e) {
            LOG.error("The backup failed: {}", e.getMessage(), e);
            throw new BackupFailed("The backup could not be written to " + dir + ": " + e.getMessage()
                    + " (is the disk full?)", "เขียนไฟล์สำรองข้อมูลไม่ได้ (พื้นที่ดิสก์เต็มหรือไม่มีสิทธิ์เขียน)", e);
        } catch (BackupFailed e) {
            LOG.error("The backup failed: {}", e.getMessage());
            throw e;
        }
    }

    private BackupArchive.Written write(Path partial, Path dir, Instant createdAt) throws IOException {
        String schemaVersion;
        try (Connection c = database.pool().getConnection()) {
            schemaVersion = SchemaVersions.latestApplied(c);
        } catch (SQLException e) {
            throw new BackupFailed("Cannot read the schema version: " + e.getMessage(),
                    "อ่านรุ่นโครงสร้างฐานข้อมูลไม่ได้", e);
        }
        DatabaseTools tools = DatabaseTools.find(settings.getBackupDumpTool());
        DatabaseTools.Address address = DatabaseTools.Address.of(url);
        Path options = tools.optionFile(dir, address, username, password);
        Path errors = Files.createTempFile(dir, ".dump", ".err");
        Process dump = null;
        try (BackupArchive.Writer writer = new BackupArchive.Writer(partial)) {
            dump = new ProcessBuilder(tools.dumpCommand(options, address.schema()))
                    .redirectError(errors.toFile())
                    .start();
            dump.getOutputStream().close();
            try (InputStream sql = dump.getInputStream()) {
                writer.add(BackupArchive.DATABASE, sql, true);
            }
            int exit = dump.waitFor();
            if (exit != 0) {
                throw new BackupFailed(tools.dump().getFileName() + " failed (exit " + exit + "): " + tail(errors),
                        "โปรแกรมสำรองฐานข้อมูลทำงานไม่สำเร็จ");
            }
            String photos = addPhotos(writer);
            return writer.finish(createdAt.toString(), schemaVersion, serverVersion(), photos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupFailed("The backup was interrupted", "การสำรองข้อมูลถูกขัดจังหวะ", e);
        } finally {
            if (dump != null && dump.isAlive()) {
                dump.destroyForcibly();
            }
            Files.deleteIfExists(options);
            Files.deleteIfExists(errors);
        }
    }

    /** Adds the local photo store; with object storage says so in the manifest (and the log) instead. */
    private String addPhotos(BackupArchive.Writer writer) throws IOException {
        if (PhotoStores.inObjectStorage(settings.getPhotosStorage())) {
            LOG.warn("The photos are NOT in this backup: they are in object storage (WB_PHOTOS_STORAGE=object-storage);"
                    + " back the bucket up with the storage's own tools (e.g. versioning or replication)");
            return "not included: photos are in object storage; back the bucket up with its own tools";
        }
        Path root = PhotoStores.localDirectory(settings.getDataDir());
        if (!Files.isDirectory(root)) {
            return "included";
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            // dot files are a photo still being moved into place (LocalPhotoStore's temporary copies)
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            try (InputStream in = Files.newInputStream(file)) {
                writer.add(BackupArchive.PHOTOS + relative, in, false);
            }
        }
        return "included";
    }

    private void prune(Path dir) throws IOException {
        List<BackupFile> files = list();
        int keep = Math.max(1, settings.getBackupKeep());
        for (BackupFile old : files.subList(Math.min(keep, files.size()), files.size())) {
            Files.deleteIfExists(dir.resolve(old.file()));
            Files.deleteIfExists(dir.resolve(old.file() + CHECKSUM));
            LOG.info("Backup {} deleted (WB_BACKUP_KEEP={})", old.file(), keep);
        }
    }

    /** A backup cut short by a crash or a power cut leaves its hidden temporary files; they are never whole. */
    private static void deleteLeftovers(Path dir) throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                String n = p.getFileName().toString();
                if (n.startsWith(".") && (n.endsWith(PARTIAL) || n.endsWith(".cnf") || n.endsWith(".err"))) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException windows) {
            Files.createFile(file);
        }
    }

    private static String recordedChecksum(Path file) throws IOException {
        Path sidecar = file.resolveSibling(file.getFileName() + CHECKSUM);
        if (!Files.isRegularFile(sidecar)) {
            return null;
        }
        String text = Files.readString(sidecar, StandardCharsets.UTF_8).strip();
        int space = text.indexOf(' ');
        return space > 0 ? text.substring(0, space) : null;
    }

    static String serverVersion() {
        String version = Backups.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** A backup holds every member's savings and the staff's password hashes: the owner's eyes only. */
    private static void ownerOnly(Path dir) {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException windows) {
            // Windows: the directory keeps its (per-user) ACL
        } catch (IOException notOwner) {
            LOG.warn("Cannot make the backup directory {} private to this account: {}", dir, notOwner.getMessage());
        }
    }

    private static String tail(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        return text.length() <= STDERR_TAIL ? text : "…" + text.substring(text.length() - STDERR_TAIL);
    }
}
