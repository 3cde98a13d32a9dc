package th.wastebank.server.photo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import io.micronaut.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.wastebank.server.api.ApiProblem;
import th.wastebank.server.db.TxRetry;

/**
 * Which request holds each upload, and the bodies being received. The newest request wins, as with
 * tusd: a HEAD or PATCH for an upload still held by a PATCH whose link went quiet (a phone that
 * changed cell leaves its connection half-open) ends that PATCH, which records the bytes it wrote
 * and lets go, so the new request answers from the persisted offset within moments instead of
 * waiting for the connection to time out. A body that brings no byte for the idle timeout is ended
 * the same way. A device may have only so many bodies in progress at once on a node, so it cannot
 * take the node's blocking threads from other devices.
 *
 * <p>The holder is kept in the upload's row ({@link UploadLeases}), so the newest request wins
 * across server nodes too: the writer on another node sees the newer generation at its next beat
 * (every {@link #BEAT}) and lets go. A writer stops writing when its beats have not been confirmed
 * for half of {@link UploadLeases#STALE}, before any other node may take it for dead. The bodies
 * and the lock of a node's own requests stay in memory: a takeover on the same node is immediate.
 */
final class UploadHolds implements AutoCloseable {
    /** How often a writer shows life and looks for a newer request (on any node). */
    static final Duration BEAT = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(UploadHolds.class);
    private static final Duration RETRY_BUSY_DEVICE = Duration.ofSeconds(5);
    private static final long LOOK_AGAIN_MILLIS = 200;
    private static final long CLAIM_AGAIN_MILLIS = 100;
    private static final long TRUSTED_NANOS = UploadLeases.STALE.toNanos() / 2;

    private final Map<UUID, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Map<UUID, Body> bodies = new ConcurrentHashMap<>();
    private final Map<UUID, Held> holding = new ConcurrentHashMap<>();
    private final Map<UUID, AtomicInteger> perDevice = new ConcurrentHashMap<>();
    private final UploadLeases leases;
    private final Duration lockWait;
    private final long idleNanos;
    private final int bodiesPerDevice;
    private final ScheduledExecutorService watch;

    UploadHolds(UploadLeases leases, Duration lockWait, Duration idleTimeout, int bodiesPerDevice) {
        this.leases = leases;
        this.lockWait = lockWait;
        this.idleNanos = idleTimeout.toNanos();
        this.bodiesPerDevice = bodiesPerDevice;
        // two threads: a slow database delays the beats, never the idle watch
        this.watch = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "upload-watch");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(100, Math.min(1000, idleTimeout.toMillis() / 4));
        watch.scheduleWithFixedDelay(this::endIdleBodies, every, every, TimeUnit.MILLISECONDS);
        watch.scheduleWithFixedDelay(this::beat, BEAT.toMillis(), BEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Thrown by {@link #take} when a newer request asked for the upload while this one waited. */
    static final class TakenOverException extends RuntimeException {
        TakenOverException() {
            super("a newer request holds the upload", null, false, false);
        }
    }

    /**
     * Holds the upload against other requests on every node, first ending a body still being
     * received for it here (its bytes are kept by the request that received them) and telling a
     * writer on another node to let go. 423 if the holder does not let go in time; 404 when the
     * upload is gone.
     *
     * @throws TakenOverException when a newer request came while this one waited
     */
    Held take(UUID id) {
        long deadline = System.nanoTime() + lockWait.toNanos();
        long generation = leases.bump(id);
        if (generation == 0) {
            throw UploadProblems.notFound();
        }
        ReentrantLock lock = locks.computeIfAbsent(id, k -> new ReentrantLock());
        boolean locked = false;
        try {
            // asked again while waiting: the holder may start receiving a body only after we first looked
            do {
                Body current = bodies.get(id);
                if (current != null) {
                    current.end(Ending.TAKEN_OVER);
                }
                locked = lock.tryLock(LOOK_AGAIN_MILLIS, TimeUnit.MILLISECONDS);
            } while (!locked && System.nanoTime() < deadline);
            while (locked) {
                UploadLeases.Claim claim = claim(id, generation);
                if (claim == UploadLeases.Claim.WRITER) {
                    Held held = new Held(id, generation, lock);
                    holding.put(id, held);
                    return held;
                }
                if (claim == UploadLeases.Claim.SUPERSEDED) {
                    throw new TakenOverException();
                }
                if (claim == UploadLeases.Claim.GONE) {
                    throw UploadProblems.notFound();
                }
                if (System.nanoTime() >= deadline) {
                    break;
                }
                Thread.sleep(CLAIM_AGAIN_MILLIS); // a writer on another node is recording its bytes
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (locked) {
                lock.unlock();
            }
            throw e;
        }
        if (locked) {
            lock.unlock();
        }
        throw new ApiProblem(423, "upload-busy", "Locked", "Another request is still writing this upload; retry",
                "กำลังส่งรูปนี้อยู่แล้ว", null);
    }

    private UploadLeases.Claim claim(UUID id, long generation) {
        try {
            return leases.claim(id, generation);
        } catch (SQLException e) {
            if (conflict(e)) {
                return UploadLeases.Claim.WAIT; // another node's request wrote the row at the same moment
            }
            throw new IllegalStateException(e);
        }
    }

    /** A deadlock, lock-wait timeout or Galera certification failure: the statement may simply be tried again. */
    private static boolean conflict(SQLException e) {
        return TxRetry.reason(e, false) != null;
    }

    /**
     * Starts receiving a PATCH body for a held upload, within the device's budget (else 429).
     * Closing the body gives the budget back.
     */
    Body receive(Held held, UUID deviceId, InputStream in) {
        AtomicInteger count = perDevice.computeIfAbsent(deviceId, k -> new AtomicInteger());
        if (bodiesPerDevice > 0 && count.incrementAndGet() > bodiesPerDevice) {
            count.decrementAndGet();
            throw new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "uploads-per-device", "Too many requests",
                    "This device already has " + bodiesPerDevice + " uploads in progress; finish or retry them first",
                    "เครื่องนี้กำลังส่งรูปหลายรูปพร้อมกันเกินไป แอปจะส่งต่อเองในอีกสักครู่", RETRY_BUSY_DEVICE);
        }
        if (bodiesPerDevice <= 0) {
            count.incrementAndGet();
        }
        Body body = new Body(held, count, in);
        bodies.put(held.id, body);
        return body;
    }

    /** Forgets an upload that is gone (finished, discarded or expired). */
    void forget(UUID id) {
        locks.remove(id);
    }

    /**
     * Every held upload's sign of life; a body whose upload a newer request asked for (on any node),
     * or that is no longer its writer, is ended.
     */
    private void beat() {
        for (Held h : holding.values()) {
            long sentAt = System.nanoTime();
            long holder;
            try {
                holder = leases.beat(h.id, h.generation);
            } catch (SQLException | RuntimeException e) {
                LOG.debug("Upload {}: no beat this time ({})", h.id, e.toString());
                continue; // unconfirmed: the writer stops by itself once it has been for too long
            }
            if (holder < 0) {
                h.lost = true;
            } else {
                h.confirmedAt = sentAt;
                h.superseded = holder > h.generation;
            }
            if (h.lost || h.superseded) {
                Body body = bodies.get(h.id);
                if (body != null && body.held == h) {
                    body.end(Ending.TAKEN_OVER);
                }
            }
        }
    }

    private void endIdleBodies() {
        long now = System.nanoTime();
        for (Body b : bodies.values()) {
            if (now - b.lastByteAt > idleNanos) {
                b.end(Ending.IDLE);
            }
        }
    }

    @Override
    public void close() {
        watch.shutdownNow();
    }

    /** A held upload, released by closing. */
    final class Held implements AutoCloseable {
        final UUID id;
        final long generation;
        private final ReentrantLock lock;
        private volatile long confirmedAt = System.nanoTime();
        private volatile boolean lost;
        private volatile boolean superseded;

        private Held(UUID id, long generation, ReentrantLock lock) {
            this.id = id;
            this.generation = generation;
            this.lock = lock;
        }

        /**
         * Whether this request may still write the upload's file: it is the writer, and said so to
         * the database recently enough that no other node can have taken it for dead.
         */
        boolean mayWrite() {
            return !lost && System.nanoTime() - confirmedAt < TRUSTED_NANOS;
        }

        /** Whether a body should stop: a newer request waits, or this one may no longer write. */
        boolean shouldLetGo() {
            return superseded || !mayWrite();
        }

        @Override
        public void close() {
            holding.remove(id, this);
            try {
                leases.release(id, generation);
            } catch (SQLException | RuntimeException e) {
                // the row still names this writer: the next request waits for it to go stale
                LOG.warn("Upload {}: could not let go in the database: {}", id, e.toString());
            } finally {
                lock.unlock();
            }
        }
    }

    /** Why a body was ended before it was all received. */
    enum Ending {
        TAKEN_OVER, IDLE
    }

    /** Thrown by a body's read once it was ended. */
    static final class EndedException extends IOException {
        final Ending ending;

        EndedException(Ending ending) {
            super("the request was ended: " + ending);
            this.ending = ending;
        }
    }

    /**
     * A PATCH body being received. Ending it interrupts a read that waits for the network (and
     * nothing else: never a write to the file), so the request stops at a whole written buffer.
     */
    final class Body extends InputStream {
        private final Held held;
        private final AtomicInteger deviceCount;
        private final InputStream in;
        private final Thread reader = Thread.currentThread();
        private volatile long lastByteAt = System.nanoTime();
        private Ending ended;
        private boolean reading;
        private boolean closed;

        private Body(Held held, AtomicInteger deviceCount, InputStream in) {
            this.held = held;
            this.deviceCount = deviceCount;
            this.in = in;
        }

        synchronized void end(Ending why) {
            if (ended == null && !closed) {
                ended = why;
                if (reading) {
                    reader.interrupt();
                }
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            synchronized (this) {
                if (ended == null && !closed && held.shouldLetGo()) {
                    ended = Ending.TAKEN_OVER;
                }
                if (ended != null) {
                    throw new EndedException(ended);
                }
                reading = true;
            }
            int n;
            try {
                n = in.read(b, off, len);
            } catch (InterruptedIOException e) {
                synchronized (this) {
                    if (ended != null) {
                        throw new EndedException(ended);
                    }
                }
                throw e;
            } finally {
                synchronized (this) {
                    reading = false;
                    if (ended != null) {
                        Thread.interrupted(); // the interrupt was ours; the pooled thread goes on clean
                    }
                }
            }
            synchronized (this) {
                if (ended != null) {
                    throw new EndedException(ended);
                }
            }
            if (n > 0) {
                lastByteAt = System.nanoTime();
            }
            return n;
        }

        @Override
        public void close() {
            synchronized (this) {
                if (closed) {
                    return;
                }
                closed = true;
            }
            bodies.remove(held.id, this);
            deviceCount.decrementAndGet();
        }
    }
}
