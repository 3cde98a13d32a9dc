package th.wastebank.client.common;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A daemon thread that runs a step, then waits as long as the step asked, or until it is woken (a
 * record was saved, a photo taken), and runs it again, until closed. The sync engine and the photo
 * queue each run on one.
 */
public final class BackgroundLoop implements AutoCloseable {
    private final String threadName;
    private final Supplier<Duration> step;
    private final LinkedBlockingQueue<Object> wake = new LinkedBlockingQueue<>();
    private volatile Thread thread;
    private volatile boolean closed;

    /** @param step one run; answers how long to wait before the next unless woken */
    public BackgroundLoop(String threadName, Supplier<Duration> step) {
        this.threadName = threadName;
        this.step = step;
    }

    /** Starts the thread (once; later calls do nothing). */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs the step now instead of after its wait. */
    public void wake() {
        wake.offer(Boolean.TRUE);
    }

    /** No step starts after this; one under way finishes. */
    public void stop() {
        closed = true;
        wake();
    }

    /** Stops, and waits up to two seconds for a step under way. */
    @Override
    public void close() {
        stop();
        Thread t = thread;
        if (t != null) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        Duration wait = Duration.ZERO;
        while (!closed) {
            try {
                wake.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
                wake.clear();
            } catch (InterruptedException e) {
                return;
            }
            if (closed) {
                return;
            }
            wait = step.get();
        }
    }
}
