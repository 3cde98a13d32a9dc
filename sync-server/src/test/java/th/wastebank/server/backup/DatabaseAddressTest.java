package th.wastebank.server.backup;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Where the dump and the restore connect, read from the server's own JDBC URL. */
class DatabaseAddressTest {
    @Test
    void theFirstOfSeveralFailoverHostsIsDumped() {
        assertEquals(new DatabaseTools.Address("db1.example", 3307, "wastebank", true),
                DatabaseTools.Address.of("jdbc:mysql://db1.example:3307,db2.example:3306/wastebank?sslMode=DISABLED"));
    }

    @Test
    void aUrlWithoutPortOrParametersUsesMariaDbsDefaults() {
        assertEquals(new DatabaseTools.Address("::1", 3306, "wb", false), DatabaseTools.Address.of("jdbc:mariadb://[::1]/wb"));
        assertEquals(new DatabaseTools.Address("10.0.0.5", 3310, "wastebank", false),
                DatabaseTools.Address.of("jdbc:mysql:loadbalance://10.0.0.5:3310/wastebank?useSSL=true"));
    }

    @Test
    void aUrlWithoutASchemaIsRefused() {
        assertThrows(BackupFailed.class, () -> DatabaseTools.Address.of("jdbc:mysql://localhost:3306/"));
        assertThrows(BackupFailed.class, () -> DatabaseTools.Address.of("jdbc:postgresql://localhost/wastebank"));
    }
}
