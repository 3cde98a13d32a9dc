package th.wastebank.server.staff;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import th.wastebank.server.auth.AttemptLimiter;
import th.wastebank.server.config.WbSettings;

/**
 * Where every sign-in waits its turn, so that a flood of them cannot take the threads or the
 * database connections the phones' sync needs: first the client address's budget (in memory,
 * {@value #PER_ADDRESS} unsuccessful sign-ins in 10 minutes), then a place on a small pool of its
 * own ({@code WB_SIGN_IN_THREADS} threads, {@code WB_SIGN_IN_QUEUE} waiting), which alone runs the
 * database work and bcrypt, each thread at most half the time. Past the budget or with the queue
 * full the answer comes at once.
 */
@Singleton
public class SignInGate {
    static final int PER_ADDRESS = 20;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);
    /** How long to tell a browser to wait when every place is taken. */
    public static final Duration BUSY_RETRY = Duration.ofSeconds(5);
    private static final Duration MAX_REST = Duration.ofSeconds(1);

    private final StaffAccounts accounts;
    private final Clock clock;
    private final AttemptLimiter perAddress;
    private final ThreadPoolExecutor pool;

    public SignInGate(StaffAccounts accounts, WbSettings settings, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
        this.perAddress = new AttemptLimiter(PER_ADDRESS, ADDRESS_WINDOW, clock);
        int threads = Math.max(1, settings.getSignInThreads());
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, settings.getSignInQueue())), r -> {
                    Thread t = new Thread(r, "sign-in-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Signs in on the pool; {@code client} is the address the limiters count by. The answer is
     * completed on the pool's thread (whatever is chained to it runs there too, on the pool's
     * budget), or at once when the address or the pool has no room.
     */
    public CompletableFuture<StaffAccounts.SignIn> signIn(String username, String password, String client) {
        Duration wait = perAddress.attempt(client);
        if (wait != null) {
            return CompletableFuture.completedFuture(StaffAccounts.SignIn.refused(StaffAccounts.Outcome.SLOWED,
                    clock.instant().plus(wait)));
        }
        CompletableFuture<StaffAccounts.SignIn> answer = new CompletableFuture<>();
        try {
            pool.execute(() -> {
                long start = System.nanoTime();
                try {
                    StaffAccounts.SignIn result = accounts.signIn(username, password, client);
                    if (result.outcome() == StaffAccounts.Outcome.OK) {
                        perAddress.forgive(client);
                    }
                    answer.complete(result);
                } catch (RuntimeException | Error e) {
                    answer.completeExceptionally(e);
                }
                rest(System.nanoTime() - start);
            });
        } catch (RejectedExecutionException full) {
            perAddress.forgive(client);
            answer.complete(StaffAccounts.SignIn.refused(StaffAccounts.Outcome.BUSY, clock.instant().plus(BUSY_RETRY)));
        }
        return answer;
    }

    /**
     * After a sign-in has been answered, its thread rests as long as the check took (at most a
     * second): bcrypt is slow on purpose, and a flood must leave the phones' sync at least half of
     * each core the desk has. A lone officer never waits for it.
     */
    private static void rest(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(Math.min(nanos, MAX_REST.toNanos()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void close() {
        pool.shutdownNow();
    }
}
