package th.wastebank.client.store;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;

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
            assertEquals(1, store.schemaVersion());
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
            assertEquals(1, store.schemaVersion(), "migrations do not run twice");
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
