package th.wastebank.server.photo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
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

import th.wastebank.server.api.ApiProblem;

/**
 * Which request holds each upload on this node, and the bodies being received. The newest request
 * wins, as with tusd: a HEAD or PATCH for an upload still held by a PATCH whose link went quiet (a
 * phone that changed cell leaves its connection half-open) ends that PATCH, which records the bytes
 * it wrote and lets go, so the new request answers from the persisted offset within moments instead
 * of waiting for the connection to time out. A body that brings no byte for the idle timeout is ended
 * the same way. A device may have only so many bodies in progress at once, so it cannot take the
 * server's blocking threads from other devices.
 *
 * <p>Held in memory per node, as the bytes received so far are in the node's data directory.
 */
final class UploadHolds implements AutoCloseable {
    private static final Duration RETRY_BUSY_DEVICE = Duration.ofSeconds(5);
    private static final long LOOK_AGAIN_MILLIS = 200;

    private final Map<UUID, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Map<UUID, Body> bodies = new ConcurrentHashMap<>();
    private final Map<UUID, AtomicInteger> perDevice = new ConcurrentHashMap<>();
    private final Duration lockWait;
    private final long idleNanos;
    private final int bodiesPerDevice;
    private final ScheduledExecutorService watch;

    UploadHolds(Duration lockWait, Duration idleTimeout, int bodiesPerDevice) {
        this.lockWait = lockWait;
        this.idleNanos = idleTimeout.toNanos();
        this.bodiesPerDevice = bodiesPerDevice;
        this.watch = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "upload-idle-watch");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(100, Math.min(1000, idleTimeout.toMillis() / 4));
        watch.scheduleWithFixedDelay(this::endIdleBodies, every, every, TimeUnit.MILLISECONDS);
    }

    /** A held upload, released by closing. */
    @FunctionalInterface
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Holds the upload against other requests, first ending a body still being received for it (its
     * bytes are kept by the request that received them). 423 if the holder does not let go in time.
     */
    Held take(UUID id) {
        ReentrantLock lock = locks.computeIfAbsent(id, k -> new ReentrantLock());
        long deadline = System.nanoTime() + lockWait.toNanos();
        try {
            // asked again while waiting: the holder may start receiving a body only after we first looked
            do {
                Body current = bodies.get(id);
                if (current != null) {
                    current.end(Ending.TAKEN_OVER);
                }
                if (lock.tryLock(LOOK_AGAIN_MILLIS, TimeUnit.MILLISECONDS)) {
                    return lock::unlock;
                }
            } while (System.nanoTime() < deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new ApiProblem(423, "upload-busy", "Locked", "Another request is still writing this upload; retry",
                "กำลังส่งรูปนี้อยู่แล้ว", null);
    }

    /**
     * Starts receiving a PATCH body for a held upload, within the device's budget (else 429).
     * Closing the body gives the budget back.
     */
    Body receive(UUID uploadId, UUID deviceId, InputStream in) {
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
        Body body = new Body(uploadId, count, in);
        bodies.put(uploadId, body);
        return body;
    }

    /** Forgets an upload that is gone (finished, discarded or expired). */
    void forget(UUID id) {
        locks.remove(id);
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
        private final UUID uploadId;
        private final AtomicInteger deviceCount;
        private final InputStream in;
        private final Thread reader = Thread.currentThread();
        private volatile long lastByteAt = System.nanoTime();
        private Ending ended;
        private boolean reading;
        private boolean closed;

        private Body(UUID uploadId, AtomicInteger deviceCount, InputStream in) {
            this.uploadId = uploadId;
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
            bodies.remove(uploadId, this);
            deviceCount.decrementAndGet();
        }
    }
}
