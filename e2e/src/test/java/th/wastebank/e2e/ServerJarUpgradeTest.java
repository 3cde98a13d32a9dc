package th.wastebank.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import th.wastebank.server.support.Api;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerProcess;
import th.wastebank.server.support.TestDatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An upgrade is "stop, replace the jar, start": the packaged {@code wastebank-server.jar}, started as
 * deploy/ starts it, on a database of the previous release (every migration but the newest, with a
 * bank, a paired phone, a member and a deposit in it) migrates it and serves what was there. In e2e
 * because the jar exists only after sync-server's package phase, which runs after its own tests.
 */
class ServerJarUpgradeTest {
    private static final String ADMIN = "upgrade-admin-token";
    private static final String TOKEN = "phone-token-of-the-previous-release";
    private static final UUID DEVICE = UUID.fromString("0190a000-0000-7000-8000-000000000001");
    private static final UUID MEMBER = UUID.fromString("0190a000-0000-7000-8000-000000000002");
    private static final UUID DEPOSIT = UUID.fromString("0190a000-0000-7000-8000-000000000003");

    static Path serverJar() {
        Path jar = Path.of(System.getProperty("wb.server.jar", "../sync-server/target/wastebank-server.jar"));
        assumeTrue(Files.isRegularFile(jar), "no " + jar + ": build it first (mvn -B -DskipTests package)");
        return jar;
    }

    @Test
    void theNewJarMigratesThePreviousReleasesDatabaseAndServesItsDeposits() throws Exception {
        Path jar = serverJar();
        String url = TestDatabase.freshSchemaUrl("wastebank_upgrade_test");
        Flyway flyway = Flyway.configure().dataSource(url, TestDatabase.username(), TestDatabase.password())
                .locations("classpath:db/migration").load();
        List<MigrationVersion> versions = Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion).sorted().toList();
        MigrationVersion newest = versions.get(versions.size() - 1);
        MigrationVersion previous = versions.get(versions.size() - 2);
        Flyway.configure().dataSource(url, TestDatabase.username(), TestDatabase.password())
                .locations("classpath:db/migration").target(previous).load().migrate();
        String org = "UPG" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO org (id, code, name_th, kind, district_code, province_code, created_at)"
                    + " VALUES (1, '" + org + "', 'อบต.รุ่นก่อน', 'SAO', '3609', '36', '2026-01-01')");
            st.executeUpdate("INSERT INTO sync_state (org_id, last_seq) VALUES (1, 2)");
            st.executeUpdate("INSERT INTO device (id, org_id, name, token_hash, paired_at) VALUES ("
                    + hex(DEVICE) + ", 1, 'โทรศัพท์ธนาคาร', UNHEX(SHA2('" + TOKEN + "', 256)), '2026-01-02')");
            st.executeUpdate("INSERT INTO member (id, org_id, name, joined_on, version, created_seq, updated_seq)"
                    + " VALUES (" + hex(MEMBER) + ", 1, 'นางมาลี ก่อนอัปเกรด', '2026-01-02', 1, 1, 1)");
            st.executeUpdate("INSERT INTO ledger_entry (id, org_id, account, member_id, kind, amount, grams, occurred_at,"
                    + " op_seq) VALUES (" + hex(DEPOSIT) + ", 1, 1, " + hex(MEMBER) + ", 1, 2550, 3188,"
                    + " '2026-01-03 09:00:00', 2)");
            st.executeUpdate("INSERT INTO sync_op (org_id, seq, op_id, device_id, device_seq, type, entity_id, payload,"
                    + " payload_hash, recorded_at, applied_at) VALUES"
                    + " (1, 1, UNHEX(MD5('op1')), " + hex(DEVICE) + ", 1, 'member.upsert', " + hex(MEMBER)
                    + ", '{\"name\":\"นางมาลี ก่อนอัปเกรด\"}', UNHEX(SHA2('1', 256)), '2026-01-02', '2026-01-02'),"
                    + " (1, 2, UNHEX(MD5('op2')), " + hex(DEVICE) + ", 2, 'deposit.record', " + hex(DEPOSIT)
                    + ", '{\"memberId\":\"" + MEMBER + "\"}', UNHEX(SHA2('2', 256)), '2026-01-03', '2026-01-03')");
        }

        Path log = Path.of("target", "upgrade", "server.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        try (ServerProcess server = ServerProcess.startJar(jar, TestDatabase.server(), url, ADMIN, log)) {
            String startLog = Files.readString(log);
            assertTrue(startLog.contains("Server ready") && startLog.contains("(commit "), "the start line names the build");

            try (Connection c = TestDatabase.connect(url);
                 ResultSet rs = c.createStatement().executeQuery("SELECT version, success FROM flyway_schema_history"
                         + " WHERE version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
                assertTrue(rs.next());
                assertEquals(newest.getVersion(), rs.getString(1), "migrated from " + previous + " to the newest");
                assertTrue(rs.getBoolean(2));
            }

            Api api = new Api(server.url(), ADMIN);
            Api.Response health = api.get("/health", null);
            assertEquals(200, health.status(), health.body());
            Map<?, ?> build = (Map<?, ?>) health.json().get("details");
            assertTrue(startLog.contains("wastebank " + build.get("version") + " (commit " + build.get("commit") + ")"),
                    "GET /health names the build the start line names: " + health.body());

            Api.Response balances = api.get("/api/v1/admin/orgs/" + org + "/balances", ADMIN);
            assertEquals(200, balances.status(), balances.body());
            assertTrue(balances.body().contains("\"balance\":2550"), "the deposit is served: " + balances.body());

            Api.Device phone = new Api.Device(DEVICE, TOKEN, org);
            Api.Response pull = api.pull(phone, "0", 100);
            assertEquals(200, pull.status(), pull.body());
            assertEquals(2, ((List<?>) pull.json().get("changes")).size(), "the old ops are in the pull feed: " + pull.body());

            Ops ops = new Ops();
            assertEquals(List.of("APPLIED"), api.pushStatuses(phone, List.of(ops.deposit(MEMBER, 1000))),
                    "the phone paired before the upgrade pushes on");
            Map<String, Object> after = api.get("/api/v1/members/" + MEMBER + "/balance", TOKEN).json();
            assertEquals(2550 + 800, ((Number) after.get("balance")).longValue(), "1 kg at 8 baht more");
        }
    }

    private static String hex(UUID id) {
        return "UNHEX('" + id.toString().replace("-", "") + "')";
    }
}
