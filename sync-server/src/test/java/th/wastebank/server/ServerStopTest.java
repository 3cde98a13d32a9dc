package th.wastebank.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import th.wastebank.server.support.ServerProcess;
import th.wastebank.server.support.TestDatabase;

/**
 * Ctrl-C or SIGTERM is the normal way to stop the server: it ends with exit code 0 (so
 * {@code mvn -Pserver verify} does not call it a BUILD FAILURE), says so in Thai and English, and its
 * log has no complaint about a missing logging provider.
 */
class ServerStopTest {
    @Test
    void sigtermStopsTheServerWithExitCodeZeroAndTheStopLineAndNoLoggingProviderWarnings() throws Exception {
        Path logs = Path.of(System.getProperty("wb.test.data.dir", "target/test-data"), "server-stop");
        Files.createDirectories(logs);
        Path log = logs.resolve("server.log");
        ServerProcess server = ServerProcess.start(TestDatabase.freshSchemaUrl("wastebank_server_stop"), "stop-admin", log);

        int exit = server.terminate();

        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, exit, output);
        assertTrue(output.contains(Application.STOPPED_LINE), output);
        assertTrue(output.strip().endsWith(Application.STOPPED_LINE), "the stop line is the last one: " + output);
        assertFalse(output.contains("Log4j API could not find a logging provider"), output);
        assertFalse(output.contains("SLF4J"), output);
        assertFalse(output.contains("Exception"), output);
    }
}
