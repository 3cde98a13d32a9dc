package th.wastebank.server.bench;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import th.wastebank.deposit.DepositLine;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.GaleraCluster;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.Parallel;
import th.wastebank.server.support.ServerProcess;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.sync.SyncOp;

/**
 * Push throughput through two server nodes on a three-node MariaDB Galera cluster against one server
 * on one MariaDB (the same Debian mariadbd and settings, without wsrep), side by side in one run on
 * this machine, and how many seconds pass from killing a Galera node (SIGKILL) until pushes succeed
 * again. Run with {@code mvn -Pgalera-bench -pl sync-server -am verify -DskipTests}; needs Debian's
 * mariadb-server, galera-4 and mariadb-backup.
 */
public final class GaleraBenchmark {
    private static final String ADMIN = "galera-bench-admin";
    private static final String SCHEMA = "wastebank_bench";
    private static final int BATCH = 100;
    /** Phones of the one org: the server lets 4 pushes of an org in at a time (WB_PUSHES_PER_ORG). */
    private static final int ONE_ORG_PHONES = 4;

    private GaleraBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String missing = GaleraCluster.missing();
        if (missing != null) {
            System.out.println("Galera benchmark not run: " + missing);
            return;
        }
        int phones = Integer.parseInt(System.getProperty("bench.galera.phones", "8"));
        int pushes = Integer.parseInt(System.getProperty("bench.galera.pushes", "15"));
        Path root = Path.of(System.getProperty("bench.dir", "target/bench-data")).resolve("galera");
        Files.createDirectories(root);

        Result single;
        try (GaleraCluster one = GaleraCluster.standalone(root.resolve("single"));
             ServerProcess server = ServerProcess.start(one.failoverUrl(SCHEMA, 1), one.username(), one.password(),
                     ADMIN, root.resolve("single-server.log"), Map.of(), "-Xmx512m")) {
            Api api = new Api(server.url(), ADMIN);
            single = measure(one, List.of(api), phones, pushes);
        }
        System.out.printf("1 server on 1 MariaDB: %,.0f ops/s%n", single.opsPerSecond());

        Result cluster;
        Result oneOrg;
        double recoveryA;
        double recoveryB;
        long t0 = System.nanoTime();
        try (GaleraCluster galera = GaleraCluster.bootstrap(root.resolve("cluster"))) {
            galera.migrate(SCHEMA);
            galera.join();
            try (ServerProcess a = ServerProcess.start(galera.failoverUrl(SCHEMA, 1, 2, 3), galera.username(),
                    galera.password(), ADMIN, root.resolve("server-a.log"), Map.of(), "-Xmx512m");
                 ServerProcess b = ServerProcess.start(galera.failoverUrl(SCHEMA, 2, 3, 1), galera.username(),
                         galera.password(), ADMIN, root.resolve("server-b.log"), Map.of(), "-Xmx512m")) {
                galera.awaitJoined();
                System.out.printf("cluster formed and both servers up in %.0f s%n", (System.nanoTime() - t0) / 1e9);
                List<Api> both = List.of(new Api(a.url(), ADMIN), new Api(b.url(), ADMIN));
                cluster = measure(galera, both, phones, pushes);
                oneOrg = measureOneOrg(galera, both, ONE_ORG_PHONES, pushes);
                double[] recovery = recovery(galera, both);
                recoveryA = recovery[0];
                recoveryB = recovery[1];
            }
        }

        System.out.println();
        System.out.println("== Galera benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", Debian MariaDB 10.11, loopback, fsync on every commit) ==");
        System.out.printf("%d phones of %d orgs at once, %d pushes of %d one-line deposits each%n", phones, phones, pushes,
                BATCH);
        System.out.printf("1 server on 1 MariaDB                        : %,8.0f ops/s (%.1f s)%n",
                single.opsPerSecond(), single.seconds());
        System.out.printf("2 servers on a 3-node Galera cluster         : %,8.0f ops/s (%.1f s, %d resent after 503/429)%n",
                cluster.opsPerSecond(), cluster.seconds(), cluster.resends());
        System.out.printf("  %d phones of ONE org, each through both     : %,8.0f ops/s (%.1f s, %d resent after 503/429)%n",
                ONE_ORG_PHONES, oneOrg.opsPerSecond(), oneOrg.seconds(), oneOrg.resends());
        System.out.printf("Galera node 1 killed: pushes through server A (its first node) succeed again after %.1f s,"
                + " through server B after %.1f s%n", recoveryA, recoveryB);
        System.out.println("(failure detection as in the test cluster: evs.suspect_timeout=PT2S,"
                + " evs.inactive_timeout=PT3S; Galera's defaults are PT5S and PT15S)");
    }

    record Result(double seconds, int ops, long resends) {
        double opsPerSecond() {
            return ops / seconds;
        }
    }

    /** Every phone its own org, the phones spread over the servers; answers ops/s. */
    private static Result measure(GaleraCluster db, List<Api> servers, int phones, int pushes) throws Exception {
        String prefix = "B" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        List<Api.Device> devices = new ArrayList<>();
        for (int i = 0; i < phones; i++) {
            String org = org(db, prefix + i);
            devices.add(servers.get(0).pair(org, "เครื่องวัด " + i));
        }
        warmUp(servers, devices);
        return run(servers, devices, pushes, false);
    }

    /** All phones of one org, each sending through the servers in turn: the pushes clash on certification. */
    private static Result measureOneOrg(GaleraCluster db, List<Api> servers, int phones, int pushes) throws Exception {
        String org = org(db, "ONEORG");
        List<Api.Device> devices = new ArrayList<>();
        for (int i = 0; i < phones; i++) {
            devices.add(servers.get(0).pair(org, "เครื่องวัด " + i));
        }
        return run(servers, devices, pushes, true);
    }

    private static void warmUp(List<Api> servers, List<Api.Device> devices) throws Exception {
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < devices.size(); i++) {
            Api.Device d = devices.get(i);
            Api api = servers.get(i % servers.size());
            List<List<SyncOp>> bodies = batches(d, 3);
            tasks.add(() -> {
                for (List<SyncOp> batch : bodies) {
                    sendUntilApplied(List.of(api), d, batch, new AtomicLong());
                }
                return null;
            });
        }
        Parallel.all(tasks);
    }

    private static Result run(List<Api> servers, List<Api.Device> devices, int pushes, boolean alternate)
            throws Exception {
        AtomicLong resends = new AtomicLong();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < devices.size(); i++) {
            Api.Device d = devices.get(i);
            int home = i;
            List<List<SyncOp>> bodies = batches(d, pushes);
            tasks.add(() -> {
                for (int k = 0; k < bodies.size(); k++) {
                    Api api = servers.get((alternate ? home + k : home) % servers.size());
                    sendUntilApplied(List.of(api), d, bodies.get(k), resends);
                }
                return null;
            });
        }
        long t0 = System.nanoTime();
        Parallel.all(tasks);
        return new Result((System.nanoTime() - t0) / 1e9, devices.size() * pushes * BATCH, resends.get());
    }

    /**
     * Two phones push steadily, one through each server; node 1 (server A's first node) is killed.
     * Answers, per server, the seconds from the kill until a push through it next succeeds.
     */
    private static double[] recovery(GaleraCluster galera, List<Api> servers) throws Exception {
        String org = org(galera, "RECOVER");
        List<Api.Device> devices = List.of(servers.get(0).pair(org, "ก"), servers.get(1).pair(org, "ข"));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong killedAt = new AtomicLong();
        AtomicLongArray backAt = new AtomicLongArray(2);
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int s = i;
            tasks.add(() -> {
                while (!stop.get()) {
                    for (List<SyncOp> batch : batches(devices.get(s), 1)) {
                        long sent = System.nanoTime();
                        boolean once = sendOnce(servers.get(s), devices.get(s), batch);
                        long kill = killedAt.get();
                        if (once && kill != 0 && sent > kill && backAt.get(s) == 0) {
                            backAt.set(s, System.nanoTime());
                        }
                        if (!once) {
                            Thread.sleep(50);
                            sendUntilApplied(List.of(servers.get(s)), devices.get(s), batch, new AtomicLong());
                            if (killedAt.get() != 0 && backAt.get(s) == 0) {
                                backAt.set(s, System.nanoTime());
                            }
                        }
                    }
                }
                return null;
            });
        }
        tasks.add(() -> {
            Thread.sleep(3_000);
            killedAt.set(System.nanoTime());
            galera.kill(1);
            while (backAt.get(0) == 0 || backAt.get(1) == 0) {
                Thread.sleep(50);
            }
            Thread.sleep(1_000);
            stop.set(true);
            return null;
        });
        Parallel.all(tasks);
        return new double[] {(backAt.get(0) - killedAt.get()) / 1e9, (backAt.get(1) - killedAt.get()) / 1e9};
    }

    private static boolean sendOnce(Api api, Api.Device d, List<SyncOp> batch) {
        try {
            Api.Response r = api.push(d, batch);
            return r.status() == 200;
        } catch (UncheckedIOException cut) {
            return false;
        }
    }

    /** As a phone's outbox: the same push again after a 503, a 429 or a cut link, every 50 ms. */
    private static void sendUntilApplied(List<Api> servers, Api.Device d, List<SyncOp> batch, AtomicLong resends)
            throws InterruptedException {
        for (int attempt = 0; attempt < 2_000; attempt++) {
            Api api = servers.get(attempt % servers.size());
            try {
                Api.Response r = api.push(d, batch);
                if (r.status() == 200) {
                    PushBenchmark.expectAll(r, r.body().contains("DUPLICATE") ? "DUPLICATE" : "APPLIED");
                    return;
                }
                if (r.status() != 503 && r.status() != 429) {
                    throw new IllegalStateException("push answered " + r.status() + ": " + r.body());
                }
            } catch (UncheckedIOException cut) {
                // try again
            }
            resends.incrementAndGet();
            Thread.sleep(50);
        }
        throw new IllegalStateException("a push was never accepted");
    }

    private static List<List<SyncOp>> batches(Api.Device device, int count) {
        Ops ops = new Ops();
        UUID member = Ops.newId();
        List<List<SyncOp>> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            List<SyncOp> batch = new ArrayList<>();
            if (k == 0) {
                batch.add(ops.member(member, "สมาชิก " + device.deviceId().toString().substring(0, 8)));
            }
            while (batch.size() < BATCH) {
                batch.add(ops.deposit(member, DepositLine.priced("PET_CLEAR", 1_000 + batch.size(), 800)));
            }
            out.add(batch);
        }
        return out;
    }

    private static String org(GaleraCluster db, String code) throws Exception {
        try (Connection c = db.connect(1, SCHEMA)) {
            return TestOrgs.insert(c, code, "อบต.วัดความเร็ว", "360903");
        }
    }
}
