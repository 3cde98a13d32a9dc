package th.wastebank.client.store;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClientStoreTest {
    @Test
    void opensWithWriteAheadLogFullSyncAndTheLatestSchema(@TempDir Path dir) {
        try (ClientStore store = ClientStore.open(dir.resolve("phone.db"))) {
            assertEquals("wal", pragma(store, "journal_mode"));
            assertEquals("2", pragma(store, "synchronous"), "2 is FULL");
            assertEquals(15, store.schemaVersion());
            assertEquals("ok", store.integrityCheck());
        }
    }

    @Test
    void dataSurvivesClosingAndReopening(@TempDir Path dir) {
        try (ClientStore store = ClientStore.open(dir.resolve("phone.db"))) {
            new Settings(store).put(Settings.SERVER_URL, "http://192.168.1.10:8080");
        }
        try (ClientStore store = ClientStore.open(dir.resolve("phone.db"))) {
            assertEquals("http://192.168.1.10:8080", new Settings(store).get(Settings.SERVER_URL).orElseThrow());
            assertEquals(15, store.schemaVersion(), "migrations do not run twice");
        }
    }

    @Test
    void aStoreOfTheFirstVersionGainsProductsStepsPhotosAndWelfareAndKeepsItsData(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("phone.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement();
             InputStream v1 = ClientStore.class.getResourceAsStream("V1__init.sql")) {
            String sql = new String(v1.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n"));
            for (String statement : sql.split(";")) {
                if (!statement.isBlank()) {
                    st.execute(statement);
                }
            }
            st.execute("PRAGMA user_version = 1");
            st.execute("INSERT INTO setting (key, value) VALUES ('server.url', 'http://192.168.1.10:8080')");
            st.execute("INSERT INTO outbox (op_id, type, entity_id, payload, recorded_at) VALUES"
                    + " ('019ab0c4-0000-7000-8000-000000000001', 'member.upsert', '019ab0c4-0000-7000-8000-000000000002',"
                    + " '{}', 0)");
        }
        try (ClientStore store = ClientStore.open(file)) {
            assertEquals(15, store.schemaVersion());
            assertEquals("http://192.168.1.10:8080", new Settings(store).get(Settings.SERVER_URL).orElseThrow());
            for (String table : new String[] {"product", "milestone", "photo", "welfare_scheme",
                    "welfare_claim", "welfare_levy", "welfare_levy_line", "welfare_payout", "welfare_contribution",
                    "sent_op", "buyer", "sale", "sale_line", "stock_adjustment", "sale_void"}) {
                assertEquals(Integer.valueOf(0), store.<Integer>read(c -> {
                    try (Statement st = c.createStatement();
                         ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        rs.next();
                        return rs.getInt(1);
                    }
                }), table);
            }
            assertEquals(Integer.valueOf(0), store.<Integer>read(c -> {
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT resent FROM outbox WHERE state = 'PENDING'")) {
                    rs.next();
                    return rs.getInt(1);
                }
            }), "an op waiting from before is a first sending");
        }
    }

    @Test
    void aFailedWriteLeavesNothingBehind(@TempDir Path dir) {
        try (ClientStore store = ClientStore.open(dir.resolve("phone.db"))) {
            assertThrows(StoreException.class, () -> store.write(c -> {
                Settings.put(c, "half", "written");
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO no_such_table VALUES (1)");
                }
                return null;
            }));
            assertEquals("absent", new Settings(store).get("half", "absent"));
        }
    }

    private static String pragma(ClientStore store, String name) {
        return store.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
