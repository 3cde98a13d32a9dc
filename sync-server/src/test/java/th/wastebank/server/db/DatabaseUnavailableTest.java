package th.wastebank.server.db;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseUnavailableTest {
    @Test
    void thePoolTimingOutIsUnavailableHoweverDeeplyWrapped() {
        SQLTransientConnectionException timedOut = new SQLTransientConnectionException("HikariPool-1 - Connection is"
                + " not available, request timed out after 5000ms");
        assertTrue(DatabaseUnavailable.isCause(new IllegalStateException("device lookup failed",
                new RuntimeException(timedOut))));
    }

    @Test
    void aLinkLostInsideABatchIsUnavailableThoughOnlyTheRollbackSaysSo() {
        IllegalStateException failure = new IllegalStateException(
                new SQLException("No operations allowed after statement closed.", "S1009"));
        failure.getCause().addSuppressed(new SQLException("No operations allowed after connection closed.", "08003"));
        assertTrue(DatabaseUnavailable.isCause(failure));
    }

    @Test
    void aServerShuttingDownIsUnavailable() {
        assertTrue(DatabaseUnavailable.isCause(new SQLException("Server shutdown in progress", "70100", 1053)));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(DatabaseUnavailable.isCause(new IllegalStateException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))));
        assertFalse(DatabaseUnavailable.isCause(new IllegalStateException(new SQLException("Data too long", "22001", 1406))));
        assertFalse(DatabaseUnavailable.isCause(new IllegalStateException("no cause at all")));
    }
}
