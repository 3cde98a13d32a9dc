package th.wastebank.server.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.wastebank.server.Application;
import th.wastebank.server.config.WbSettings;
import th.wastebank.server.db.EmbeddedMariaDb;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.Pictures;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.TestDatabase;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.server.support.TusRequests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Backups through the operator API with the real {@code mariadb-dump}, and restores of them with the
 * restore command into an empty embedded data directory and an empty database, on a schema of this
 * class's own; and the files and targets a restore refuses before it writes anything.
 */
@MicronautTest(transactional = false)
class BackupRestoreTest extends ServerTestBase {
    private static final String SCHEMA = "wastebank_backup";
    private static final Path WORK = Path.of(System.getProperty("wb.test.data.dir", "target/test-data"))
            .resolve("backup-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
    private static final Path BACKUPS = WORK.resolve("backups");
    private static final Path SERVER_DATA = WORK.resolve("server-data");

    @Inject
    WbSettings settings;

    private String url;
    private byte[] photo;
    private Map<String, Object> backup;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        try {
            url = TestDatabase.freshSchemaUrl(SCHEMA);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        p.put("datasources.default.url", url);
        p.put("wb.data-dir", SERVER_DATA.toString());
        p.put("wb.backup-dir", BACKUPS.toString());
        p.put("wb.backup-at", "off");
        p.put("wb.backup-dump-tool", dumpTool().toString());
        return p;
    }

    private static Path dumpTool() {
        return TestDatabase.server().binDir().resolve("mariadb-dump");
    }

    /** Two members with deposits and a withdrawal, a photo, and one backup of it all made through the API. */
    @BeforeAll
    void depositsPhotosAndABackup() throws Exception {
        String org = TestOrgs.createIn(url, "BK" + Long.toString(System.nanoTime() % 1_000_000, 36), "อบต.สำรองข้อมูล",
                "360903");
        Api.Device phone = api().pair(org);
        Ops ops = new Ops();
        UUID somchai = Ops.newId();
        UUID somying = Ops.newId();
        List<String> statuses = api().pushStatuses(phone, List.of(ops.member(somchai, "สมชาย ใจดี"), ops.member(somying, "สมหญิง รักษ์โลก"),
                ops.deposit(somchai, 12_345), ops.deposit(somying, 6_789), ops.deposit(somchai, 1_001),
                ops.withdrawal(somchai, 2_575)));
        assertEquals(List.of("APPLIED"), statuses.stream().distinct().toList(), statuses.toString());
        photo = Pictures.noise("jpg", 64, 48, 7);
        assertEquals(204, new TusRequests(api().base(), phone.token()).upload(photo, "ตะกร้า.jpg").statusCode());

        Api.Response made = api().post("/api/v1/admin/backups", "", ADMIN_TOKEN);
        assertEquals(201, made.status(), made.body());
        backup = made.json();
    }

    private Path backupFile() {
        return BACKUPS.resolve((String) backup.get("file"));
    }

    @Test
    void aBackupAnswersItsFileSizeAndChecksumAndIsListed() throws Exception {
        Path file = backupFile();
        assertEquals(Files.size(file), ((Number) backup.get("bytes")).longValue());
        assertEquals(Pictures.sha256(Files.readAllBytes(file)), backup.get("sha256"));
        assertTrue(backup.get("createdAt").toString().startsWith("20"), backup.toString());
        assertEquals("included", backup.get("photos"));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)), "the members' savings and the staff's password hashes: owner only");

        Api.Response list = api().get("/api/v1/admin/backups", ADMIN_TOKEN);
        assertEquals(200, list.status());
        assertTrue(list.body().contains("\"file\":\"" + backup.get("file") + "\""), list.body());
        assertEquals(401, api().get("/api/v1/admin/backups", "wrong-token").status());
        assertEquals(401, api().post("/api/v1/admin/backups", "", null).status());
    }

    @Test
    void aRestoreIntoAnEmptyDataDirectoryHoldsEveryRowToTheSatangAndEveryPhoto() throws Exception {
        Path dataDir = WORK.resolve("restored-embedded");
        Restored restored = restore(embeddedSettings(dataDir), backupFile());
        assertEquals(0, restored.exit(), restored.output());

        EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir.resolve("mariadb"), 0, 64);
        try {
            assertSameData(db.jdbcUrl(EmbeddedMariaDb.SCHEMA), db.username(), db.password());
        } finally {
            db.stop();
        }
        assertSamePhotos(dataDir.resolve("photos"));
    }

    @Test
    void aRestoreIntoAnEmptyDatabaseHoldsEveryRowToTheSatang() throws Exception {
        String empty = TestDatabase.freshSchemaUrl("wastebank_restored");
        Restored restored = restore(externalSettings(empty, WORK.resolve("restored-external")), backupFile());
        assertEquals(0, restored.exit(), restored.output());
        assertSameData(empty, TestDatabase.username(), TestDatabase.password());
        assertSamePhotos(WORK.resolve("restored-external").resolve("photos"));
    }

    @Test
    void aTruncatedFileIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path truncated = WORK.resolve("truncated.zip");
        byte[] whole = Files.readAllBytes(backupFile());
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length - 100));

        assertRefusedUntouched(truncated, "incomplete (truncated", "ไม่ครบ");
    }

    @Test
    void aTamperedFileIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path tampered = WORK.resolve("tampered.zip");
        byte[] bytes = Files.readAllBytes(backupFile());
        bytes[bytes.length / 3] ^= 0x01;
        Files.write(tampered, bytes);

        assertRefusedUntouched(tampered, "changed or damaged", "ถูกแก้ไขหรือเสียหาย");
    }

    @Test
    void aFileFromANewerSchemaIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path newer = WORK.resolve("newer.zip");
        try (BackupArchive.Verified original = BackupArchive.verify(backupFile());
             BackupArchive.Writer writer = new BackupArchive.Writer(newer)) {
            for (BackupArchive.Entry entry : original.manifest().files()) {
                try (InputStream in = original.open(entry.name())) {
                    writer.add(entry.name(), in, true);
                }
            }
            BackupArchive.Manifest m = original.manifest();
            writer.finish(m.createdAt(), "999", "99.0.0", m.photos());
        }

        assertRefusedUntouched(newer, "schema version 999", "รุ่นใหม่กว่า");
    }

    @Test
    void theRestoreCommandStartsNoServerAndExitsNonZeroOnARefusal() throws Exception {
        Path truncated = WORK.resolve("truncated-for-the-command.zip");
        byte[] whole = Files.readAllBytes(backupFile());
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        Path dataDir = WORK.resolve("command-data");
        Path log = WORK.resolve("restore-command.log");

        ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Application.class.getName(), "restore", truncated.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        command.environment().put("WB_DATA_DIR", dataDir.toString());
        command.environment().remove("DATASOURCES_DEFAULT_URL");
        Process restore = command.start();
        assertTrue(restore.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "the command ends by itself");

        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(RestoreRefused.BAD_FILE, restore.exitValue(), output);
        assertTrue(output.contains("ไฟล์สำรองข้อมูล") && output.contains("truncated"), output);
        assertFalse(output.contains("Startup completed") || output.contains("Server ready"),
                "no HTTP server is started: " + output);
        assertFalse(Files.exists(dataDir), "nothing is written");
    }

    @Test
    void aFileNamingAPhotoOutsideThePhotoDirectoryIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path crafted = WORK.resolve("climbing.zip");
        try (BackupArchive.Verified original = BackupArchive.verify(backupFile());
             BackupArchive.Writer writer = new BackupArchive.Writer(crafted)) {
            try (InputStream in = original.open(BackupArchive.DATABASE)) {
                writer.add(BackupArchive.DATABASE, in, true);
            }
            writer.add(BackupArchive.PHOTOS + "../../climbed-out.txt", new java.io.ByteArrayInputStream(new byte[] {1}), false);
            BackupArchive.Manifest m = original.manifest();
            writer.finish(m.createdAt(), m.schemaVersion(), m.serverVersion(), m.photos());
        }

        assertRefusedUntouched(crafted, "outside the photo directory", "ถูกแก้ไขหรือเสียหาย");
        assertFalse(Files.exists(WORK.resolve("climbed-out.txt")));
    }

    @Test
    void aDataDirectoryThatHoldsADatabaseIsRefusedAndKept() throws Exception {
        Path dataDir = WORK.resolve("not-empty");
        Path table = Files.createDirectories(dataDir.resolve("mariadb/data/wastebank")).resolve("ledger_entry.ibd");
        Files.writeString(table, "the ledger of a bank");

        Restored restored = restore(embeddedSettings(dataDir), backupFile());

        assertEquals(RestoreRefused.NOT_EMPTY, restored.exit(), restored.output());
        assertTrue(restored.output().contains("mv "), restored.output());
        assertTrue(restored.output().contains("กู้คืนได้เฉพาะในที่ว่าง"), restored.output());
        assertEquals(List.of(table), files(dataDir));
        assertEquals("the ledger of a bank", Files.readString(table));
    }

    @Test
    void aDataDirectoryInTheTemporaryDirectoryIsRefused() throws Exception {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir")).resolve("wb-restore-" + UUID.randomUUID());

        Restored restored = restore(embeddedSettings(temporary), backupFile());

        assertEquals(RestoreRefused.UNSUITABLE, restored.exit(), restored.output());
        assertTrue(restored.output().contains("WB_DATA_DIR"), restored.output());
        assertFalse(Files.exists(temporary), "nothing is written");
    }

    @Test
    void aDatabaseWithTablesIsRefusedAndKept() throws Exception {
        Map<String, Long> before = checksums(url, TestDatabase.username(), TestDatabase.password());

        Restored restored = restore(externalSettings(url, WORK.resolve("unused")), backupFile());

        assertEquals(RestoreRefused.NOT_EMPTY, restored.exit(), restored.output());
        assertTrue(restored.output().contains("DROP DATABASE " + SCHEMA), restored.output());
        assertEquals(before, checksums(url, TestDatabase.username(), TestDatabase.password()));
        assertFalse(Files.exists(WORK.resolve("unused")));
    }

    @Test
    void aDatabaseThatDoesNotExistIsRefusedWithHowToCreateIt() throws Exception {
        String absent = TestDatabase.freshUrlOf("wastebank_absent").replace("createDatabaseIfNotExist=true&", "");

        Restored restored = restore(externalSettings(absent, WORK.resolve("absent")), backupFile());

        assertEquals(RestoreRefused.UNSUITABLE, restored.exit(), restored.output());
        assertTrue(restored.output().contains("CREATE DATABASE wastebank_absent"), restored.output());
        assertFalse(Files.exists(WORK.resolve("absent")));
    }

    @Test
    void aSecondBackupWhileOneIsBeingMadeIsRefusedAndTheUnfinishedOneIsNotListed() throws Exception {
        Path release = WORK.resolve("release-dump");
        Path held = WORK.resolve("held-dump.sh");
        Files.writeString(held, "#!/bin/sh\nwhile [ ! -f '" + release + "' ]; do sleep 0.05; done\nexec '"
                + dumpTool() + "' \"$@\"\n");
        held.toFile().setExecutable(true);
        settings.setBackupDumpTool(held.toString());
        try {
            CompletableFuture<Api.Response> first = CompletableFuture.supplyAsync(
                    () -> api().post("/api/v1/admin/backups", "", ADMIN_TOKEN));
            Path partial = awaitPartial();

            assertPasswordNotOnAnyCommandLine(held);

            Api.Response second = api().post("/api/v1/admin/backups", "", ADMIN_TOKEN);
            assertEquals(409, second.status(), second.body());
            assertEquals("backup-in-progress", second.json().get("code"));
            assertTrue(((String) second.json().get("detailTh")).contains("กำลังสำรองข้อมูล"));
            String listed = api().get("/api/v1/admin/backups", ADMIN_TOKEN).body();
            String unfinished = partial.getFileName().toString();
            assertFalse(listed.contains(unfinished.substring(1, unfinished.length() - ".partial".length())), listed);

            Files.createFile(release);
            Api.Response done = first.join();
            assertEquals(201, done.status(), done.body());
            assertTrue(api().get("/api/v1/admin/backups", ADMIN_TOKEN).body().contains((String) done.json().get("file")));
            assertFalse(Files.exists(partial));
        } finally {
            // a failed check must not leave the dump held: the next test's backup would be refused 409
            if (!Files.exists(release)) {
                Files.createFile(release);
            }
            settings.setBackupDumpTool(dumpTool().toString());
        }
    }

    @Test
    void theNewestFourteenBackupsAreKept() throws Exception {
        List<String> older = new ArrayList<>();
        for (int day = 1; day <= 14; day++) {
            String name = String.format("wastebank-backup-202001%02dT020000.000Z.zip", day);
            Files.copy(backupFile(), BACKUPS.resolve(name));
            Files.writeString(BACKUPS.resolve(name + ".sha256"), backup.get("sha256") + "  " + name + "\n");
            older.add(name);
        }
        List<String> before = names();

        Api.Response made = api().post("/api/v1/admin/backups", "", ADMIN_TOKEN);
        assertEquals(201, made.status(), made.body());

        List<String> expected = new ArrayList<>(before);
        expected.add((String) made.json().get("file"));
        expected.sort(Comparator.reverseOrder());
        expected = expected.subList(0, 14);
        assertEquals(expected, names());
        assertFalse(Files.exists(BACKUPS.resolve(older.get(0))), "the oldest is deleted");
        assertFalse(Files.exists(BACKUPS.resolve(older.get(0) + ".sha256")));
        try (Stream<Path> all = Files.list(BACKUPS)) {
            assertEquals(14, all.filter(p -> p.toString().endsWith(".zip")).count());
        }
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        for (Object o : (List<?>) Api.parse("{\"l\":" + api().get("/api/v1/admin/backups", ADMIN_TOKEN).body() + "}").get("l")) {
            names.add((String) ((Map<?, ?>) o).get("file"));
        }
        return names;
    }

    /**
     * What {@code ps} shows of the running dump: its option file, never the password, which is in that
     * owner-only file. The server makes the {@code .partial} file before it starts the dump, so the
     * dump's process is looked for until it appears.
     */
    private static void assertPasswordNotOnAnyCommandLine(Path dumpProgram) throws IOException, InterruptedException {
        List<String> dumps = new ArrayList<>();
        for (int i = 0; i < 600 && dumps.isEmpty(); i++) {
            if (i > 0) {
                Thread.sleep(50);
            }
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                for (Path p : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    try {
                        String commandLine = new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8);
                        assertFalse(commandLine.contains(TestDatabase.password()), "a password on a command line: " + p);
                        if (commandLine.contains(dumpProgram.toString())) {
                            dumps.add(commandLine.replace('\0', ' '));
                        }
                    } catch (IOException ended) {
                        // a process that ended meanwhile
                    }
                }
            }
        }
        assertEquals(1, dumps.size(), dumps.toString());
        String optionFile = dumps.get(0).replaceAll(".*--defaults-extra-file=(\\S+).*", "$1");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(Path.of(optionFile))));
        assertTrue(Files.readString(Path.of(optionFile)).contains(TestDatabase.password()));
    }

    private static Path awaitPartial() throws InterruptedException, IOException {
        for (int i = 0; i < 600; i++) {
            try (Stream<Path> all = Files.list(BACKUPS)) {
                List<Path> partial = all.filter(p -> p.getFileName().toString().endsWith(".partial")).toList();
                if (!partial.isEmpty()) {
                    return partial.get(0);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no backup was started");
    }

    /** A refused file leaves a new data directory and database untouched, with a message in Thai and English. */
    private void assertRefusedUntouched(Path file, String english, String thai) throws Exception {
        Path dataDir = WORK.resolve("refused-" + UUID.randomUUID());
        Restored embedded = restore(embeddedSettings(dataDir), file);
        assertEquals(RestoreRefused.BAD_FILE, embedded.exit(), embedded.output());
        assertTrue(embedded.output().contains(english), embedded.output());
        assertTrue(embedded.output().contains(thai), embedded.output());
        assertFalse(Files.exists(dataDir), "nothing is written");

        String empty = TestDatabase.freshSchemaUrl("wastebank_refused");
        Restored external = restore(externalSettings(empty, dataDir), file);
        assertEquals(RestoreRefused.BAD_FILE, external.exit(), external.output());
        assertEquals(Map.of(), checksums(empty, TestDatabase.username(), TestDatabase.password()));
        assertFalse(Files.exists(dataDir), "nothing is written");
    }

    private record Restored(int exit, String output) {
    }

    private static Restored restore(Map<String, String> env, Path file) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int exit = new Restore((name, property, fallback) -> env.getOrDefault(name, fallback), out)
                .run("restore", file.toString());
        return new Restored(exit, bytes.toString(StandardCharsets.UTF_8));
    }

    private static Map<String, String> embeddedSettings(Path dataDir) {
        return Map.of("WB_DATA_DIR", dataDir.toString(), "WB_DB_BUFFER_POOL_MB", "64");
    }

    private static Map<String, String> externalSettings(String url, Path dataDir) {
        return Map.of("DATASOURCES_DEFAULT_URL", url, "DATASOURCES_DEFAULT_USERNAME", TestDatabase.username(),
                "DATASOURCES_DEFAULT_PASSWORD", TestDatabase.password(), "WB_DATA_DIR", dataDir.toString(),
                "WB_BACKUP_DUMP_TOOL", dumpTool().toString());
    }

    /**
     * Every table's checksum and every member's balance equal the backed-up schema's, but for the op
     * log's epoch, which the restore renews so that the phones send again what the backup lacks.
     */
    private void assertSameData(String restoredUrl, String user, String password) throws SQLException {
        Map<String, Long> source = checksums(url, TestDatabase.username(), TestDatabase.password());
        assertTrue(source.containsKey("ledger_entry") && source.size() > 20, source.toString());
        Map<String, Long> restored = checksums(restoredUrl, user, password);
        String epoch = "SELECT epoch, COUNT(*) FROM sync_epoch GROUP BY epoch";
        Map<String, Long> before = rows(url, TestDatabase.username(), TestDatabase.password(), epoch);
        Map<String, Long> after = rows(restoredUrl, user, password, epoch);
        assertEquals(1, before.size(), "the pushes gave the source an epoch");
        assertEquals(1, after.size());
        assertNotEquals(before.keySet(), after.keySet(), "the restore renews the epoch");
        source.remove("sync_epoch");
        restored.remove("sync_epoch");
        assertEquals(source, restored);
        String balances = "SELECT HEX(member_id), SUM(amount) FROM ledger_entry WHERE member_id IS NOT NULL"
                + " GROUP BY member_id";
        Map<String, Long> expected = rows(url, TestDatabase.username(), TestDatabase.password(), balances);
        assertEquals(2, expected.size(), expected.toString());
        assertEquals(expected, rows(restoredUrl, user, password, balances));
    }

    private void assertSamePhotos(Path restoredPhotos) throws IOException {
        Path source = SERVER_DATA.resolve("photos");
        List<Path> files = files(source);
        assertTrue(files.stream().anyMatch(p -> p.getFileName().toString().equals(Pictures.sha256(photo))), files.toString());
        List<Path> restored = files(restoredPhotos);
        assertEquals(files.stream().map(source::relativize).toList(), restored.stream().map(restoredPhotos::relativize).toList());
        for (Path f : files) {
            assertEquals(-1L, Files.mismatch(f, restoredPhotos.resolve(source.relativize(f))), f.toString());
        }
    }

    private static Map<String, Long> checksums(String url, String user, String password) throws SQLException {
        Map<String, Long> sums = new TreeMap<>();
        try (Connection c = java.sql.DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("CHECKSUM TABLE `" + t + "`")) {
                    rs.next();
                    sums.put(t, rs.getLong(2));
                }
            }
        }
        return sums;
    }

    private static Map<String, Long> rows(String url, String user, String password, String sql) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection c = java.sql.DriverManager.getConnection(url, user, password); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql + " ORDER BY 1")) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getLong(2));
            }
        }
        return rows;
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
