package th.wastebank.server.support;

import java.util.HashMap;
import java.util.Map;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the tests that run the real server (real HTTP on a random port) against the shared
 * embedded MariaDB. Subclasses are annotated {@link SharedServer} (a server kept for every class
 * of the test JVM that asks for the same properties) or, when they need a server of their own,
 * {@code @MicronautTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServerTestBase implements TestPropertyProvider {
    public static final String ADMIN_TOKEN = "test-admin-token";

    @Inject
    protected EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "datasources.default.url", TestDatabase.url(),
                "datasources.default.username", TestDatabase.username(),
                "datasources.default.password", TestDatabase.password(),
                "wb.admin-token", ADMIN_TOKEN,
                "micronaut.server.port", "-1");
    }

    /**
     * {@code properties} with the test's own loopback as a trusted reverse proxy: a request's
     * {@code X-Forwarded-For} then stands for the client it names.
     */
    public static Map<String, String> trustingLoopback(Map<String, String> properties) {
        Map<String, String> p = new HashMap<>(properties);
        p.put("wb.trusted-proxies", "127.0.0.1, ::1");
        return p;
    }

    protected Api api() {
        return new Api(server.getURI().toString(), ADMIN_TOKEN);
    }
}
