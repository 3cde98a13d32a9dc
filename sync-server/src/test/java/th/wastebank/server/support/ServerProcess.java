package th.wastebank.server.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import th.wastebank.server.Application;
import th.wastebank.server.db.EmbeddedMariaDb;

/**
 * The sync server started as a separate operating-system process (the way it runs in production),
 * pointed at a given database. Used to prove that several nodes can share one database.
 */
public final class ServerProcess implements AutoCloseable {
    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** A server on a schema of the shared test database ({@link TestDatabase}), signed in as its account. */
    public static ServerProcess start(String jdbcUrl, String adminToken, Path log, String... jvmArgs)
            throws IOException, InterruptedException {
        return start(TestDatabase.server(), jdbcUrl, adminToken, log, jvmArgs);
    }

    /** A server on a schema of {@code db} (a benchmark's or a test's own embedded MariaDB). */
    public static ServerProcess start(EmbeddedMariaDb db, String jdbcUrl, String adminToken, Path log,
                                      String... jvmArgs) throws IOException, InterruptedException {
        return start(jdbcUrl, db.username(), db.password(), adminToken, log, Map.of(), jvmArgs);
    }

    /**
     * A server on any database (a Galera cluster's URL of several hosts), signed in as
     * {@code username}, with {@code extraEnv} added to its environment.
     */
    public static ServerProcess start(String jdbcUrl, String username, String password, String adminToken, Path log,
                                      Map<String, String> extraEnv, String... jvmArgs)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java());
        if (Boolean.getBoolean("wb.test.quickJit")) {
            // the client compiler only, in the test suite (surefire sets the property): a test's server
            // lives seconds, and the optimising compiler's work at start-up doubled the processor time
            // until it answered (12 s against 6 s on 2 cores). Benchmarks measure the server as it runs.
            command.add("-XX:TieredStopAtLevel=1");
        }
        command.addAll(List.of(jvmArgs));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Application.class.getName());
        return launch(command, jdbcUrl, username, password, adminToken, log, extraEnv);
    }

    /**
     * The packaged server ({@code java -jar wastebank-server.jar}, as deploy/ runs it) on a schema of
     * {@code db}, with the same environment as {@link #start}.
     */
    public static ServerProcess startJar(Path jar, EmbeddedMariaDb db, String jdbcUrl, String adminToken, Path log)
            throws IOException, InterruptedException {
        return launch(new ArrayList<>(List.of(java(), "-jar", jar.toString())), jdbcUrl, db.username(), db.password(),
                adminToken, log, Map.of());
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static ServerProcess launch(List<String> command, String jdbcUrl, String username, String password,
                                        String adminToken, Path log, Map<String, String> extraEnv)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("DATASOURCES_DEFAULT_URL", jdbcUrl);
        env.put("DATASOURCES_DEFAULT_USERNAME", username);
        env.put("DATASOURCES_DEFAULT_PASSWORD", password);
        env.put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        env.put("WB_ADMIN_TOKEN", adminToken);
        env.put("WB_DATA_DIR", log.getParent().resolve("node-" + port).toString());
        env.putAll(extraEnv);
        ServerProcess server = new ServerProcess(pb.start(), port);
        server.awaitHealthy(Duration.ofSeconds(90), log.toFile());
        return server;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    private void awaitHealthy(Duration timeout, File log) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("the server process exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url() + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        close();
        throw new IOException("the server did not become healthy in " + timeout + "; see " + log);
    }

    /** Ends the server with SIGKILL, as a power cut or the OOM killer would: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /**
     * Asks the server to stop with SIGTERM, as Ctrl-C or a service manager does, and answers its
     * exit code (the process is killed if it has not ended after 30 s).
     */
    public int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
