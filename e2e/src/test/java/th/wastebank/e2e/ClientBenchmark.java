package th.wastebank.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.member.Member;
import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.photo.PickedPhoto;
import th.wastebank.client.price.PriceBoard;
import th.wastebank.client.sync.SyncStatus;
import th.wastebank.deposit.DepositLine;
import th.wastebank.server.db.EmbeddedMariaDb;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.Pictures;
import th.wastebank.server.support.TestDatabase;
import th.wastebank.sync.SyncOp;
import th.wastebank.validation.Dates;

/**
 * The phone's two figures: how fast a fresh phone pulls an org's history (target ≥ 10,000 ledger
 * rows/s) and how long saving one three-line deposit takes (median target &lt; 20 ms, with
 * {@code synchronous=FULL}), alone and while the sync engine and the photo queue run, with the
 * write-ahead log's size and checkpoint count beside the figures. Run with {@code mvn -Pclient-bench -pl e2e -am verify}.
 */
public final class ClientBenchmark {
    private ClientBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entries = Integer.parseInt(System.getProperty("bench.entries", "100000"));
        Path root = Path.of(System.getProperty("bench.dir", "target/bench-data"));
        Files.createDirectories(root);
        EmbeddedMariaDb db = EmbeddedMariaDb.start(root.resolve("mariadb"), 0, 512);
        try (RunningServer server = RunningServer.start(freshSchema(db, "wastebank_client_bench"), db.username(), db.password())) {
            Api api = server.api();
            String org = createOrg(db, "wastebank_client_bench", "CLIENTBENCH");
            long loadStart = System.nanoTime();
            int members = load(api, org, entries);
            System.out.printf("loaded %,d members and %,d deposits into the server in %.1f s%n", members, entries,
                    (System.nanoTime() - loadStart) / 1e9);

            Path phoneDir = root.resolve("phone-" + System.nanoTime());
            try (ClientContext phone = new ClientContext(phoneDir, Clock.systemUTC(), Duration.ofHours(1))) {
                phone.pairing().pair(server.url(), api.pairingCode(org), "โทรศัพท์ใหม่");
                long t0 = System.nanoTime();
                SyncStatus s = phone.sync().syncOnce();
                double pullSeconds = (System.nanoTime() - t0) / 1e9;
                long ledgerRows = phone.store().read(c -> {
                    try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM entry")) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });

                int kept = keep(phone, KEPT_OPS);
                long walAfterPull = phone.store().walBytes();
                long checkpointsAfterPull = phone.store().checkpoints();
                Breakdown parts = breakdown(phone, 200);
                double[] saveMs = saveDeposits(phone, 300);
                long walQuiet = phone.store().walBytes();
                Background background = Background.start(phone, root.resolve("camera"));
                double[] busyMs;
                try {
                    busyMs = saveDeposits(phone, 300);
                } finally {
                    background.stop();
                }
                System.out.println();
                System.out.println("== Phone benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                        + System.getProperty("java.version") + ", SQLite WAL + synchronous=FULL) ==");
                System.out.printf("pull into a fresh phone store    : %,d changes (%,d ledger rows) in %.1f s%n",
                        s.pulled(), ledgerRows, pullSeconds);
                System.out.printf("pull rate                        : %,.0f ledger rows/s (%,.0f changes/s)%n",
                        ledgerRows / pullSeconds, s.pulled() / pullSeconds);
                System.out.printf("WAL after the pull               : %,d bytes, %d checkpoints%n", walAfterPull,
                        checkpointsAfterPull);
                System.out.printf("save one deposit with 3 lines    : median %.2f ms, p95 %.2f ms, max %.2f ms (%d saves)"
                        + "; WAL %,d bytes, %d checkpoints%n", percentile(saveMs, 0.5), percentile(saveMs, 0.95),
                        percentile(saveMs, 1.0), saveMs.length, walQuiet, checkpointsAfterPull);
                System.out.printf("  of which (medians)             : member %.2f ms, price board %.2f ms, balance %.2f ms,"
                        + " outbox seq %.2f ms, empty transaction (commit + fsync) %.2f ms%n", parts.member(),
                        parts.board(), parts.balance(), parts.outboxSeq(), parts.commit());
                System.out.printf("same, sync engine + photo queue  : median %.2f ms, p95 %.2f ms, max %.2f ms (%d saves)"
                        + "; %d sync rounds, %d photos sent; WAL %,d bytes, %d checkpoints%n",
                        percentile(busyMs, 0.5), percentile(busyMs, 0.95), percentile(busyMs, 1.0), busyMs.length,
                        background.syncRounds(), background.photosSent(), phone.store().walBytes(),
                        phone.store().checkpoints());
                long t1 = System.nanoTime();
                int again = phone.outbox().sendAgain(c -> null);
                double againMs = (System.nanoTime() - t1) / 1e6;
                System.out.printf("kept acknowledged ops            : %,d during the saves above (%d days' worth at 330"
                        + " a day); after a restore all %,d queued again in %.0f ms%n", kept,
                        kept / 330, again, againMs);
                if (ledgerRows != entries) {
                    throw new IllegalStateException("expected " + entries + " entries on the phone, found " + ledgerRows);
                }
            }
        } finally {
            db.stop();
        }
    }

    /**
     * 90 days of a busy bank's acknowledged ops (330 a day), kept on the phone for a restore
     * (ADR 0009): the saves are measured with them there.
     */
    private static final int KEPT_OPS = 90 * 330;

    private static int keep(ClientContext phone, int count) {
        long now = System.currentTimeMillis();
        return phone.store().write(c -> {
            try (var ps = c.prepareStatement("INSERT INTO sent_op (seq, op_id, type, entity_id, payload, recorded_at,"
                    + " acked_at) VALUES (?,?,?,?,?,?,?)")) {
                for (int i = 0; i < count; i++) {
                    long at = now - (count - i) * 260_000L; // spread over the 90 days
                    ps.setLong(1, 1_000_000 + i);
                    ps.setString(2, Ops.newId().toString());
                    ps.setString(3, "deposit.record");
                    ps.setString(4, Ops.newId().toString());
                    ps.setString(5, "{\"depositedAt\":\"2026-10-01T03:00:00Z\",\"lines\":[{\"amount\":800,"
                            + "\"grams\":1000,\"materialCode\":\"PET_CLEAR\",\"pricePerKg\":800}],\"memberId\":\""
                            + Ops.newId() + "\",\"receiptNo\":\"A7-000123\",\"total\":800}");
                    ps.setLong(6, at);
                    ps.setLong(7, at);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return count;
        });
    }

    /** Members and deposits pushed through the API by one device of the org, 500 per push. */
    private static int load(Api api, String org, int deposits) {
        Api.Device uploader = api.pair(org);
        Ops ops = new Ops(Instant.parse("2026-10-01T03:00:00Z"));
        int members = Math.max(1, deposits / 100);
        List<UUID> ids = new ArrayList<>();
        List<SyncOp> batch = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            UUID id = Ops.newId();
            ids.add(id);
            batch.add(ops.member(id, "สมาชิกทดสอบ " + i));
            batch = flushIfFull(api, uploader, batch);
        }
        for (int i = 0; i < deposits; i++) {
            batch.add(ops.deposit(ids.get(i % members), DepositLine.priced("PET_CLEAR", 1_000 + i % 5_000, 800),
                    DepositLine.priced("CARDBOARD", 3_000 + i % 700, 300), DepositLine.priced("ALU_CAN", 250 + i % 90, 4_000)));
            batch = flushIfFull(api, uploader, batch);
        }
        if (!batch.isEmpty()) {
            api.pushStatuses(uploader, batch);
        }
        return members;
    }

    private static List<SyncOp> flushIfFull(Api api, Api.Device device, List<SyncOp> batch) {
        if (batch.size() < 500) {
            return batch;
        }
        if (api.pushStatuses(device, batch).stream().anyMatch(s -> !s.equals("APPLIED"))) {
            throw new IllegalStateException("load push refused");
        }
        return new ArrayList<>();
    }

    private static double[] saveDeposits(ClientContext phone, int count) {
        LocalDate today = LocalDate.now(Dates.THAI);
        phone.prices().set("PET_CLEAR", 800, today, null);
        phone.prices().set("ALU_CAN", 4_000, today, null);
        phone.prices().set("CARDBOARD", 300, today, null);
        Member m = phone.members().register(new MemberService.Draft("นางวัดเวลา บันทึก", "5", "หมู่ 2", null, today));
        double[] ms = new double[count];
        for (int i = -50; i < count; i++) {
            long t = System.nanoTime();
            phone.deposits().record(m.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 1_250 + i),
                    new DepositService.LineDraft("ALU_CAN", 320), new DepositService.LineDraft("CARDBOARD", 7_400)));
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        return ms;
    }

    /** Medians of the parts of a save, each timed alone on the same store. */
    private record Breakdown(double member, double board, double balance, double outboxSeq, double commit) {
    }

    private static Breakdown breakdown(ClientContext phone, int rounds) {
        LocalDate today = LocalDate.now(Dates.THAI);
        UUID memberId = phone.members().register(new MemberService.Draft("นางแยกเวลา ส่วนต่าง", "6", "หมู่ 2", null,
                today)).id();
        double[][] ms = new double[5][rounds];
        for (int i = 0; i < rounds; i++) {
            ms[0][i] = timed(() -> phone.store().read(c -> MemberService.find(c, memberId)));
            ms[1][i] = timed(() -> phone.store().read(c -> PriceBoard.board(c, today)));
            ms[2][i] = timed(() -> phone.store().read(c -> Ledger.balance(c, memberId)));
            ms[3][i] = timed(() -> phone.store().read(c -> {
                try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT MAX(seq) FROM outbox")) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }));
            ms[4][i] = timed(() -> phone.store().write(c -> null));
        }
        return new Breakdown(percentile(ms[0], 0.5), percentile(ms[1], 0.5), percentile(ms[2], 0.5),
                percentile(ms[3], 0.5), percentile(ms[4], 0.5));
    }

    private static double timed(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1e6;
    }

    /**
     * What runs beside the committee member on a weighing day: the sync engine sending the new
     * deposits and pulling them back, and the photo queue resizing and uploading a product photo
     * every half second.
     */
    private static final class Background {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger syncRounds = new AtomicInteger();
        private final AtomicInteger photosSent = new AtomicInteger();
        private final List<Thread> threads = new ArrayList<>();

        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        static Background start(ClientContext phone, Path camera) throws IOException {
            Files.createDirectories(camera);
            Background b = new Background();
            b.threads.add(b.started("bench-sync", () -> {
                while (b.running.get()) {
                    try {
                        phone.sync().syncOnce();
                        b.syncRounds.incrementAndGet();
                    } catch (Exception e) {
                        throw new IllegalStateException("sync failed during the benchmark", e);
                    }
                }
            }));
            b.threads.add(b.started("bench-photos", () -> {
                for (int i = 0; b.running.get(); i++) {
                    try {
                        Path shot = Pictures.write(camera, "IMG_" + i + ".jpg", Pictures.noise("jpg", 2000, 1500, i));
                        phone.photos().add(PickedPhoto.ofFile(shot));
                        b.photosSent.addAndGet(phone.photoUploader().uploadOnce().uploaded());
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception e) {
                        throw new IllegalStateException("photo upload failed during the benchmark", e);
                    }
                }
            }));
            return b;
        }

        private Thread started(String name, Runnable work) {
            Thread t = new Thread(work, name);
            t.setUncaughtExceptionHandler((thread, e) -> failure.compareAndSet(null, e));
            t.start();
            return t;
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread t : threads) {
                t.join();
            }
            if (failure.get() != null) {
                throw new IllegalStateException("the sync engine or the photo queue failed", failure.get());
            }
        }

        int syncRounds() {
            return syncRounds.get();
        }

        int photosSent() {
            return photosSent.get();
        }
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    private static String freshSchema(EmbeddedMariaDb db, String schema) throws Exception {
        TestDatabase.recreate(db, schema);
        return db.jdbcUrl(schema);
    }

    private static String createOrg(EmbeddedMariaDb db, String schema, String code) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(schema), db.username(), db.password());
             Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO org (code, name_th, kind, sub_district_code, district_code, province_code,"
                    + " demo, created_at) VALUES ('" + code + "', 'อบต.ทดสอบโทรศัพท์', 'SAO', '360903', '3609', '36',"
                    + " FALSE, UTC_TIMESTAMP(3))");
            st.executeUpdate("INSERT IGNORE INTO sync_state (org_id) SELECT id FROM org");
        }
        return code;
    }
}
