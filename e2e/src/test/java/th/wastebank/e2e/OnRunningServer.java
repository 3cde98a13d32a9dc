package th.wastebank.e2e;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import th.wastebank.client.app.ClientContext;
import th.wastebank.server.support.TestDatabase;

/**
 * One real server per test class on the shared test database, and phones on the real clock (each
 * in a directory of its own) to pair with it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OnRunningServer {
    protected RunningServer server;

    @BeforeAll
    void startServer() {
        server = RunningServer.start(TestDatabase.url());
    }

    @AfterAll
    void stopServer() {
        server.close();
    }

    /** A phone's app on the real clock, keeping its sent ops an hour; not paired yet. */
    protected static ClientContext phone(Path dir) {
        return new ClientContext(dir, Clock.systemUTC(), Duration.ofHours(1));
    }
}
