package th.wastebank.server.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on a free loopback port in front of a server: each client connection is paired with
 * one to the server and handed to the subclass, which decides what passes each way on threads of
 * its own; closing the relay closes every socket it opened. {@link FaultyProxy} and
 * {@link ThrottledLink} are two such relays.
 */
public abstract class LoopbackRelay implements AutoCloseable {
    private final String targetHost;
    private volatile int targetPort;
    private final boolean noDelay;
    private final ServerSocket listener;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    protected volatile boolean closed;

    /** @param noDelay whether both sockets of a pair send each write at once (no Nagle) */
    protected LoopbackRelay(String targetHost, int targetPort, boolean noDelay) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.noDelay = noDelay;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    /** Starts accepting: called at the end of the subclass's constructor, once its fields are set. */
    protected final void startAccepting(String threadName) {
        start(threadName, this::acceptLoop);
    }

    /**
     * From now on, to the server on {@code port}: a server replaced behind the same address (stopped,
     * restored, started again elsewhere), as an office keeps its server's address. Open connections
     * to the old one are closed.
     */
    public void pointTo(int port) {
        targetPort = port;
        open.forEach(this::quietlyClose);
    }

    public int port() {
        return listener.getLocalPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /** Relays one client connection and its twin to the server (both already open and tracked). */
    protected abstract void relay(Socket client, Socket server);

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(targetHost, targetPort);
                if (noDelay) {
                    client.setTcpNoDelay(true);
                    server.setTcpNoDelay(true);
                }
                open.add(client);
                open.add(server);
                relay(client, server);
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    protected static void start(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    protected final void quietlyClose(Socket s) {
        open.remove(s);
        try {
            s.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        open.forEach(this::quietlyClose);
    }
}
