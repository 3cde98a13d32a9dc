package th.wastebank.server.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP proxy in front of the server that breaks requests on purpose, the way a village's 2G link
 * does: it can let a request reach the server and then drop the response (so the client never
 * learns the push was committed), or cut the connection after part of the request body. A fault is
 * taken by the next request that sends bytes, whatever pooled connection it uses.
 */
public final class FaultyProxy extends LoopbackRelay {
    /** What to do to one request. */
    public sealed interface Fault permits DropResponse, CutRequest {
    }

    /** Forward the request, swallow the response, close the client's connection. */
    public record DropResponse() implements Fault {
    }

    /**
     * Forward {@code bytes} more bytes from the client (counted from the next request on, across
     * requests on the same connection), then close both sides.
     */
    public record CutRequest(int bytes) implements Fault {
    }

    private final AtomicReference<Fault> armed = new AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicLong cutBudget = new java.util.concurrent.atomic.AtomicLong(-1);
    private final AtomicInteger faultsApplied = new AtomicInteger();
    private volatile Random random;
    private volatile double dropChance;
    private volatile double cutChance;

    public FaultyProxy(String targetHost, int targetPort) throws IOException {
        super(targetHost, targetPort, false);
        startAccepting("faulty-proxy-accept");
    }

    /**
     * Arms {@code fault}: a DropResponse hits the next request; a CutRequest counts the bytes clients
     * send from now on, over whatever connections they use, and breaks the connection that carries
     * the last of them.
     */
    public void failNext(Fault fault) {
        if (fault instanceof CutRequest cut) {
            cutBudget.set(cut.bytes());
            faultsApplied.incrementAndGet();
        } else {
            armed.set(fault);
        }
    }

    /** From now on every request is dropped or cut with these chances (seeded, so a run repeats). */
    public void randomFaults(long seed, double dropResponse, double cutRequest) {
        this.dropChance = dropResponse;
        this.cutChance = cutRequest;
        this.random = new Random(seed);
    }

    public void stopFaults() {
        this.random = null;
        armed.set(null);
        cutBudget.set(-1);
    }

    /**
     * Charges {@code n} bytes against an armed cut: returns -1 when all may pass, or how many may
     * pass before the connection must be cut (the cut is then disarmed).
     */
    private long bytesBeforeCut(int n) {
        while (true) {
            long budget = cutBudget.get();
            if (budget < 0) {
                return -1;
            }
            if (budget > n) {
                if (cutBudget.compareAndSet(budget, budget - n)) {
                    return -1;
                }
            } else if (cutBudget.compareAndSet(budget, -1)) {
                return budget;
            }
        }
    }

    public int faultsApplied() {
        return faultsApplied.get();
    }

    private Fault takeFault() {
        Fault f = armed.getAndSet(null);
        Random r = random;
        if (f == null && r != null) {
            synchronized (r) {
                double x = r.nextDouble();
                if (x < dropChance) {
                    f = new DropResponse();
                } else if (x < dropChance + cutChance) {
                    f = new CutRequest(50 + r.nextInt(400));
                }
            }
        }
        if (f != null) {
            faultsApplied.incrementAndGet();
        }
        return f;
    }

    @Override
    protected void relay(Socket client, Socket server) {
        Connection conn = new Connection(client, server);
        start("proxy-up", conn::pumpUp);
        start("proxy-down", conn::pumpDown);
    }

    /** One client connection and its twin to the server. */
    private final class Connection {
        private final Socket client;
        private final Socket server;
        private volatile Fault current;
        private volatile boolean requestInFlight;

        Connection(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void pumpUp() {
            byte[] buf = new byte[8192];
            try (InputStream in = client.getInputStream(); OutputStream out = server.getOutputStream()) {
                int n;
                long cutLeft = -1;
                while ((n = in.read(buf)) > 0) {
                    if (!requestInFlight) {
                        requestInFlight = true;
                        if (cutLeft < 0) {
                            current = takeFault();
                            cutLeft = current instanceof CutRequest cut ? cut.bytes() : -1;
                        }
                    }
                    if (cutLeft >= 0) {
                        int send = (int) Math.min(n, cutLeft);
                        out.write(buf, 0, send);
                        out.flush();
                        cutLeft -= send;
                        if (cutLeft == 0) {
                            closeBoth();
                            return;
                        }
                        continue;
                    }
                    long beforeCut = bytesBeforeCut(n);
                    if (beforeCut >= 0) {
                        out.write(buf, 0, (int) beforeCut);
                        out.flush();
                        closeBoth();
                        return;
                    }
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side closed
            } finally {
                closeBoth();
            }
        }

        void pumpDown() {
            byte[] buf = new byte[8192];
            try (InputStream in = server.getInputStream(); OutputStream out = client.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    if (current instanceof DropResponse) {
                        closeBoth();
                        return;
                    }
                    out.write(buf, 0, n);
                    out.flush();
                    requestInFlight = false;
                }
            } catch (IOException e) {
                // the other side closed
            } finally {
                closeBoth();
            }
        }

        private void closeBoth() {
            quietlyClose(client);
            quietlyClose(server);
        }
    }
}
