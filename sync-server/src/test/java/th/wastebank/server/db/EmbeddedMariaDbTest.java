package th.wastebank.server.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedMariaDbTest {
    @Test
    void aDataDirectoryUnderTheTempDirectoryIsRefusedBecauseMariaDb4jWouldEmptyIt() {
        Path underTmp = Path.of(System.getProperty("java.io.tmpdir"), "wastebank", "mariadb");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EmbeddedMariaDb.requireOutsideTempDir(underTmp));
        assertTrue(e.getMessage().contains("WB_DATA_DIR"), e.getMessage());
    }

    @Test
    void theSocketLiesBesideTheDataUnlessItsPathIsTooLongForASocket() throws Exception {
        Path shallow = Path.of("/var/lib/wastebank/mariadb");
        assertEquals(shallow.resolve("mysqld.sock"), EmbeddedMariaDb.socketPath(shallow));

        // mariadbd refuses a socket path over 107 bytes ("The socket file path is too long"): a CI
        // runner's checkout under /tmp/tmp.XXXX/fresh/... made the restore's database wait 120 s
        Path deep = Path.of("/srv", "x".repeat(60), "fresh", "sync-server", "target", "test-data", "mariadb");
        Path socket = EmbeddedMariaDb.socketPath(deep);
        assertTrue(socket.toString().length() <= 100, socket.toString());
        assertEquals(socket, EmbeddedMariaDb.socketPath(deep), "the same directory every start");
        Path dir = socket.getParent();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
            IOException open = assertThrows(IOException.class, () -> EmbeddedMariaDb.socketPath(deep));
            assertTrue(open.getMessage().contains("owner-only"), open.getMessage());
        } finally {
            Files.delete(dir);
        }
    }

    @Test
    void aDataDirectoryElsewhereIsAccepted() {
        assertDoesNotThrow(() -> EmbeddedMariaDb.requireOutsideTempDir(
                Path.of(System.getProperty("user.home"), "wastebank-data", "mariadb")));
    }
}
