package th.wastebank.server.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import th.wastebank.deposit.DepositLine;
import th.wastebank.server.backup.Restore;
import th.wastebank.server.db.EmbeddedMariaDb;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.Parallel;
import th.wastebank.server.support.Pictures;
import th.wastebank.server.support.ServerProcess;
import th.wastebank.server.support.TusRequests;
import th.wastebank.sync.SyncOp;

/**
 * How long a backup ({@code POST /api/v1/admin/backups}) and a restore ({@code restore FILE} into an
 * empty data directory) take for a database of {@code bench.deposits} deposits (one ledger row each,
 * pushed through the API so the op log, roll-ups and indexes are the real ones) and {@code bench.photos}
 * photos, and how big the file is. Run with {@code mvn -Pbackup-bench -pl sync-server -am verify}.
 */
public final class BackupBenchmark {
    private static final String ADMIN = "bench-admin";
    private static final int BATCH = 500;
    private static final int CLIENTS = 4;

    private BackupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int deposits = Integer.parseInt(System.getProperty("bench.deposits", "100000"));
        int photos = Integer.parseInt(System.getProperty("bench.photos", "50"));
        Path root = Path.of(System.getProperty("bench.dir", "target/backup-bench")).toAbsolutePath();
        deleteTree(root.resolve("backups"));
        deleteTree(root.resolve("restored"));
        Files.createDirectories(root);
        EmbeddedMariaDb db = EmbeddedMariaDb.start(root.resolve("mariadb"), 0, 256);
        try {
            String url = PushBenchmark.freshSchema(db, "wastebank_backup_bench");
            Path dump = db.binDir().resolve("mariadb-dump");
            try (ServerProcess server = ServerProcess.start(db, url, ADMIN, root.resolve("server.log"), "-Xmx512m",
                    "-Dwb.backup-dump-tool=" + dump, "-Dwb.backup-dir=" + root.resolve("backups"), "-Dwb.backup-at=off")) {
                Api api = new Api(server.url(), ADMIN);
                long t0 = System.nanoTime();
                fill(db, url, api, deposits, photos);
                double fillSeconds = (System.nanoTime() - t0) / 1e9;

                long b0 = System.nanoTime();
                Api.Response made = api.post("/api/v1/admin/backups", "", ADMIN);
                double backupSeconds = (System.nanoTime() - b0) / 1e9;
                if (made.status() != 201) {
                    throw new IllegalStateException("backup answered " + made.status() + ": " + made.body());
                }
                Path file = root.resolve("backups").resolve((String) made.json().get("file"));
                long ledgerRows = count(url, db.username(), db.password(), "SELECT COUNT(*) FROM ledger_entry");
                long opRows = count(url, db.username(), db.password(), "SELECT COUNT(*) FROM sync_op");

                Path restored = root.resolve("restored");
                ByteArrayOutputStream output = new ByteArrayOutputStream();
                Map<String, String> env = Map.of("WB_DATA_DIR", restored.toString(), "WB_DB_BUFFER_POOL_MB", "256");
                long r0 = System.nanoTime();
                int exit = new Restore((name, property, fallback) -> env.getOrDefault(name, fallback),
                        new PrintStream(output, true, StandardCharsets.UTF_8)).run("restore", file.toString());
                double restoreSeconds = (System.nanoTime() - r0) / 1e9;
                if (exit != 0) {
                    throw new IllegalStateException("restore exited " + exit + ": " + output.toString(StandardCharsets.UTF_8));
                }
                EmbeddedMariaDb back = EmbeddedMariaDb.start(restored.resolve("mariadb"), 0, 256);
                long restoredRows;
                try {
                    restoredRows = count(back.jdbcUrl(EmbeddedMariaDb.SCHEMA), back.username(), back.password(),
                            "SELECT COUNT(*) FROM ledger_entry");
                } finally {
                    back.stop();
                }
                System.out.println();
                System.out.println("== Backup benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                        + System.getProperty("java.version") + ", embedded MariaDB 11.4) ==");
                System.out.printf("database                : %,d ledger rows, %,d op-log rows, %d photos (filled in %.0f s)%n",
                        ledgerRows, opRows, photos, fillSeconds);
                System.out.printf("backup (POST, dump+zip) : %.1f s%n", backupSeconds);
                System.out.printf("backup file             : %,d bytes (%.1f MiB)%n", Files.size(file),
                        Files.size(file) / 1048576.0);
                System.out.printf("restore (check + load)  : %.1f s into an empty data directory (incl. MariaDB's first"
                        + " start)%n", restoreSeconds);
                if (restoredRows != ledgerRows) {
                    throw new IllegalStateException("restored " + restoredRows + " ledger rows of " + ledgerRows);
                }
            }
        } finally {
            db.stop();
        }
    }

    /** {@code deposits} deposits by {@value #CLIENTS} phones of their own orgs at once, then the photos. */
    private static void fill(EmbeddedMariaDb db, String url, Api api, int deposits, int photos) throws Exception {
        List<Callable<Void>> phones = new ArrayList<>();
        List<Api.Device> devices = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Api.Device device = api.pair(PushBenchmark.createOrg(db, url, "BACKUP-" + i));
            devices.add(device);
            List<String> bodies = bodies(device, deposits / CLIENTS, 250);
            phones.add(() -> {
                for (String body : bodies) {
                    PushBenchmark.expectAll(api.post("/api/v1/sync/push", body, device.token()), "APPLIED");
                }
                return null;
            });
        }
        Parallel.all(phones);
        TusRequests tus = new TusRequests(api.base(), devices.get(0).token());
        for (int i = 0; i < photos; i++) {
            byte[] photo = Pictures.noise("jpg", 480, 360, i);
            int status = tus.upload(photo, "รูป-" + i + ".jpg").statusCode();
            if (status != 204) {
                throw new IllegalStateException("photo upload answered " + status);
            }
        }
    }

    private static List<String> bodies(Api.Device device, int deposits, int members) {
        Ops ops = new Ops(Instant.parse("2026-11-20T03:00:00Z"));
        List<SyncOp> all = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            UUID id = Ops.newId();
            ids.add(id);
            all.add(ops.member(id, "สมาชิกทดสอบ " + i));
        }
        for (int i = 0; i < deposits; i++) {
            all.add(ops.deposit(ids.get(i % members), DepositLine.priced("PET_CLEAR", 1_000 + i % 5_000, 800),
                    DepositLine.priced("CARDBOARD", 3_000 + i % 700, 300)));
        }
        List<String> bodies = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            bodies.add(Api.pushBody(device, all.subList(from, Math.min(all.size(), from + BATCH))));
        }
        return bodies;
    }

    private static long count(String url, String user, String password, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.exists(dir) ? Files.walk(dir) : Stream.empty()) {
            walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
        }
    }
}
