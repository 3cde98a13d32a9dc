package th.wastebank.server.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;

/**
 * A real three-node MariaDB Galera cluster on loopback ports, made of the machine's own
 * {@code mariadbd}, {@code galera-4} and {@code mariadb-backup} (Debian: {@code apt-get install
 * mariadb-server galera-4 mariadb-backup}). Node 1 is installed and bootstraps the cluster
 * ({@code --wsrep-new-cluster}); nodes 2 and 3 join it and receive its (still empty) data by a
 * mariabackup state transfer. rsync transfers fail when the test runs as root (rsync's daemon drops
 * to nobody); mariabackup signs in to the donor through its unix socket as the operating-system user.
 *
 * <p>Every node has its own SQL port, group-communication port ({@code gmcast.listen_addr}),
 * incremental-transfer port ({@code ist.recv_addr}), state-transfer port, socket and data directory.
 * Failure detection is shortened (a node silent for 2 s is suspected, gone after 3 s) so a test
 * that kills a node sees the cluster carry on in seconds instead of the default 15.
 */
public final class GaleraCluster implements AutoCloseable {
    public static final String PROVIDER = "/usr/lib/galera/libgalera_smm.so";
    public static final String USER = "wastebank";
    private static final int NODES = 3;
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(120);

    private final Path root;
    private final int basePort;
    private final String password;
    private final Process[] nodes = new Process[NODES];
    /** False for {@link #standalone}: one plain MariaDB, for comparing against. */
    private final boolean galera;

    private GaleraCluster(Path root, int basePort, boolean galera) {
        this.root = root;
        this.basePort = basePort;
        this.galera = galera;
        this.password = "wb-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 60), 36);
    }

    /** Why a cluster cannot be formed here, or null when it can (for a JUnit assumption). */
    public static String missing() {
        for (String tool : List.of("/usr/sbin/mariadbd", "/usr/bin/mariadb-install-db", "/usr/bin/mariadb-backup",
                "/usr/bin/wsrep_sst_mariabackup", "/usr/bin/socat", PROVIDER)) {
            if (!Files.isExecutable(Path.of(tool)) && !Files.isRegularFile(Path.of(tool))) {
                return tool + " is not installed (apt-get install mariadb-server galera-4 mariadb-backup socat)";
            }
        }
        return null;
    }

    /** Forms the cluster under {@code root} (emptied first) and waits until all three nodes are synced. */
    public static GaleraCluster start(Path root) throws IOException, InterruptedException {
        GaleraCluster cluster = bootstrap(root);
        cluster.join();
        cluster.awaitJoined();
        return cluster;
    }

    /**
     * Installs node 1 and bootstraps the cluster with it alone; {@link #join()} then lets nodes 2
     * and 3 join. Make the schema in between: a mariabackup state transfer fails if a table is
     * created or altered while it copies ("Unexpected DDL operation detected"), so no migration may
     * run during {@link #join()}; ordinary writes may.
     */
    public static GaleraCluster bootstrap(Path root) throws IOException, InterruptedException {
        return make(root, true);
    }

    /**
     * One plain MariaDB of the same binary and settings, without wsrep (node 1's ports): what a
     * cluster is compared against.
     */
    public static GaleraCluster standalone(Path root) throws IOException, InterruptedException {
        return make(root, false);
    }

    private static GaleraCluster make(Path root, boolean galera) throws IOException, InterruptedException {
        deleteTree(root);
        Files.createDirectories(root);
        GaleraCluster made = new GaleraCluster(root.toAbsolutePath(), freeBasePort(), galera);
        try {
            made.startFirst();
            return made;
        } catch (IOException | InterruptedException | RuntimeException e) {
            made.close();
            throw e;
        }
    }

    /** Installs node 1 and starts it (bootstrapping the cluster), with the application's account. */
    private void startFirst() throws IOException, InterruptedException {
        for (int n = 1; n <= (galera ? NODES : 1); n++) {
            Files.createDirectories(dir(n));
            Files.writeString(cnf(n), config(n), StandardCharsets.UTF_8);
        }
        run(List.of("mariadb-install-db", "--defaults-file=" + cnf(1), "--auth-root-authentication-method=socket"),
                root.resolve("install.log"));
        nodes[0] = launch(1, galera);
        if (galera) {
            awaitSynced(1);
        } else {
            awaitReady(1);
        }
        // the application's account, as an operator makes it; it reaches the joiners with the data
        if (sql(1, "CREATE USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + password + "';"
                + " GRANT ALL ON `wastebank%`.* TO '" + USER + "'@'127.0.0.1'") == null) {
            throw new IOException("could not create the application's account on node 1");
        }
    }

    private void awaitReady(int n) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(JOIN_TIMEOUT);
        while (sql(n, "SELECT 1") == null) {
            if (!nodes[n - 1].isAlive() || Instant.now().isAfter(deadline)) {
                throw new IOException("MariaDB did not start; see " + dir(n).resolve("error.log"));
            }
            Thread.sleep(200);
        }
    }

    /**
     * Starts nodes 2 and 3, which join in the background (their state transfers take most of the
     * time a cluster takes to form); node 1 keeps taking connections meanwhile.
     */
    public void join() throws IOException {
        for (int n = 2; n <= NODES; n++) {
            Files.createDirectories(dir(n).resolve("data"));
            nodes[n - 1] = launch(n, false);
        }
    }

    /** Makes the server's schema on node 1 with its own migrations (between bootstrap and {@link #join()}). */
    public void migrate(String schema) {
        Flyway.configure().dataSource(failoverUrl(schema, 1), USER, password).locations("classpath:db/migration")
                .load().migrate();
    }

    /** Waits until nodes 2 and 3 have received their state and are synced with node 1. */
    public void awaitJoined() throws IOException, InterruptedException {
        for (int n = 2; n <= NODES; n++) {
            awaitSynced(n);
        }
    }

    private String config(int n) {
        int p = sqlPort(n);
        String peers = IntStream.rangeClosed(1, NODES).mapToObj(i -> "127.0.0.1:" + (sqlPort(i) + 1))
                .collect(Collectors.joining(","));
        boolean root = "root".equals(System.getProperty("user.name"));
        return String.join("\n",
                "[mysqld]",
                "datadir=" + dir(n).resolve("data"),
                "socket=" + socket(n),
                "port=" + p,
                "bind-address=127.0.0.1",
                "pid-file=" + dir(n).resolve("mariadbd.pid"),
                "log-error=" + dir(n).resolve("error.log"),
                root ? "user=root" : "",
                "skip-name-resolve",
                "innodb_buffer_pool_size=64M",
                "innodb_log_file_size=16M",
                "max_connections=200",
                "character-set-server=utf8mb4",
                "collation-server=utf8mb4_unicode_ci",
                "binlog_format=ROW",
                "default_storage_engine=InnoDB",
                "innodb_autoinc_lock_mode=2",
                galera ? wsrep(n, p, peers) : "",
                "");
    }

    private String wsrep(int n, int p, String peers) {
        return String.join("\n",
                "wsrep_on=ON",
                "wsrep_provider=" + PROVIDER,
                "wsrep_cluster_name=wastebank-test-" + basePort,
                "wsrep_cluster_address=gcomm://" + peers,
                "wsrep_node_address=127.0.0.1",
                "wsrep_node_name=node" + n,
                "wsrep_provider_options=\"gmcast.listen_addr=tcp://127.0.0.1:" + (p + 1)
                        + ";ist.recv_addr=127.0.0.1:" + (p + 2)
                        + ";evs.suspect_timeout=PT2S;evs.inactive_timeout=PT10S;evs.keepalive_period=PT0.5S"
                        + ";evs.inactive_check_period=PT0.5S;gcache.size=64M\"",
                "wsrep_sst_method=mariabackup",
                "wsrep_sst_auth=" + System.getProperty("user.name") + ":",
                "wsrep_sst_receive_address=127.0.0.1:" + (p + 3));
    }

    private Process launch(int n, boolean bootstrap) throws IOException {
        List<String> command = new ArrayList<>(List.of("/usr/sbin/mariadbd", "--defaults-file=" + cnf(n)));
        if (bootstrap) {
            command.add("--wsrep-new-cluster");
        }
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir(n).resolve("mariadbd.out").toFile())).start();
    }

    private void awaitSynced(int n) throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(JOIN_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!nodes[n - 1].isAlive()) {
                throw new IOException("Galera node " + n + " exited with " + nodes[n - 1].exitValue() + "; see "
                        + dir(n).resolve("error.log"));
            }
            if ("Synced".equals(status(n, "wsrep_local_state_comment"))) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IOException("Galera node " + n + " did not sync in " + JOIN_TIMEOUT + "; see "
                + dir(n).resolve("error.log"));
    }

    /** A status variable of node {@code n}, or null while it cannot answer. */
    public String status(int n, String variable) throws IOException, InterruptedException {
        String out = sql(n, "SHOW STATUS LIKE '" + variable + "'");
        return out == null || out.isBlank() ? null : out.strip().split("\t", 2)[1];
    }

    /**
     * Runs {@code statements} on node {@code n} with the mariadb client, signed in through the
     * node's unix socket as the operating-system user (root's only way in, as mariabackup's);
     * answers what it printed, or null when the node could not answer.
     */
    private String sql(int n, String statements) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mariadb", "--no-defaults", "-N", "-B", "-S", socket(n).toString(),
                "-u", System.getProperty("user.name"), "-e", statements).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor() == 0 ? out : null;
    }

    public int sqlPort(int n) {
        return basePort + 10 * (n - 1);
    }

    public String username() {
        return USER;
    }

    public String password() {
        return password;
    }

    /**
     * Connector/J's failover URL ({@code jdbc:mysql://host1,host2,host3/schema}): connections go to
     * the first node that answers, in the order given; {@code failOverReadOnly=false} keeps a
     * connection that failed over writable (the default would make it read-only).
     */
    public String failoverUrl(String schema, int... order) {
        return "jdbc:mysql://" + hosts(order) + "/" + schema + "?" + common() + "&failOverReadOnly=false";
    }

    /**
     * Connector/J's load-balancing URL: each transaction goes to one of the nodes, and a node that
     * fails is left out for {@code loadBalanceBlocklistTimeout} ms.
     */
    public String loadBalanceUrl(String schema, int... order) {
        return "jdbc:mysql:loadbalance://" + hosts(order) + "/" + schema + "?" + common()
                + "&loadBalanceBlocklistTimeout=5000";
    }

    private static final String COMMON = "createDatabaseIfNotExist=true&sslMode=DISABLED&connectTimeout=2000";

    /**
     * On a cluster, {@code wsrep_sync_wait=1}: a read waits until its node has applied everything the
     * cluster committed before it, so a phone that pushed through one node and pulls through another
     * sees its own push (and is not told its cursor is ahead of the server).
     */
    private String common() {
        return galera ? COMMON + "&sessionVariables=wsrep_sync_wait=1" : COMMON;
    }

    private String hosts(int... order) {
        return IntStream.of(order).mapToObj(n -> "127.0.0.1:" + sqlPort(n)).collect(Collectors.joining(","));
    }

    /** A connection of the application's account to one node. */
    public Connection connect(int n, String schema) throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + sqlPort(n) + "/" + schema + "?" + common(),
                USER, password);
    }

    /** Ends node {@code n} with SIGKILL (a power cut or the OOM killer), its helpers too. */
    public void kill(int n) throws InterruptedException {
        Process p = nodes[n - 1];
        if (p == null) {
            return;
        }
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor();
    }

    public boolean isAlive(int n) {
        return nodes[n - 1] != null && nodes[n - 1].isAlive();
    }

    public Path logOf(int n) {
        return dir(n).resolve("error.log");
    }

    @Override
    public void close() throws InterruptedException {
        for (int n = NODES; n >= 1; n--) {
            kill(n);
        }
    }

    private Path dir(int n) {
        return root.resolve("node" + n);
    }

    private Path cnf(int n) {
        return root.resolve("node" + n + ".cnf");
    }

    private Path socket(int n) {
        return dir(n).resolve("mariadbd.sock");
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed; see " + log);
        }
    }

    /** A base port with the four ports of each of the three nodes free. */
    private static int freeBasePort() throws IOException {
        for (int tries = 0; tries < 50; tries++) {
            int base = ThreadLocalRandom.current().nextInt(20_000, 30_000) / 10 * 10;
            if (IntStream.range(0, NODES * 10).filter(i -> i % 10 < 4).allMatch(i -> free(base + i))) {
                return base;
            }
        }
        throw new IOException("no free block of loopback ports for a Galera cluster");
    }

    private static boolean free(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
