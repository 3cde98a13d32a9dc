package th.wastebank.e2e;

import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import th.wastebank.server.support.Api;
import th.wastebank.server.support.TestDatabase;

/** The real sync server, started in this JVM on a random port, against a given database. */
final class RunningServer implements AutoCloseable {
    static final String ADMIN_TOKEN = "e2e-admin-token";
    private final EmbeddedServer server;

    private RunningServer(EmbeddedServer server) {
        this.server = server;
    }

    /** On a schema of the shared test database, signed in as its account. */
    static RunningServer start(String jdbcUrl) {
        return start(jdbcUrl, TestDatabase.username(), TestDatabase.password());
    }

    static RunningServer start(String jdbcUrl, String username, String password) {
        return new RunningServer(ApplicationContext.run(EmbeddedServer.class, Map.of(
                "datasources.default.url", jdbcUrl,
                "datasources.default.username", username,
                "datasources.default.password", password,
                "wb.admin-token", ADMIN_TOKEN,
                "micronaut.server.port", -1)));
    }

    String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    int port() {
        return server.getPort();
    }

    Api api() {
        return new Api(url(), ADMIN_TOKEN);
    }

    /** One of the server's beans (a read class, to compare the server's figures with a phone's). */
    <T> T bean(Class<T> type) {
        return server.getApplicationContext().getBean(type);
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
