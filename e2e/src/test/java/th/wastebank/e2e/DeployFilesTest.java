package th.wastebank.e2e;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import th.wastebank.server.support.TestDatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The files of deploy/ are what the machines accept: Debian's nginx runs the HTTPS example (a
 * self-signed certificate in its place) in front of a real server that trusts it, and systemd accepts
 * the unit. Skipped where nginx or systemd-analyze is not installed.
 */
class DeployFilesTest {
    private static final Path DEPLOY = Path.of(System.getProperty("wb.deploy.dir", "../deploy")).toAbsolutePath();

    @Test
    void theNginxExampleProxiesHttpsToAServerThatBelievesIt() throws Exception {
        assumeTrue(runs("nginx", "-v"), "nginx is not installed (apt-get install nginx)");
        assumeTrue(runs("openssl", "version"), "openssl is not installed");
        Path dir = Files.createDirectories(Path.of("target", "nginx").toAbsolutePath());
        exec(dir, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=wastebank.example.go.th", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", "key.pem", "-out", "cert.pem");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "datasources.default.url", TestDatabase.url(),
                "datasources.default.username", TestDatabase.username(),
                "datasources.default.password", TestDatabase.password(),
                "wb.trusted-proxies", "127.0.0.1, ::1",
                "micronaut.server.port", -1))) {
            int http = freePort();
            int https = freePort();
            String site = Files.readString(DEPLOY.resolve("nginx/wastebank.conf"))
                    .replace("/etc/ssl/certs/wastebank.pem", dir.resolve("cert.pem").toString())
                    .replace("/etc/ssl/private/wastebank.key", dir.resolve("key.pem").toString())
                    .replace("listen 80;", "listen 127.0.0.1:" + http + ";")
                    .replace("listen 443 ssl;", "listen 127.0.0.1:" + https + " ssl;")
                    .replace("listen [::]:80;", "").replace("listen [::]:443 ssl;", "")
                    .replace("http://127.0.0.1:8080", "http://127.0.0.1:" + server.getPort());
            Files.writeString(dir.resolve("site.conf"), site);
            Files.writeString(dir.resolve("nginx.conf"), """
                    user root;
                    pid %1$s/nginx.pid;
                    error_log %1$s/error.log;
                    events {}
                    http {
                        access_log off;
                        client_body_temp_path %1$s/body;
                        proxy_temp_path %1$s/proxy;
                        fastcgi_temp_path %1$s/fastcgi;
                        uwsgi_temp_path %1$s/uwsgi;
                        scgi_temp_path %1$s/scgi;
                        include %1$s/site.conf;
                    }
                    """.formatted(dir));
            String test = exec(dir, "nginx", "-t", "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                    "-e", dir.resolve("error.log").toString());
            assertTrue(test.contains("test is successful"), test);

            Process nginx = new ProcessBuilder("nginx", "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                    "-e", dir.resolve("error.log").toString(), "-g", "daemon off;")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
            try {
                awaitPort(https, nginx);
                HttpClient client = HttpClient.newBuilder().sslContext(trusting(dir.resolve("cert.pem")))
                        .version(HttpClient.Version.HTTP_1_1).build();
                String base = "https://127.0.0.1:" + https;

                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, health.statusCode(), health.body());

                HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, login.statusCode());
                List<String> cookies = login.headers().allValues("Set-Cookie");
                assertTrue(!cookies.isEmpty() && cookies.stream().allMatch(c -> c.contains("Secure")),
                        "X-Forwarded-Proto: https from the trusted proxy makes the cookie Secure: " + cookies);

                // a photo's 10 MiB passes the proxy and reaches the server, which answers for itself
                HttpResponse<String> upload = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/uploads"))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[10 * 1024 * 1024]))
                        .header("Tus-Resumable", "1.0.0").build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(401, upload.statusCode(), upload.body());
                assertTrue(upload.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                        "the server's answer, not nginx's 413: " + upload.body());

                HttpResponse<String> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + http + "/login")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(301, plain.statusCode(), "plain HTTP is sent to HTTPS");
            } finally {
                nginx.destroy();
                if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                    nginx.destroyForcibly().waitFor();
                }
            }
        }
    }

    @Test
    void systemdAcceptsTheUnit() throws Exception {
        assumeTrue(runs("systemd-analyze", "--version"), "systemd-analyze is not installed");
        Path unit = DEPLOY.resolve("systemd/wastebank-server.service");
        Process verify = new ProcessBuilder("systemd-analyze", "verify", unit.toString()).redirectErrorStream(true).start();
        String out = new String(verify.getInputStream().readAllBytes());
        assertTrue(verify.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, verify.exitValue(), out);
        assertTrue(!out.contains(unit.getFileName().toString()), "no complaint about the unit: " + out);
        String text = Files.readString(unit);
        for (String line : List.of("User=wastebank", "EnvironmentFile=/etc/wastebank/wastebank.env", "KillSignal=SIGTERM",
                "Restart=on-failure", "StateDirectory=wastebank")) {
            assertTrue(text.contains("\n" + line + "\n"), line);
        }
        assertTrue(Files.readString(DEPLOY.resolve("systemd/wastebank.env")).contains("\nWB_DATA_DIR=/var/lib/wastebank\n"));
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException missing) {
            return false;
        }
    }

    private static String exec(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + out);
        return out;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void awaitPort(int port, Process nginx) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            assertTrue(nginx.isAlive(), "nginx ended early");
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("nginx did not listen on " + port);
    }

    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream in = new ByteArrayInputStream(Files.readAllBytes(certificate))) {
            trust.setCertificateEntry("proxy", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }
}
