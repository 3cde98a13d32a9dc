package th.wastebank.server.db;

import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import th.wastebank.id.Uuid7;
import th.wastebank.server.support.TestDatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The query helper of the reads off the push path binds parameters as the schema stores them,
 * answers "no row" as an empty Optional and turns a failed read into one unchecked exception that
 * still carries the driver's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadsTest {
    private HikariDataSource pool;
    private Reads reads;

    @BeforeAll
    void pool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(TestDatabase.url());
        config.setUsername(TestDatabase.username());
        config.setPassword(TestDatabase.password());
        config.setMaximumPoolSize(1);
        pool = new HikariDataSource(config);
        reads = new Reads(pool);
    }

    @AfterAll
    void close() {
        pool.close();
    }

    @Test
    void aUuidIsBoundAsItsSixteenBytesAndAnInstantAsItsUtcTime() {
        UUID id = UUID.fromString("0190f0a0-1b2c-7d3e-8f40-5a6b7c8d9e0f");
        Instant at = Instant.parse("2026-11-05T17:30:00.125Z");
        List<String> row = reads.one("SELECT HEX(?), DATE_FORMAT(?, '%Y-%m-%d %H:%i:%s.%f')",
                rs -> List.of(rs.getString(1), rs.getString(2)), id, at).orElseThrow();
        assertEquals(HexFormat.of().withUpperCase().formatHex(Uuid7.toBytes(id)), row.get(0));
        assertEquals("2026-11-05 17:30:00.125000", row.get(1));
    }

    @Test
    void noRowIsAnEmptyOptionalAndEveryRowComesInOrder() {
        assertTrue(reads.one("SELECT 1 FROM DUAL WHERE ? = 0", rs -> rs.getInt(1), 1).isEmpty());
        assertEquals(List.of(1, 2, 3), reads.list("SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3", rs -> rs.getInt(1)));
    }

    @Test
    void aFailedReadIsAnIllegalStateExceptionCarryingTheDriversException() {
        IllegalStateException failed = assertThrows(IllegalStateException.class,
                () -> reads.list("SELECT no_such_column FROM DUAL", rs -> rs.getInt(1)));
        assertInstanceOf(SQLException.class, failed.getCause());
        assertInstanceOf(SQLSyntaxErrorException.class, failed.getCause());
    }
}
