package th.wastebank.server.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import th.wastebank.server.support.TestDatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationTest {
    @Test
    void migrationsBuildTheWholeSchemaOnAnEmptyDatabaseInUtf8mb4() throws Exception {
        String url = TestDatabase.freshSchemaUrl("wastebank_migration_test");
        MigrateResult result = Flyway.configure().dataSource(url, TestDatabase.username(), TestDatabase.password()).locations("classpath:db/migration").load()
                .migrate();
        assertTrue(result.success);
        assertTrue(result.migrationsExecuted >= 1);

        Set<String> tables = new HashSet<>();
        try (Connection c = TestDatabase.connect(url);
             ResultSet rs = c.createStatement().executeQuery("SELECT table_name, table_collation FROM"
                     + " information_schema.tables WHERE table_schema = 'wastebank_migration_test'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
                assertTrue(rs.getString(2).startsWith("utf8mb4"), rs.getString(1) + " is " + rs.getString(2));
            }
        }
        assertTrue(tables.containsAll(Set.of("org", "device", "pairing_code", "sync_state", "sync_op", "member",
                "member_version", "price", "ledger_entry", "review_flag", "org_month_stats", "org_material_month",
                "province", "district", "sub_district")), tables.toString());

        assertEquals(0, Flyway.configure().dataSource(url, TestDatabase.username(), TestDatabase.password()).locations("classpath:db/migration").load()
                .migrate().migrationsExecuted, "a second run has nothing to do");
    }
}
