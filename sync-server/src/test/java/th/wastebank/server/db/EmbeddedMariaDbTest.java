package th.wastebank.server.db;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
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
    void aDataDirectoryElsewhereIsAccepted() {
        assertDoesNotThrow(() -> EmbeddedMariaDb.requireOutsideTempDir(
                Path.of(System.getProperty("user.home"), "wastebank-data", "mariadb")));
    }
}
