package th.wastebank.e2e;

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

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.sync.SyncStatus;
import th.wastebank.deposit.DepositLine;
import th.wastebank.server.db.EmbeddedMariaDb;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.TestDatabase;
import th.wastebank.sync.SyncOp;
import th.wastebank.validation.Dates;

/**
 * The phone's two figures: how fast a fresh phone pulls an org's history (target ≥ 10,000 ledger
 * rows/s) and how long saving one three-line deposit takes (median target &lt; 20 ms, with
 * {@code synchronous=FULL}). Run with {@code mvn -Pclient-bench -pl e2e -am verify}.
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

                double[] saveMs = saveDeposits(phone, 300);
                System.out.println();
                System.out.println("== Phone benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                        + System.getProperty("java.version") + ", SQLite WAL + synchronous=FULL) ==");
                System.out.printf("pull into a fresh phone store    : %,d changes (%,d ledger rows) in %.1f s%n",
                        s.pulled(), ledgerRows, pullSeconds);
                System.out.printf("pull rate                        : %,.0f ledger rows/s (%,.0f changes/s)%n",
                        ledgerRows / pullSeconds, s.pulled() / pullSeconds);
                System.out.printf("save one deposit with 3 lines    : median %.2f ms, p95 %.2f ms, max %.2f ms (%d saves)%n",
                        percentile(saveMs, 0.5), percentile(saveMs, 0.95), percentile(saveMs, 1.0), saveMs.length);
                if (ledgerRows != entries) {
                    throw new IllegalStateException("expected " + entries + " entries on the phone, found " + ledgerRows);
                }
            }
        } finally {
            db.stop();
        }
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
