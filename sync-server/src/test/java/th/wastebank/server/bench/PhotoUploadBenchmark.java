package th.wastebank.server.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.tus.java.client.ProtocolException;
import io.tus.java.client.TusClient;
import io.tus.java.client.TusURLMemoryStore;
import io.tus.java.client.TusUpload;
import io.tus.java.client.TusUploader;

import th.wastebank.server.db.EmbeddedMariaDb;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Pictures;
import th.wastebank.server.support.ServerProcess;
import th.wastebank.server.support.TestDatabase;
import th.wastebank.server.support.ThrottledLink;

/**
 * Photo uploads over a slow link that breaks, ours against the reference tus server. Run with
 * {@code mvn -Pphoto-bench -pl sync-server -am verify}; it prints its figures.
 *
 * <p>The same 2 MiB JPEG goes up with the unmodified tus-java-client ({@value #CHUNK_KIB} KiB
 * chunks, {@value #REQUEST_KIB} KiB per request) through a {@link ThrottledLink} of 50,000 bytes a
 * second client-to-server ({@code -Dbench.rate} changes it), once whole and once with the link reset at three points spread over
 * the upload; after each failure the client does what the app does (HEAD for the offset, go on).
 * Both runs go to our server (a separate process on the embedded MariaDB) and to
 * {@code @tus/server} with {@code @tus/file-store} (src/test/node, installed with npm into the
 * build directory), both warmed up and running, one upload at a time: whole ours, whole theirs,
 * cut ours, cut theirs. It reports each upload's time and goodput, the interrupted/whole goodput
 * ratio, and the body bytes re-sent per cut.
 *
 * <p>Re-sent bytes are counted by the link, as request-body bytes it forwarded to the server
 * minus the file's size: that is what crossed the slow link more than once. The client's own
 * count of bytes written would be wrong both ways: it includes bytes still in its socket buffers
 * when the link was reset (they never crossed it) and misses a chunk whose write failed.
 *
 * <p>@tus/server 2.x does not honour {@code X-HTTP-Method-Override}, which tus-java-client must
 * use (HttpURLConnection cannot send PATCH): it takes such a POST for a new upload and answers
 * 400. So the link sends {@code POST} + {@code X-HTTP-Method-Override: PATCH} on as {@code PATCH}
 * to both servers alike; our server accepts either.
 */
public final class PhotoUploadBenchmark {
    static final int CHUNK_KIB = 64;
    static final int REQUEST_KIB = 256;
    private static final int CHUNK = CHUNK_KIB * 1024;
    private static final int REQUEST = REQUEST_KIB * 1024;
    private static final double[] CUTS_AT = {0.27, 0.53, 0.79};
    private static final int WIDTH = 2160;
    private static final int HEIGHT = 1620;
    private static final long MIN_SIZE = 2L * 1024 * 1024;
    private static final int MAX_FAILURES = 12;
    private static final String ADMIN = "photo-bench-admin";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private PhotoUploadBenchmark() {
    }

    /** One upload: how long it took and what crossed the link. */
    record Run(double seconds, long bodyBytes, long linkBytes, int cuts, List<String> failures, URL uploadUrl) {
        double goodputKBps(long size) {
            return size / 1000.0 / seconds;
        }
    }

    /** A server's whole and interrupted uploads. */
    record Result(String name, Run whole, Run cut) {
    }

    /** One of the servers under test: where to create uploads, with which headers, and how to check one arrived. */
    interface Target {
        String name();

        String origin();

        String creationPath();

        /** Headers for the next upload (ours: a new org's phone token; theirs: the same headers as ours sent). */
        Map<String, String> headersForNextUpload() throws Exception;

        void verify(Run run, Map<String, String> headers, byte[] photo) throws Exception;
    }

    /** This run's own embedded MariaDB (its application account signs every connection in). */
    private static EmbeddedMariaDb db;

    public static void main(String[] args) throws Exception {
        long rate = Long.parseLong(System.getProperty("bench.rate", "50000"));
        Path root = Path.of(System.getProperty("bench.dir", "target/photo-bench")).toAbsolutePath();
        Path nodeSource = Path.of(System.getProperty("bench.nodeSource", "src/test/node")).toAbsolutePath();
        Files.createDirectories(root);
        clean(root);

        byte[] photo = Pictures.noise("jpg", WIDTH, HEIGHT, 42);
        if (photo.length < MIN_SIZE) {
            throw new IllegalStateException("the JPEG is " + photo.length + " bytes, less than 2 MiB");
        }
        byte[] warmPhoto = Pictures.noise("jpg", WIDTH, HEIGHT, 7);
        Path file = Pictures.write(root, "photo.jpg", photo);
        Path warmFile = Pictures.write(root, "warm-up.jpg", warmPhoto);
        String sha256 = Pictures.sha256(photo);
        long[] cuts = Arrays.stream(CUTS_AT).mapToLong(f -> Math.round(f * photo.length)).toArray();

        Path install = root.resolve("tus-reference");
        String versions = installReference(nodeSource, install, root.resolve("npm-install.log"));

        List<Result> results;
        db = EmbeddedMariaDb.start(root.resolve("mariadb"), 0, 256);
        try {
            String url = freshSchema(db, "wastebank_photo_bench");
            try (ServerProcess server = ServerProcess.start(db, url, ADMIN, root.resolve("server.log"), "-Xmx512m")) {
                Ours ours = new Ours(server.url(), url);
                try (Reference theirs = Reference.start(install, root.resolve("reference-files"),
                        root.resolve("tus-reference.log"), versions, ours.headersForNextUpload())) {
                    List<Target> targets = List.of(ours, theirs);
                    for (Target t : targets) {
                        warmUp(t, warmFile, warmPhoto);
                    }
                    results = measure(targets, rate, file, photo, sha256, cuts);
                }
            }
        } finally {
            db.stop();
        }
        print(results, photo, sha256, rate, cuts, versions);
    }

    /** Our server, one fresh org and paired phone per upload (so no upload finds its photo already kept). */
    private static final class Ours implements Target {
        private final String origin;
        private final String jdbcUrl;
        private final Api api;
        private int orgs;

        Ours(String origin, String jdbcUrl) {
            this.origin = origin;
            this.jdbcUrl = jdbcUrl;
            this.api = new Api(origin, ADMIN);
        }

        @Override
        public String name() {
            return "ours (sync-server)";
        }

        @Override
        public String origin() {
            return origin;
        }

        @Override
        public String creationPath() {
            return "/api/v1/uploads";
        }

        @Override
        public Map<String, String> headersForNextUpload() throws Exception {
            String code = "PHOTO-" + (++orgs);
            createOrg(jdbcUrl, code);
            return Map.of("Authorization", "Bearer " + api.pair(code).token());
        }

        @Override
        public void verify(Run run, Map<String, String> headers, byte[] photo) throws Exception {
            HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(origin + "/api/v1/photos/"
                    + Pictures.sha256(photo))).header("Authorization", headers.get("Authorization")).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200 || !Arrays.equals(r.body(), photo)) {
                throw new IllegalStateException("our server does not give the photo back: " + r.statusCode()
                        + ", " + r.body().length + " bytes");
            }
        }
    }

    /** {@code @tus/server} with {@code @tus/file-store}, as a node child process. */
    private static final class Reference implements Target, AutoCloseable {
        private final Process process;
        private final String origin;
        private final Path files;
        private final String name;
        private final Map<String, String> headers;

        private Reference(Process process, String origin, Path files, String name, Map<String, String> headers) {
            this.process = process;
            this.origin = origin;
            this.files = files;
            this.name = name;
            this.headers = headers;
        }

        /** Starts it on a free port, keeping uploads in {@code files}; every upload gets {@code headers}. */
        static Reference start(Path install, Path files, Path log, String versions, Map<String, String> headers)
                throws Exception {
            Files.createDirectories(files);
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Process p = new ProcessBuilder("node", install.resolve("tus-reference-server.mjs").toString(),
                    Integer.toString(port), files.toString()).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            Reference ref = new Reference(p, "http://127.0.0.1:" + port, files, versions, headers);
            Instant deadline = Instant.now().plusSeconds(30);
            while (true) {
                if (!p.isAlive()) {
                    throw new IOException("the reference server exited with " + p.exitValue() + "; see " + log);
                }
                try {
                    HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(ref.origin + "/files"))
                            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 204) {
                        return ref;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                if (Instant.now().isAfter(deadline)) {
                    ref.close();
                    throw new IOException("the reference server did not answer in 30 s; see " + log);
                }
                Thread.sleep(200);
            }
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String origin() {
            return origin;
        }

        @Override
        public String creationPath() {
            return "/files";
        }

        @Override
        public Map<String, String> headersForNextUpload() {
            return headers;
        }

        @Override
        public void verify(Run run, Map<String, String> headers, byte[] photo) throws Exception {
            String path = run.uploadUrl().getPath();
            Path stored = files.resolve(path.substring(path.lastIndexOf('/') + 1));
            byte[] kept = Files.readAllBytes(stored);
            if (!Arrays.equals(kept, photo)) {
                throw new IllegalStateException("the reference server kept " + kept.length + " bytes in " + stored
                        + " with SHA-256 " + Pictures.sha256(kept) + ", not the photo");
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Copies the node script and its pinned package files into the build directory and installs them there. */
    private static String installReference(Path source, Path install, Path log) throws Exception {
        Files.createDirectories(install);
        for (String f : List.of("package.json", "package-lock.json", "tus-reference-server.mjs")) {
            Files.copy(source.resolve(f), install.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        Process npm;
        try {
            npm = new ProcessBuilder("npm", "install", "--prefix", install.toString(), "--no-audit", "--no-fund")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("the reference server needs Node.js (20.19 or later) and npm", e);
        }
        if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
            npm.destroyForcibly();
            throw new IllegalStateException("npm install of the reference server failed; see " + log);
        }
        return "@tus/server " + installedVersion(install, "server") + " + @tus/file-store "
                + installedVersion(install, "file-store");
    }

    private static String installedVersion(Path install, String module) throws IOException {
        Path pkg = install.resolve("node_modules/@tus/" + module + "/package.json");
        return (String) Api.parse(Files.readString(pkg)).get("version");
    }

    /** An upload of another photo of the same size over an unthrottled link, so neither side is measured cold. */
    private static void warmUp(Target target, Path file, byte[] photo) throws Exception {
        URI origin = URI.create(target.origin());
        Map<String, String> headers = target.headersForNextUpload();
        try (ThrottledLink fast = new ThrottledLink(origin.getHost(), origin.getPort(), 1_000_000_000L, true)) {
            Run run = upload(fast.url() + target.creationPath(), headers, file, Pictures.sha256(photo), null,
                    new long[0]);
            target.verify(run, headers, photo);
        }
    }

    /**
     * Every target's whole upload, then every target's cut one, each over a link of its own, so a
     * change in the machine's load during the run weighs on both servers alike.
     */
    private static List<Result> measure(List<Target> targets, long rate, Path file, byte[] photo, String sha256,
                                        long[] cuts) throws Exception {
        List<Run> whole = new ArrayList<>();
        for (Target t : targets) {
            whole.add(measured(t, rate, file, photo, sha256, new long[0]));
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            Run cut = measured(t, rate, file, photo, sha256, cuts);
            if (cut.cuts() != cuts.length) {
                throw new IllegalStateException(t.name() + ": the link made " + cut.cuts() + " cuts, not " + cuts.length);
            }
            results.add(new Result(t.name(), whole.get(i), cut));
        }
        return results;
    }

    private static Run measured(Target target, long rate, Path file, byte[] photo, String sha256, long[] cuts)
            throws Exception {
        URI origin = URI.create(target.origin());
        try (ThrottledLink link = new ThrottledLink(origin.getHost(), origin.getPort(), rate, true)) {
            Map<String, String> headers = target.headersForNextUpload();
            Run run = upload(link.url() + target.creationPath(), headers, file, sha256, link, cuts);
            target.verify(run, headers, photo);
            return run;
        }
    }

    /**
     * One upload the way the app does it: create (or resume), send every chunk; after any failure
     * (a reset link, or a 409/423 for a request that raced the broken one) HEAD for the offset and
     * go on, with no pause.
     */
    private static Run upload(String creationUrl, Map<String, String> headers, Path file, String sha256,
                              ThrottledLink link, long[] cuts) throws Exception {
        TusClient client = new TusClient();
        client.setUploadCreationURL(new URL(creationUrl));
        client.setHeaders(headers);
        client.enableResuming(new TusURLMemoryStore());
        TusUpload upload = new TusUpload(file.toFile());
        upload.setMetadata(Map.of("filename", file.getFileName().toString(), "sha256", sha256));
        if (link != null) {
            link.resetCounters();
            link.cutAtBodyBytes(cuts);
        }
        List<String> failures = new ArrayList<>();
        long t0 = System.nanoTime();
        while (true) {
            try {
                TusUploader uploader = client.resumeOrCreateUpload(upload);
                uploader.setChunkSize(CHUNK);
                uploader.setRequestPayloadSize(REQUEST);
                while (uploader.uploadChunk() > -1) {
                    // keep sending
                }
                uploader.finish();
                double seconds = (System.nanoTime() - t0) / 1e9;
                return link == null
                        ? new Run(seconds, 0, 0, 0, failures, uploader.getUploadURL())
                        : new Run(seconds, link.upstreamBodyBytes(), link.upstreamBytes(), link.cutsMade(), failures,
                                uploader.getUploadURL());
            } catch (IOException | ProtocolException e) {
                failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                if (failures.size() > MAX_FAILURES || link == null) {
                    throw new IllegalStateException("upload to " + creationUrl + " gave up after " + failures, e);
                }
            }
        }
    }

    private static void print(List<Result> results, byte[] photo, String sha256, long rate, long[] cuts,
                              String versions) {
        long size = photo.length;
        System.out.println();
        System.out.println("== Photo upload benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ") ==");
        System.out.printf("photo   : %,d-byte JPEG (%d x %d noise), SHA-256 %s...%n", size, WIDTH, HEIGHT,
                sha256.substring(0, 12));
        System.out.printf("client  : tus-java-client 0.5.1, unmodified: %d KiB chunks, %d KiB per request; after a"
                + " failure HEAD and go on, no pause%n", CHUNK_KIB, REQUEST_KIB);
        System.out.printf("link    : loopback proxy, client->server %,d bytes/s in %d-byte slices, server->client"
                + " free; POST + X-HTTP-Method-Override: PATCH sent on as PATCH to both servers%n", rate,
                ThrottledLink.SLICE);
        System.out.printf("cuts    : connection reset at request-body bytes %s on the link (%s of the file)%n",
                Arrays.stream(cuts).mapToObj(c -> String.format("%,d", c)).toList(),
                Arrays.stream(CUTS_AT).mapToObj(f -> Math.round(f * 100) + " %").toList());
        System.out.printf("theirs  : %s on Node.js %s%n", versions, nodeVersion());
        System.out.println();
        System.out.printf("%-42s %9s %11s %9s %11s %7s %14s %14s%n", "server", "whole", "goodput", "3 cuts",
                "goodput", "ratio", "re-sent/cut", "link extra/cut");
        for (Result r : results) {
            double ratio = r.cut().goodputKBps(size) / r.whole().goodputKBps(size);
            System.out.printf("%-42s %7.1f s %6.1f KB/s %7.1f s %6.1f KB/s %7.2f %,12d B %,12d B%n", r.name(),
                    r.whole().seconds(), r.whole().goodputKBps(size), r.cut().seconds(), r.cut().goodputKBps(size),
                    ratio, (r.cut().bodyBytes() - size) / cuts.length,
                    (r.cut().linkBytes() - r.whole().linkBytes()) / cuts.length);
        }
        if (results.size() == 2) {
            Result ours = results.get(0);
            Result theirs = results.get(1);
            System.out.printf("%-42s %21.3f %21.3f%n", "ours / theirs (goodput)",
                    ours.whole().goodputKBps(size) / theirs.whole().goodputKBps(size),
                    ours.cut().goodputKBps(size) / theirs.cut().goodputKBps(size));
        }
        System.out.printf("targets : ratio >= 0.90; re-sent <= %,d B (one chunk) per cut; ours at least as fast as"
                + " theirs%n", CHUNK);
        System.out.println("re-sent/cut  = (request-body bytes the link forwarded - file size) / cuts");
        System.out.println("link extra/cut = (all client->server bytes, cut upload - whole upload) / cuts: re-sent"
                + " bodies plus the extra HEAD and PATCH heads");
        System.out.println("link idle = upload time - client->server bytes / rate: the time the link waited on"
                + " the client or the server (new connections, answers, the last request's checks)");
        for (Result r : results) {
            System.out.printf("%s: link idle %.2f s whole, %.2f s cut; whole upload %d failures; cut upload %d"
                    + " failures: %s%n", r.name(), r.whole().seconds() - (double) r.whole().linkBytes() / rate,
                    r.cut().seconds() - (double) r.cut().linkBytes() / rate, r.whole().failures().size(),
                    r.cut().failures().size(), r.cut().failures());
        }
        System.out.println("every upload checked: the server gives back (ours) or keeps (theirs) the photo's exact"
                + " bytes");
    }

    private static String nodeVersion() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            try (InputStream in = p.getInputStream()) {
                return new String(in.readAllBytes()).strip();
            }
        } catch (IOException e) {
            return "(unknown)";
        }
    }

    /** Removes what an earlier run left (the server's photo directories, the reference server's files). */
    private static void clean(Path root) throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            for (Path p : entries.filter(p -> p.getFileName().toString().startsWith("node-")
                    || p.getFileName().toString().equals("reference-files")).toList()) {
                try (Stream<Path> tree = Files.walk(p)) {
                    for (Path q : tree.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(q);
                    }
                }
            }
        }
    }

    private static String freshSchema(EmbeddedMariaDb db, String schema) throws Exception {
        TestDatabase.recreate(db, schema);
        return db.jdbcUrl(schema);
    }

    private static void createOrg(String url, String code) throws Exception {
        try (Connection c = DriverManager.getConnection(url, db.username(), db.password());
             Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO org (code, name_th, kind, sub_district_code, district_code, province_code,"
                    + " demo, created_at) VALUES ('" + code + "', 'อบต.ทดสอบส่งรูป', 'SAO', '360903', '3609', '36',"
                    + " FALSE, UTC_TIMESTAMP(3))");
            st.executeUpdate("INSERT IGNORE INTO sync_state (org_id) SELECT id FROM org");
        }
    }
}
