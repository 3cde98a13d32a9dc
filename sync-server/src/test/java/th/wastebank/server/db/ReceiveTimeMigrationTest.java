package th.wastebank.server.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import th.wastebank.server.support.TestDatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database that already holds milestones gets their server receive time from the op log (the
 * time each op was applied) when V9 runs; a milestone without its op-log row keeps its phone time.
 */
class ReceiveTimeMigrationTest {
    @Test
    void storedMilestonesTakeTheTimeTheirOpWasAppliedAsTheirReceiveTime() throws Exception {
        String url = TestDatabase.freshSchemaUrl("wastebank_receive_time_test");
        Flyway.configure().dataSource(url, TestDatabase.username(), TestDatabase.password()).locations("classpath:db/migration").target("5").load().migrate();
        try (Connection c = TestDatabase.connect(url); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO org (id, code, name_th, kind, district_code, province_code, created_at)"
                    + " VALUES (1, 'T1', 'อบต.ทดสอบ', 'SAO', '3609', '36', '2026-01-01')");
            st.executeUpdate("INSERT INTO sync_op (org_id, seq, op_id, device_id, device_seq, type, entity_id, payload,"
                    + " payload_hash, recorded_at, applied_at) VALUES (1, 7, UNHEX(MD5('op')), UNHEX(MD5('d')), 1,"
                    + " 'milestone.record', UNHEX(MD5('m1')), '{}', UNHEX(SHA2('x', 256)), '2027-01-01 00:00:00',"
                    + " '2026-11-20 03:00:00.123')");
            st.executeUpdate("INSERT INTO milestone (id, org_id, step, done_on, evidence, op_seq, recorded_at) VALUES"
                    + " (UNHEX(MD5('m1')), 1, 1, '2026-11-20', '{}', 7, '2027-01-01 00:00:00'),"
                    + " (UNHEX(MD5('m2')), 1, 2, '2026-11-21', '{}', 99, '2026-11-21 05:00:00')");
        }

        assertTrue(Flyway.configure().dataSource(url, TestDatabase.username(), TestDatabase.password()).locations("classpath:db/migration").load()
                .migrate().success);

        try (Connection c = TestDatabase.connect(url);
             ResultSet rs = c.createStatement().executeQuery("SELECT step, received_at, recorded_at FROM milestone"
                     + " ORDER BY step")) {
            assertTrue(rs.next());
            assertEquals("2026-11-20T03:00:00.123", rs.getObject(2, LocalDateTime.class).toString(),
                    "the op log's applied time, not the phone's 2027");
            assertTrue(rs.next());
            assertEquals(rs.getObject(3, LocalDateTime.class), rs.getObject(2, LocalDateTime.class),
                    "no op-log row: the phone's time");
        }
    }
}
