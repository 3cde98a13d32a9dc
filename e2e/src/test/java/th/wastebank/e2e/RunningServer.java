package th.wastebank.e2e;

import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import th.wastebank.server.support.Api;

/** The real sync server, started in this JVM on a random port, against a given database. */
final class RunningServer implements AutoCloseable {
    static final String ADMIN_TOKEN = "e2e-admin-token";
    private final EmbeddedServer server;

    private RunningServer(EmbeddedServer server) {
        this.server = server;
    }

    static RunningServer start(String jdbcUrl) {
        return new RunningServer(ApplicationContext.run(EmbeddedServer.class, Map.of(
                "datasources.default.url", jdbcUrl,
                "datasources.default.username", "root",
                "datasources.default.password", "",
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

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
