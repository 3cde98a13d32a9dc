package th.wastebank.server.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A slow link that breaks, between an HTTP client and a server on loopback, for measuring resumable
 * uploads: a TCP proxy that lets the client send only {@code bytesPerSecond} (a token bucket
 * spent in slices of {@value #SLICE} bytes, so the rate is smooth), counts what crosses it each
 * way, and resets (TCP RST, both sides) the connection that carries a chosen request-body byte.
 *
 * <p>It reads just enough HTTP/1.1 from the client (request heads, then a Content-Length or
 * chunked body) to count body bytes apart from heads and chunk framing, which is what tells how
 * many bytes of a file crossed the link more than once. It can also turn a {@code POST} with
 * {@code X-HTTP-Method-Override: PATCH} into a plain {@code PATCH}, for servers that do not honour
 * the override (applied to every server under comparison alike). Server-to-client bytes pass
 * unthrottled. Bytes are counted before they are passed on, so once a client has its answer every
 * byte that led to it is in the counts.
 */
public final class ThrottledLink extends LoopbackRelay {
    /** The most bytes forwarded at once, so the client sees a steady trickle. */
    public static final int SLICE = 1024;
    private static final int MAX_HEAD = 64 * 1024;

    private final long bytesPerSecond;
    private final boolean overrideToPatch;
    private final AtomicLong upstream = new AtomicLong();
    private final AtomicLong downstream = new AtomicLong();
    private final AtomicInteger cutsMade = new AtomicInteger();
    private final Deque<Long> cutPoints = new ArrayDeque<>();
    private final Object bucket = new Object();
    private long bodyBytes;
    private long nextFree = System.nanoTime();

    /**
     * @param bytesPerSecond client-to-server bytes a second (heads, framing and bodies alike)
     * @param overrideToPatch whether to send {@code POST} + {@code X-HTTP-Method-Override: PATCH} on as {@code PATCH}
     */
    public ThrottledLink(String targetHost, int targetPort, long bytesPerSecond, boolean overrideToPatch)
            throws IOException {
        super(targetHost, targetPort, true);
        this.bytesPerSecond = bytesPerSecond;
        this.overrideToPatch = overrideToPatch;
        startAccepting("throttled-link-accept");
    }

    /** Client-to-server bytes forwarded since the last {@link #resetCounters()}: heads, framing, bodies. */
    public long upstreamBytes() {
        return upstream.get();
    }

    /** Request-body bytes forwarded to the server since the last {@link #resetCounters()}. */
    public synchronized long upstreamBodyBytes() {
        return bodyBytes;
    }

    /** Server-to-client bytes since the last {@link #resetCounters()}. */
    public long downstreamBytes() {
        return downstream.get();
    }

    /** Connections reset since the last {@link #resetCounters()}. */
    public int cutsMade() {
        return cutsMade.get();
    }

    /** Zeroes the counters and forgets cuts not yet made. */
    public synchronized void resetCounters() {
        upstream.set(0);
        downstream.set(0);
        cutsMade.set(0);
        bodyBytes = 0;
        cutPoints.clear();
    }

    /**
     * Resets the connection that carries each of these request-body bytes, counted from the last
     * {@link #resetCounters()} over every connection (a body byte sent twice counts twice).
     */
    public synchronized void cutAtBodyBytes(long... points) {
        long[] sorted = points.clone();
        Arrays.sort(sorted);
        cutPoints.clear();
        for (long p : sorted) {
            cutPoints.add(p);
        }
    }

    /** Body bytes that may still go before the next cut (Long.MAX_VALUE when none is armed). */
    private synchronized long untilCut() {
        Long next = cutPoints.peek();
        return next == null ? Long.MAX_VALUE : next - bodyBytes;
    }

    private synchronized void countBody(int n) {
        bodyBytes += n;
    }

    private synchronized void disarmCut() {
        cutPoints.poll();
    }

    /** Waits until the link may carry {@code n} more bytes; at most one slice of unused time is saved up. */
    private void throttle(int n) throws InterruptedIOException {
        long due;
        synchronized (bucket) {
            long now = System.nanoTime();
            long credit = SLICE * 1_000_000_000L / bytesPerSecond;
            nextFree = Math.max(nextFree, now - credit) + n * 1_000_000_000L / bytesPerSecond;
            due = nextFree;
        }
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("link closed");
            }
        }
    }

    @Override
    protected void relay(Socket client, Socket server) {
        Connection conn = new Connection(client, server);
        start("link-up", conn::pumpUp);
        start("link-down", conn::pumpDown);
    }

    /** Where the client's side of one connection is in its current request. */
    private enum State { HEAD, BODY, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILER }

    /** One client connection, its twin to the server, and an HTTP/1.1 request reader for the way up. */
    private final class Connection {
        private final Socket client;
        private final Socket server;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        private State state = State.HEAD;
        private long remaining;

        Connection(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void pumpUp() {
            byte[] buf = new byte[SLICE];
            try (InputStream in = client.getInputStream(); OutputStream out = server.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    if (!feed(buf, n, out)) {
                        return;
                    }
                }
            } catch (IOException e) {
                // either side went away
            } finally {
                closeBoth();
            }
        }

        void pumpDown() {
            byte[] buf = new byte[8192];
            try (InputStream in = server.getInputStream(); OutputStream out = client.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    downstream.addAndGet(n);
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // either side went away
            } finally {
                closeBoth();
            }
        }

        /** Forwards {@code buf[0, n)} as the reader sees it; false once the connection was cut. */
        private boolean feed(byte[] buf, int n, OutputStream out) throws IOException {
            int i = 0;
            while (i < n) {
                switch (state) {
                    case BODY, CHUNK_DATA -> {
                        int k = (int) Math.min(remaining, n - i);
                        if (!sendBody(out, buf, i, k)) {
                            return false;
                        }
                        i += k;
                        remaining -= k;
                        if (remaining == 0) {
                            state = state == State.BODY ? State.HEAD : State.CHUNK_END;
                        }
                    }
                    default -> {
                        byte b = buf[i++];
                        pending.write(b);
                        if (pending.size() > MAX_HEAD) {
                            throw new IOException("not HTTP/1.1: no end of line in " + MAX_HEAD + " bytes");
                        }
                        if (b == '\n') {
                            lineEnded(out);
                        }
                    }
                }
            }
            return true;
        }

        /** A line of a head, a chunk size, a chunk's closing CRLF or a trailer has arrived. */
        private void lineEnded(OutputStream out) throws IOException {
            byte[] bytes = pending.toByteArray();
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            switch (state) {
                case HEAD -> {
                    if (text.equals("\r\n") || text.equals("\n")) {
                        pending.reset();
                        return; // a stray empty line between requests
                    }
                    if (!text.endsWith("\r\n\r\n") && !text.endsWith("\n\n")) {
                        return; // the head goes on
                    }
                    pending.reset();
                    send(out, headReady(text).getBytes(StandardCharsets.ISO_8859_1));
                    return;
                }
                case CHUNK_SIZE -> {
                    String size = text.strip();
                    int ext = size.indexOf(';');
                    remaining = Long.parseLong(ext < 0 ? size : size.substring(0, ext).strip(), 16);
                    state = remaining == 0 ? State.TRAILER : State.CHUNK_DATA;
                }
                case CHUNK_END -> state = State.CHUNK_SIZE;
                case TRAILER -> {
                    if (text.isBlank()) {
                        state = State.HEAD;
                    }
                }
                default -> throw new IllegalStateException(state.name());
            }
            pending.reset();
            send(out, bytes);
        }

        /** Reads the head's framing (and rewrites the method override if asked); returns the head to send. */
        private String headReady(String head) {
            String[] lines = head.split("\r?\n");
            String method = lines[0].split(" ", 2)[0];
            boolean chunked = false;
            long length = 0;
            boolean override = false;
            StringBuilder kept = new StringBuilder();
            for (int l = 1; l < lines.length; l++) {
                String line = lines[l];
                int colon = line.indexOf(':');
                String name = colon < 0 ? "" : line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = colon < 0 ? "" : line.substring(colon + 1).strip();
                if (name.equals("transfer-encoding") && value.toLowerCase(Locale.ROOT).contains("chunked")) {
                    chunked = true;
                } else if (name.equals("content-length")) {
                    length = Long.parseLong(value);
                }
                if (overrideToPatch && method.equals("POST") && name.equals("x-http-method-override")
                        && value.equalsIgnoreCase("PATCH")) {
                    override = true;
                    continue;
                }
                kept.append(line).append("\r\n");
            }
            if (chunked) {
                state = State.CHUNK_SIZE;
            } else if (length > 0) {
                state = State.BODY;
                remaining = length;
            } else {
                state = State.HEAD;
            }
            if (!override) {
                return head;
            }
            return "PATCH" + lines[0].substring(method.length()) + "\r\n" + kept + "\r\n";
        }

        private void send(OutputStream out, byte[] bytes) throws IOException {
            for (int off = 0; off < bytes.length; off += SLICE) {
                int k = Math.min(SLICE, bytes.length - off);
                throttle(k);
                upstream.addAndGet(k);
                out.write(bytes, off, k);
                out.flush();
            }
        }

        /** Forwards body bytes slice by slice; false when a cut point was reached and the connection reset. */
        private boolean sendBody(OutputStream out, byte[] buf, int off, int len) throws IOException {
            int end = off + len;
            int pos = off;
            while (true) {
                long left = untilCut();
                if (left <= 0) {
                    disarmCut();
                    reset();
                    return false;
                }
                if (pos == end) {
                    return true;
                }
                int k = (int) Math.min(Math.min(SLICE, end - pos), left);
                throttle(k);
                upstream.addAndGet(k);
                countBody(k);
                out.write(buf, pos, k);
                out.flush();
                pos += k;
            }
        }

        /** A connection reset, as a dropped mobile link looks to both ends. */
        private void reset() {
            cutsMade.incrementAndGet();
            for (Socket s : new Socket[] {client, server}) {
                try {
                    s.setSoLinger(true, 0);
                } catch (IOException ignored) {
                    // closed already
                }
            }
            closeBoth();
        }

        private void closeBoth() {
            quietlyClose(client);
            quietlyClose(server);
        }
    }
}
