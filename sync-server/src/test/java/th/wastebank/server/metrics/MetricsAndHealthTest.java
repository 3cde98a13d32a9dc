package th.wastebank.server.metrics;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.wastebank.server.db.TxRetry;
import th.wastebank.server.backup.Backups;
import th.wastebank.server.ops.BuildInfo;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.sync.SyncOp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /api/v1/admin/metrics} (Prometheus text, operator token only) counts what pushes did, and
 * {@code GET /health} names the build a node runs, for operators and load balancers alike.
 */
@SharedServer
class MetricsAndHealthTest extends ServerTestBase {
    private static final String METRICS = "/api/v1/admin/metrics";

    @Inject
    Backups backups;

    @Inject
    Clock clock;

    private Api.Device device;
    private final Ops ops = new Ops();

    @BeforeAll
    void pairAPhone() {
        device = api().pair(TestOrgs.create("อบต.ตัวชี้วัด"));
    }

    private String scrape() {
        Api.Response r = api().get(METRICS, ADMIN_TOKEN);
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith("text/plain; version=0.0.4"), r.contentType());
        return r.body();
    }

    /** The value of the sample {@code name} whose labels include every {@code key="value"} given. */
    static double sample(String text, String name, String... labels) {
        for (String line : text.split("\n")) {
            if (!line.startsWith(name + "{") && !line.startsWith(name + " ")) {
                continue;
            }
            String head = line.substring(0, line.lastIndexOf(' '));
            boolean all = true;
            for (String label : labels) {
                all &= head.contains(label);
            }
            if (all) {
                String value = line.substring(line.lastIndexOf(' ') + 1);
                return value.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(value);
            }
        }
        return 0;
    }

    @Test
    void theMetricsAreForTheOperatorOnly() {
        assertEquals(401, api().get(METRICS, null).status());
        Api.Response wrong = api().get(METRICS, "not-the-token");
        assertEquals(401, wrong.status());
        assertEquals("admin-token-invalid", wrong.json().get("code"));
        assertNotEquals(200, api().get("/prometheus", null).status(), "Micronaut's unguarded endpoint is off");
        assertNotEquals(200, api().get("/metrics", null).status(), "Micronaut's unguarded endpoint is off");
    }

    @Test
    void aPushIsCountedByResultWithItsOpsAndItsTime() {
        String before = scrape();
        UUID member = Ops.newId();
        SyncOp join = ops.member(member, "นางสมศรี นับได้");
        assertEquals(List.of("APPLIED", "APPLIED"), api().pushStatuses(device, List.of(join, ops.deposit(member, 1500))));
        assertEquals(List.of("DUPLICATE"), api().pushStatuses(device, List.of(join)));
        assertEquals(400, api().post("/api/v1/sync/push", "{\"deviceId\": ", device.token()).status());
        String after = scrape();

        String ok = "result=\"ok\"";
        assertEquals(2, sample(after, "wb_sync_pushes_total", ok) - sample(before, "wb_sync_pushes_total", ok));
        String malformed = "code=\"malformed-json\"";
        assertEquals(1, sample(after, "wb_sync_pushes_total", malformed)
                - sample(before, "wb_sync_pushes_total", malformed));
        String applied = "result=\"APPLIED\"";
        assertEquals(2, sample(after, "wb_sync_ops_total", applied) - sample(before, "wb_sync_ops_total", applied));
        String duplicate = "result=\"DUPLICATE\"";
        assertEquals(1, sample(after, "wb_sync_ops_total", duplicate)
                - sample(before, "wb_sync_ops_total", duplicate));
        assertEquals(3, sample(after, "wb_sync_push_seconds_count") - sample(before, "wb_sync_push_seconds_count"));
        assertTrue(sample(after, "wb_sync_push_seconds_sum") > sample(before, "wb_sync_push_seconds_sum"));
    }

    @Test
    void thePoolUploadsAndDatabaseTroubleAreThere() {
        String text = scrape();
        assertEquals((double) TxRetry.retries().get(TxRetry.Reason.CONFLICT), sample(text, "wb_db_retries_total",
                "reason=\"CONFLICT\""), "transactions run again, by why");
        assertTrue(text.contains("\nwb_db_retries_gave_up_total{reason=\"LOCK_WAIT_TIMEOUT\""), "and those given up");
        assertTrue(text.contains("\nwb_db_errors_total"), "database errors are counted");
        assertTrue(sample(text, "hikaricp_connections_max") >= 1, "the pool's size and use: " + text);
        assertTrue(text.contains("\nhikaricp_connections_active"), "connections in use");
        assertTrue(text.contains("\nhikaricp_connections_pending"), "requests waiting for a connection");
        assertTrue(sample(text, "wb_uploads_unfinished") >= 0, "unfinished uploads are counted");
        assertFalse(Double.isNaN(sample(text, "wb_uploads_unfinished")));
    }

    @Test
    void theLastBackupsAgeIsInfiniteUntilOneIsMade() {
        if (backups.lastBackupAt().isEmpty()) {
            assertEquals(Double.POSITIVE_INFINITY, sample(scrape(), "wb_backup_last_age_seconds"));
        }
        Api.Response made = api().post("/api/v1/admin/backups", "", ADMIN_TOKEN);
        assertEquals(201, made.status(), made.body());
        double age = sample(scrape(), "wb_backup_last_age_seconds");
        assertTrue(age >= 0 && age < 600, "age " + age);
    }

    @Test
    void healthSaysUpWithTheVersionAndCommit() {
        Api.Response health = api().get("/health", null);
        assertEquals(200, health.status(), health.body());
        assertEquals("UP", health.json().get("status"), health.body());
        assertEquals(BuildInfo.current().version(), ((java.util.Map<?, ?>) health.json().get("details")).get("version"));
        assertTrue(health.body().contains("\"commit\":\""), health.body());
        assertFalse(BuildInfo.current().version().equals("unknown"), "the build wrote its version");
        assertFalse(health.body().contains("jdbc"), "the database's details stay hidden: " + health.body());
    }
}
