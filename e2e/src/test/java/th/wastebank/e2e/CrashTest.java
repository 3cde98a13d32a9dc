package th.wastebank.e2e;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.store.ClientStore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills the phone's process (SIGKILL) while it is saving deposits, again and again, then reopens
 * its store: the file is sound, no deposit is half-written (every entry has its three lines and its
 * outbox op, every deposit op its entry), and every deposit the app had reported as saved is there.
 */
class CrashTest {
    private static final int ROUNDS = 6;

    @Test
    void killingThePhoneWhileItSavesLosesNothingItCalledSavedAndHalfWritesNothing(@TempDir Path dir) throws Exception {
        Random random = new Random(42);
        Set<String> acknowledged = new HashSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            Process phone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SavingLoop.class.getName(), dir.toString())
                    .redirectErrorStream(true).start();
            int killAfter = 5 + random.nextInt(60);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(phone.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                int saved = 0;
                while ((line = readLine(out)) != null) {
                    if (line.startsWith("saved ")) {
                        acknowledged.add(line.substring(6).strip());
                        if (++saved == killAfter) {
                            Thread.sleep(random.nextInt(5));
                            phone.destroyForcibly();
                        }
                    }
                }
            }
            phone.waitFor();
            assertTrue(phone.exitValue() != 0, "the phone was killed, not finished");
            checkStore(dir.resolve(ClientContext.DATABASE_FILE), acknowledged);
        }
        assertTrue(acknowledged.size() >= ROUNDS * 5);
    }

    /** The next line, or null once the killed process's pipe is gone. */
    private static String readLine(BufferedReader out) {
        try {
            return out.readLine();
        } catch (java.io.IOException closedByKill) {
            return null;
        }
    }

    private static void checkStore(Path file, Set<String> acknowledged) throws Exception {
        try (ClientStore store = ClientStore.open(file)) {
            assertEquals("ok", store.integrityCheck());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            assertEquals(0, count(st, "SELECT COUNT(*) FROM entry e WHERE e.kind = 1"
                    + " AND (SELECT COUNT(*) FROM deposit_line l WHERE l.entry_id = e.id) <> 3"), "entries without all lines");
            assertEquals(0, count(st, "SELECT COUNT(*) FROM entry e WHERE NOT EXISTS"
                    + " (SELECT 1 FROM outbox o WHERE o.entity_id = e.id)"), "entries without their op");
            assertEquals(0, count(st, "SELECT COUNT(*) FROM outbox o WHERE o.type = 'deposit.record' AND NOT EXISTS"
                    + " (SELECT 1 FROM entry e WHERE e.id = o.entity_id)"), "ops without their entry");
            assertEquals(0, count(st, "SELECT COUNT(*) FROM deposit_line l WHERE NOT EXISTS"
                    + " (SELECT 1 FROM entry e WHERE e.id = l.entry_id)"), "lines without their entry");
            List<String> stored = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT id FROM entry")) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
            assertTrue(stored.containsAll(acknowledged), "every deposit reported saved is stored");
        }
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
