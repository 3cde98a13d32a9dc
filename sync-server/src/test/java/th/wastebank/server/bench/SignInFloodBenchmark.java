package th.wastebank.server.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.wastebank.deposit.DepositLine;
import th.wastebank.server.db.EmbeddedMariaDb;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerProcess;
import th.wastebank.sync.SyncOp;

/**
 * Sync push latency while the sign-in form is flooded: the same paced pushes (two phones of two
 * orgs, a batch of {@value #BATCH} deposits every {@value #PUSH_EVERY_MS} ms each) measured alone,
 * then beside 200 sign-in attempts a second (half for names that do not exist, half wrong
 * passwords for a real officer), first from a new address each time (through a trusted proxy, the
 * worst case: no address budget applies), then from one address. A warm-up runs both first. Prints p50/p95/max side by side
 * and what the sign-ins were answered. Run with
 * {@code mvn -Pbench -pl sync-server -am verify -Dbench.push.skip=true} (the push benchmark skipped).
 */
public final class SignInFloodBenchmark {
    private static final String ADMIN = "bench-admin";
    private static final int BATCH = 100;
    private static final int PUSH_EVERY_MS = 200;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    private SignInFloodBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.parseInt(System.getProperty("bench.seconds", "30"));
        int perSecond = Integer.parseInt(System.getProperty("bench.signInsPerSecond", "200"));
        Path root = Path.of(System.getProperty("bench.dir", "target/bench-data"));
        Files.createDirectories(root);
        EmbeddedMariaDb db = EmbeddedMariaDb.start(root.resolve("mariadb"), 0, 512);
        try {
            String url = PushBenchmark.freshSchema(db, "wastebank_signin_bench");
            try (ServerProcess server = ServerProcess.start(db, url, ADMIN, root.resolve("signin-server.log"), "-Xmx512m",
                    "-Dwb.trusted-proxies=127.0.0.1,::1")) {
                run(db, url, new Api(server.url(), ADMIN), seconds, perSecond);
            }
        } finally {
            db.stop();
        }
    }

    private static void run(EmbeddedMariaDb db, String url, Api api, int seconds, int perSecond) throws Exception {
        api.createStaff("bench.officer", "เจ้าหน้าที่ทดสอบ", "the-right-password-2569", "NATIONAL", null);
        List<Pusher> pushers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            pushers.add(new Pusher(new Api(api.base(), ADMIN), api.pair(PushBenchmark.createOrg(db, url, "SIGNIN-" + i))));
        }
        // warm-up: the JIT and the pools get the same work first, the sign-in form's too
        measure(pushers, 5, null, 0);
        measure(pushers, 10, new Flood(api.base(), i -> "192.0.2." + (i & 0xFF)), perSecond);
        long[] alone = measure(pushers, seconds, null, 0);
        Flood spread = new Flood(api.base(), i -> "10." + (i >> 16 & 0xFF) + "." + (i >> 8 & 0xFF) + "." + (i & 0xFF));
        long[] withSpread = measure(pushers, seconds, spread, perSecond);
        Flood single = new Flood(api.base(), i -> "203.0.113.77");
        long[] withSingle = measure(pushers, seconds, single, perSecond);

        System.out.println();
        System.out.println("== Sign-in flood benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", server -Xmx512m, bcrypt cost 12 on "
                + "WB_SIGN_IN_THREADS default) ==");
        System.out.printf("sync push: 2 phones, %d deposits a batch, one batch every %d ms each, %d s a run%n", BATCH,
                PUSH_EVERY_MS, seconds);
        System.out.printf("%-44s %8s %8s %8s %8s %7s%n", "", "pushes", "p50 ms", "p95 ms", "max ms", "p95 x");
        row("no sign-ins", alone, alone);
        row(perSecond + " sign-ins/s, a new address each", withSpread, alone);
        row(perSecond + " sign-ins/s, from one address", withSingle, alone);
        System.out.println("sign-in answers, new address each : " + spread.summary(seconds));
        System.out.println("sign-in answers, one address      : " + single.summary(seconds));
    }

    private static void row(String label, long[] nanos, long[] baseline) {
        System.out.printf("%-44s %8d %8.1f %8.1f %8.1f %7.2f%n", label, nanos.length, pct(nanos, 50) / 1e6,
                pct(nanos, 95) / 1e6, pct(nanos, 100) / 1e6, pct(nanos, 95) / pct(baseline, 95));
    }

    /** Runs the paced pushes for {@code seconds}, with the flood beside them if given; the pushes' times. */
    private static long[] measure(List<Pusher> pushers, int seconds, Flood flood, int perSecond) throws Exception {
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(pushers.size() + 1);
        List<Long> times = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            if (flood != null) {
                flood.prepare();
                long every = 1_000_000_000L / perSecond;
                clock.scheduleAtFixedRate(flood::fire, 0, every, TimeUnit.NANOSECONDS);
            }
            for (Pusher p : pushers) {
                clock.scheduleWithFixedDelay(() -> {
                    try {
                        times.add(p.pushOnce());
                    } catch (RuntimeException refused) {
                        // a refused push is a result too: it shows as a push that took forever
                        System.out.println("push refused: " + refused.getMessage());
                        times.add(Long.MAX_VALUE / 2);
                    }
                }, 0, PUSH_EVERY_MS, TimeUnit.MILLISECONDS);
            }
            Thread.sleep(seconds * 1000L);
        } finally {
            clock.shutdown();   // the pushes under way finish; no new one starts
            clock.awaitTermination(60, TimeUnit.SECONDS);
        }
        if (flood != null) {
            flood.drain();
        }
        synchronized (times) {
            return times.stream().mapToLong(Long::longValue).toArray();
        }
    }

    /** One phone of its own org: each push a new batch of deposits for its members. */
    private static final class Pusher {
        private final Api api;
        private final Api.Device device;
        private final List<UUID> members = new ArrayList<>();
        private final Ops ops = new Ops(Instant.parse("2026-11-20T03:00:00Z"));

        Pusher(Api api, Api.Device device) {
            this.api = api;
            this.device = device;
            List<SyncOp> registrations = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                UUID id = Ops.newId();
                members.add(id);
                registrations.add(ops.member(id, "สมาชิกทดสอบ " + i));
            }
            PushBenchmark.expectAll(api.push(device, registrations), "APPLIED");
        }

        /** Pushes one batch; answers how long the push took (the batch is made before the clock starts). */
        long pushOnce() {
            List<SyncOp> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH; i++) {
                batch.add(ops.deposit(members.get(i % members.size()), DepositLine.priced("PET_CLEAR", 1_000 + i, 800),
                        DepositLine.priced("CARDBOARD", 3_000 + i, 300)));
            }
            String body = Api.pushBody(device, batch);
            long start = System.nanoTime();
            PushBenchmark.expectAll(api.post("/api/v1/sync/push", body, device.token()), "APPLIED");
            return System.nanoTime() - start;
        }
    }

    /**
     * Sign-in attempts fired at a fixed rate without waiting for answers (as a script would), each
     * with the form's token and cookie, alternately for a name that does not exist and with a wrong
     * password for the real officer.
     */
    private static final class Flood {
        private final String base;
        private final IntFunction<String> address;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(5)).build();
        private final AtomicInteger sent = new AtomicInteger();
        private final AtomicLong pending = new AtomicLong();
        private final ConcurrentMap<String, AtomicInteger> answers = new ConcurrentHashMap<>();
        private final List<Long> answerNanos = java.util.Collections.synchronizedList(new ArrayList<>());
        private String cookie;
        private String token;

        Flood(String base, IntFunction<String> address) {
            this.base = base;
            this.address = address;
        }

        void prepare() throws Exception {
            HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(form.body());
            if (!m.find()) {
                throw new IllegalStateException("no sign-in form: " + form.body());
            }
            token = m.group(1);
            cookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("wb_login_csrf="))
                    .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        }

        void fire() {
            int i = sent.incrementAndGet();
            String user = i % 2 == 0 ? "bench.officer" : "no-such-" + i;
            String form = "_csrf=" + token + "&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                    + "&password=wrong-" + i + "&next=";
            pending.incrementAndGet();
            long start = System.nanoTime();
            http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/login")).timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                            .header("X-Forwarded-For", address.apply(i))
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.discarding())
                    .whenComplete((r, e) -> {
                        String key = e != null ? "error" : Integer.toString(r.statusCode());
                        answers.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                        answerNanos.add(System.nanoTime() - start);
                        pending.decrementAndGet();
                    });
        }

        void drain() throws InterruptedException {
            long until = System.nanoTime() + 60_000_000_000L;
            while (pending.get() > 0 && System.nanoTime() < until) {
                Thread.sleep(50);
            }
        }

        String summary(int seconds) {
            StringBuilder s = new StringBuilder(String.format("%,d sent (%.0f/s):", sent.get(),
                    sent.get() / (double) seconds));
            new java.util.TreeMap<>(answers).forEach((status, n) -> s.append(' ').append(status).append(" x")
                    .append(n.get()));
            long[] nanos;
            synchronized (answerNanos) {
                nanos = answerNanos.stream().mapToLong(Long::longValue).toArray();
            }
            return s.append(String.format("; answered in p50 %.0f ms, p95 %.0f ms", pct(nanos, 50) / 1e6,
                    pct(nanos, 95) / 1e6)).toString();
        }
    }

    private static double pct(long[] values, int percentile) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
