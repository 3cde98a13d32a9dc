package th.wastebank.server.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import th.wastebank.deposit.DepositLine;
import th.wastebank.id.Uuid7;
import th.wastebank.json.CanonicalJson;
import th.wastebank.server.db.EmbeddedMariaDb;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.Parallel;
import th.wastebank.server.support.ServerProcess;
import th.wastebank.server.support.TestDatabase;
import th.wastebank.sync.SyncOp;

/**
 * Push throughput through the real HTTP API into the embedded MariaDB, against plain batched JDBC
 * inserts of the same rows as the ceiling. Run with {@code mvn -Pbench -pl sync-server -am verify}.
 * Prints ops/s for both and their ratio, re-push time against first apply, and the server's peak
 * heap (the server runs as its own process with {@code -Xmx512m}).
 */
public final class PushBenchmark {
    private static final int BATCH = 500;
    private static final String ADMIN = "bench-admin";

    private PushBenchmark() {
    }

    /** This run's own embedded MariaDB (its application account signs every connection in). */
    private static EmbeddedMariaDb db;

    public static void main(String[] args) throws Exception {
        int deposits = Integer.parseInt(System.getProperty("bench.deposits", "100000"));
        int members = 1_000;
        int clients = Integer.parseInt(System.getProperty("bench.clients", "4"));
        Path root = Path.of(System.getProperty("bench.dir", "target/bench-data"));
        Files.createDirectories(root);
        db = EmbeddedMariaDb.start(root.resolve("mariadb"), 0, 512);
        try {
            String url = freshSchema(db, "wastebank_bench");
            try (ServerProcess server = ServerProcess.start(db, url, ADMIN, root.resolve("server.log"), serverJvmArgs())) {
                run(url, server, deposits, members, clients);
            }
        } finally {
            db.stop();
        }
    }

    private static void run(String url, ServerProcess server, int deposits, int members, int clients)
            throws Exception {
        Api api = new Api(server.url(), ADMIN);

        // warm-up on other orgs: the JIT and the pools get the same work first
        List<Pusher> warm = pushers(api, url, "BENCHWARM", clients, 20_000 / clients, 200);
        runAll(warm, List.of());

        List<Pusher> pushers = pushers(api, url, "BENCH", clients, deposits / clients, members / clients);
        long[] applyNanos = new long[pushers.get(0).depositBodies.size()];
        long t0 = System.nanoTime();
        runAll(pushers, List.of(applyNanos));
        double apiSeconds = (System.nanoTime() - t0) / 1e9;
        int pushed = pushers.stream().mapToInt(p -> p.deposits).sum();
        double apiOpsPerSecond = pushed / apiSeconds;

        Pusher first = pushers.get(0);
        int repushes = Math.min(40, first.depositBodies.size());
        long[] repushNanos = new long[repushes];
        for (int i = 0; i < repushes; i++) {
            long s = System.nanoTime();
            expectAll(api.post("/api/v1/sync/push", first.depositBodies.get(i), first.device.token()), "DUPLICATE");
            repushNanos[i] = System.nanoTime() - s;
        }
        double firstApplyMs = median(Arrays.copyOf(applyNanos, repushes)) / 1e6;
        double repushMs = median(repushNanos) / 1e6;

        Map<String, Object> runtime = api.get("/api/v1/admin/runtime", ADMIN).json();
        double peakHeapMiB = ((Number) runtime.get("heapPeakBytes")).longValue() / 1048576.0;

        double jdbcOpsPerSecond = jdbcCeiling(url, pushed, clients, first.depositBodies.get(0));

        long stored = count(url, "SELECT COUNT(*) FROM ledger_entry e JOIN org o ON o.id = e.org_id"
                + " WHERE o.code LIKE 'BENCH-%'");
        System.out.println();
        System.out.println("== Push benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", embedded MariaDB 11.4, fsync on every commit) ==");
        System.out.printf("deposit ops pushed through HTTP : %,d by %d devices of %d orgs at once, in batches of %d"
                + " (3 lines each); %,d ledger rows stored%n", pushed, clients, clients, BATCH, stored);
        System.out.printf("HTTP API                        : %,.0f ops/s (%.1f s)%n", apiOpsPerSecond, apiSeconds);
        System.out.printf("plain batched JDBC (ceiling)    : %,.0f ops/s (%,.0f rows/s, %d connections)%n",
                jdbcOpsPerSecond, jdbcOpsPerSecond * 2, clients);
        System.out.printf("API / ceiling                   : %.2f%n", apiOpsPerSecond / jdbcOpsPerSecond);
        System.out.printf("median batch, first apply       : %.1f ms%n", firstApplyMs);
        System.out.printf("median batch, re-push (all DUP) : %.1f ms (%.2f x first apply)%n", repushMs,
                repushMs / firstApplyMs);
        System.out.printf("server peak heap (-Xmx512m)     : %.0f MiB%n", peakHeapMiB);
        if (stored != pushed) {
            throw new IllegalStateException("expected " + pushed + " ledger rows, found " + stored);
        }
    }

    /** One phone of its own org, with its push bodies prepared in advance (not timed). */
    private static final class Pusher {
        final Api api;
        final Api.Device device;
        final List<String> memberBodies;
        final List<String> depositBodies;
        final int deposits;

        Pusher(Api api, Api.Device device, int deposits, int members) {
            this.api = api;
            this.device = device;
            this.deposits = deposits;
            List<String> bodies = prepare(device, deposits, members);
            int memberBatches = (members + BATCH - 1) / BATCH;
            this.memberBodies = bodies.subList(0, memberBatches);
            this.depositBodies = bodies.subList(memberBatches, bodies.size());
        }

        void pushDeposits(long[] nanos) {
            for (int i = 0; i < depositBodies.size(); i++) {
                long s = System.nanoTime();
                expectAll(api.post("/api/v1/sync/push", depositBodies.get(i), device.token()), "APPLIED");
                if (nanos != null) {
                    nanos[i] = System.nanoTime() - s;
                }
            }
        }
    }

    private static List<Pusher> pushers(Api api, String url, String prefix, int clients, int deposits, int members)
            throws Exception {
        List<Pusher> out = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Pusher p = new Pusher(new Api(api.base(), ADMIN), api.pair(createOrg(db, url, prefix + "-" + i)), deposits,
                    members);
            pushAll(p.api, p.device, p.memberBodies);
            out.add(p);
        }
        return out;
    }

    /** Runs every pusher's deposits at once; the first records its per-batch times. */
    private static void runAll(List<Pusher> pushers, List<long[]> timings) throws Exception {
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < pushers.size(); i++) {
            Pusher p = pushers.get(i);
            long[] nanos = i < timings.size() ? timings.get(i) : null;
            tasks.add(() -> {
                p.pushDeposits(nanos);
                return null;
            });
        }
        Parallel.all(tasks);
    }

    /** {@code -Xmx512m}, plus whatever {@code -Dbench.serverJvmArgs} adds (e.g. a flight recording). */
    private static String[] serverJvmArgs() {
        List<String> jvm = new ArrayList<>(List.of("-Xmx512m"));
        String extra = System.getProperty("bench.serverJvmArgs", "");
        if (!extra.isBlank()) {
            jvm.addAll(List.of(extra.trim().split("\\s+")));
        }
        return jvm.toArray(String[]::new);
    }

    /** Member registrations first, then deposits, as push bodies of {@value #BATCH} ops. */
    private static List<String> prepare(Api.Device device, int deposits, int members) {
        Ops ops = new Ops(Instant.parse("2026-11-20T03:00:00Z"));
        List<SyncOp> all = new ArrayList<>(deposits + members);
        List<UUID> ids = new ArrayList<>(members);
        for (int i = 0; i < members; i++) {
            UUID id = Ops.newId();
            ids.add(id);
            all.add(ops.member(id, "สมาชิกทดสอบ " + i));
        }
        for (int i = 0; i < deposits; i++) {
            all.add(ops.deposit(ids.get(i % members),
                    DepositLine.priced("PET_CLEAR", 1_000 + i % 5_000, 800),
                    DepositLine.priced("CARDBOARD", 3_000 + i % 700, 300),
                    DepositLine.priced("ALU_CAN", 250 + i % 90, 4_000)));
        }
        List<String> bodies = new ArrayList<>();
        for (int from = 0; from < all.size(); ) {
            int to = from < members ? Math.min(members, from + BATCH) : Math.min(all.size(), from + BATCH);
            bodies.add(Api.pushBody(device, all.subList(from, to)));
            from = to;
        }
        return bodies;
    }

    private static void pushAll(Api api, Api.Device device, List<String> bodies) {
        if (bodies.isEmpty()) {
            return;
        }
        for (String body : bodies) {
            expectAll(api.post("/api/v1/sync/push", body, device.token()), "APPLIED");
        }
    }

    static void expectAll(Api.Response r, String status) {
        if (r.status() != 200 || r.results().stream().anyMatch(m -> !status.equals(m.get("status")))) {
            throw new IllegalStateException("push answered " + r.status() + ": "
                    + r.body().substring(0, Math.min(500, r.body().length())));
        }
    }

    /**
     * The same rows the server writes for a deposit (its op-log row with the same payload, and its
     * ledger row), inserted by plain batched JDBC, {@value #BATCH} ops per transaction, over as
     * many connections (one org each) as the API run had devices.
     */
    private static double jdbcCeiling(String url, int deposits, int connections, String sampleBody) throws Exception {
        String payload = CanonicalJson.write(((List<?>) Api.parse(sampleBody).get("ops")).stream()
                .map(o -> ((Map<?, ?>) o).get("payload")).findFirst().orElseThrow());
        List<Long> orgs = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            orgs.add(orgId(url, createOrg(db, url, "JDBC-" + i)));
        }
        List<Callable<Void>> tasks = new ArrayList<>();
        for (long orgId : orgs) {
            tasks.add(() -> {
                insertRows(url, orgId, deposits / connections, payload);
                return null;
            });
        }
        long t0 = System.nanoTime();
        Parallel.all(tasks);
        return (deposits / connections * connections) / ((System.nanoTime() - t0) / 1e9);
    }

    private static void insertRows(String url, long orgId, int deposits, String payload) throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        byte[] hash = new byte[32];
        try (Connection c = DriverManager.getConnection(url + "&rewriteBatchedStatements=true", db.username(), db.password())) {
            c.setAutoCommit(false);
            long seq = 0;
            for (int from = 0; from < deposits; from += BATCH) {
                try (PreparedStatement op = c.prepareStatement("INSERT INTO sync_op (org_id, seq, op_id, device_id,"
                        + " device_seq, type, entity_id, payload, payload_hash, recorded_at, applied_at)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?)");
                     PreparedStatement entry = c.prepareStatement("INSERT INTO ledger_entry (id, org_id, account,"
                             + " member_id, kind, amount, grams, occurred_at, op_seq, reverses_id)"
                             + " VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                    byte[] device = Uuid7.toBytes(Ops.newId());
                    for (int i = from; i < Math.min(deposits, from + BATCH); i++) {
                        seq++;
                        byte[] entityId = Uuid7.toBytes(Ops.newId());
                        op.setLong(1, orgId);
                        op.setLong(2, seq);
                        op.setBytes(3, Uuid7.toBytes(Ops.newId()));
                        op.setBytes(4, device);
                        op.setLong(5, seq);
                        op.setString(6, "deposit.record");
                        op.setBytes(7, entityId);
                        op.setString(8, payload);
                        op.setBytes(9, hash);
                        op.setObject(10, now);
                        op.setObject(11, now);
                        op.addBatch();
                        entry.setBytes(1, entityId);
                        entry.setLong(2, orgId);
                        entry.setInt(3, 1);
                        entry.setBytes(4, device);
                        entry.setInt(5, 1);
                        entry.setLong(6, 1234);
                        entry.setLong(7, 4321);
                        entry.setObject(8, now);
                        entry.setLong(9, seq);
                        entry.setBytes(10, null);
                        entry.addBatch();
                    }
                    op.executeBatch();
                    entry.executeBatch();
                }
                c.commit();
            }
        }
    }

    static String freshSchema(EmbeddedMariaDb db, String schema) throws Exception {
        TestDatabase.recreate(db, schema);
        return db.jdbcUrl(schema);
    }

    static String createOrg(EmbeddedMariaDb db, String url, String code) throws Exception {
        try (Connection c = DriverManager.getConnection(url, db.username(), db.password());
             Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO org (code, name_th, kind, sub_district_code, district_code, province_code,"
                    + " demo, created_at) VALUES ('" + code + "', 'อบต.ทดสอบความเร็ว', 'SAO', '360903', '3609', '36',"
                    + " FALSE, UTC_TIMESTAMP(3))");
            st.executeUpdate("INSERT IGNORE INTO sync_state (org_id) SELECT id FROM org");
        }
        return code;
    }

    private static long orgId(String url, String code) throws Exception {
        return count(url, "SELECT id FROM org WHERE code = '" + code + "'");
    }

    private static long count(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, db.username(), db.password());
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
