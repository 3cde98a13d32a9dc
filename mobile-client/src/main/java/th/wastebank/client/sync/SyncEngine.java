package th.wastebank.client.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import th.wastebank.client.common.BackgroundLoop;
import th.wastebank.client.outbox.Outbox;
import th.wastebank.client.outbox.OutboxOp;
import th.wastebank.client.store.Settings;
import th.wastebank.sync.OpResult;
import th.wastebank.sync.OpStatus;
import th.wastebank.sync.PullPage;
import th.wastebank.sync.SyncOp;

/**
 * Sends the outbox and pulls the org's changes whenever the server can be reached. A run pushes
 * every pending op in order, in batches, and records each answer; then it pulls page by page from
 * the server's cursor. Any failure leaves the outbox as it was (an op leaves only on the server's
 * answer) and the next attempt waits with exponential backoff and jitter. The engine runs on a
 * background thread of its own and tells listeners about every change of its status.
 */
public final class SyncEngine implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SyncEngine.class.getName());
    public static final int PUSH_BATCH = 500;
    public static final int PUSH_MAX_BYTES = 900 * 1024;
    public static final int PULL_PAGE = 5000;

    private final Settings settings;
    private final Outbox outbox;
    private final PullApplier pullApplier;
    private final ServerApi api;
    private final Clock clock;
    private final Backoff backoff;
    private final Duration pullEvery;
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private final List<SentAgainOnRestore> alsoOnRestore = new CopyOnWriteArrayList<>();
    private final BackgroundLoop loop = new BackgroundLoop("wastebank-sync", this::runInLoop);
    private final Object runLock = new Object();
    private final ExecutorService fetcher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "wastebank-pull");
        t.setDaemon(true);
        return t;
    });
    private volatile SyncStatus status;
    /** When the loop tries again after a failure; null while nothing failed. */
    private volatile Instant retryAt;
    /** The server's clock as the last pull page gave it; null before one did. */
    private volatile ServerClock serverClock;

    /** The server's time on a page and when the page arrived ({@link System#nanoTime()}, which no clock setting moves). */
    private record ServerClock(Instant serverTime, long receivedNanos) {
    }

    public SyncEngine(Settings settings, Outbox outbox, PullApplier pullApplier, ServerApi api, Clock clock,
                      Backoff backoff, Duration pullEvery) {
        this.settings = settings;
        this.outbox = outbox;
        this.pullApplier = pullApplier;
        this.api = api;
        this.clock = clock;
        this.backoff = backoff;
        this.pullEvery = pullEvery;
        this.status = new SyncStatus(settings.isPaired() ? SyncStatus.Phase.IDLE : SyncStatus.Phase.NOT_PAIRED,
                outbox.pendingCount(), outbox.rejectedCount(),
                settings.get(Settings.LAST_SYNC).map(Instant::parse).orElse(null), null, 0, 0, 0);
    }

    /**
     * How far this phone's clock runs ahead of the server's (negative: behind), from the server's
     * time on the last page pulled carried forward by the time elapsed since; null before any page
     * told it. A clock set right afterwards shows at once, without another sync.
     */
    public Duration clockAhead() {
        ServerClock s = serverClock;
        if (s == null) {
            return null;
        }
        Instant serverNow = s.serverTime().plusNanos(System.nanoTime() - s.receivedNanos());
        return Duration.between(serverNow, clock.instant());
    }

    public SyncStatus status() {
        return status;
    }

    public void addListener(Consumer<SyncStatus> listener) {
        listeners.add(listener);
        listener.accept(status);
    }

    /** Re-reads the counts (after a local save, a retry or a discard) and wakes the loop to try now. */
    public void nudge() {
        retryAt = null;
        refreshCounts();
        loop.wake();
    }

    /**
     * Also queue {@code more} again when the server turns out to have been restored from a backup
     * (the photo queue registers itself).
     */
    public void alsoOnRestore(SentAgainOnRestore more) {
        alsoOnRestore.add(more);
    }

    /**
     * One full run, on the calling thread: push everything pending, then pull everything new. When
     * an answer shows the server was restored from an older backup (its epoch changed, or it is
     * behind this phone's cursor), the kept acknowledged ops go again, the cursor goes back to 0
     * and the pull starts over (ADR 0009).
     *
     * @throws ServerException when the server cannot be used; nothing sent is lost or doubled
     */
    public SyncStatus syncOnce() throws ServerException {
        synchronized (runLock) {
            String url = settings.get(Settings.SERVER_URL).orElse(null);
            String token = settings.get(Settings.TOKEN).orElse(null);
            if (url == null || token == null) {
                publish(status.with(SyncStatus.Phase.NOT_PAIRED));
                return status;
            }
            UUID deviceId = UUID.fromString(settings.get(Settings.DEVICE_ID).orElseThrow());
            outbox.retryResent();
            Run run = new Run(outbox.pendingCount());
            publish(new SyncStatus(SyncStatus.Phase.SYNCING, run.toSend, outbox.rejectedCount(), status.lastSyncAt(),
                    status.lastErrorTh(), 0, run.toSend, 0));
            try {
                for (int round = 0; ; round++) {
                    push(url, token, deviceId, run);
                    try {
                        pull(url, token, run);
                        break;
                    } catch (ServerRestored restored) {
                        if (round > 0) {
                            throw new ServerException(ServerException.Kind.BAD_RESPONSE,
                                    "the server was restored again during this run", null);
                        }
                        sendAgain(restored.epoch, run);
                    }
                }
                Instant now = clock.instant();
                settings.put(Settings.LAST_SYNC, now.toString());
                outbox.pruneSent(now.minus(Duration.ofDays(settings.keepSentDays())));
                backoff.reset();
                retryAt = null;
                publish(new SyncStatus(SyncStatus.Phase.IDLE, outbox.pendingCount(), outbox.rejectedCount(), now, null,
                        run.sent, run.toSend, run.pulled, null, null, run.resent));
                return status;
            } catch (ServerException e) {
                SyncStatus.Phase phase = offline(e) ? SyncStatus.Phase.OFFLINE : SyncStatus.Phase.ERROR;
                Instant next = scheduleRetry(e);
                publish(new SyncStatus(phase, outbox.pendingCount(), outbox.rejectedCount(), status.lastSyncAt(),
                        e.messageTh(), status.sent(), status.toSend(), status.pulled(), SyncStatus.Trouble.of(e), next,
                        run.resent));
                throw e;
            }
        }
    }

    /** What the current run has done so far. */
    private static final class Run {
        int toSend;
        int sent;
        int pulled;
        int resent;

        Run(int toSend) {
            this.toSend = toSend;
        }
    }

    /** An answer showed the server restored from a backup; {@code epoch} is its new one (null: not told). */
    private static final class ServerRestored extends Exception {
        final String epoch;

        ServerRestored(String epoch) {
            super("the server was restored from a backup", null, false, false);
            this.epoch = epoch;
        }
    }

    private void push(String url, String token, UUID deviceId, Run run) throws ServerException {
        while (true) {
            List<OutboxOp> batch = fitToBody(outbox.pending(PUSH_BATCH));
            if (batch.isEmpty()) {
                return;
            }
            List<SyncOp> ops = new ArrayList<>(batch.size());
            for (OutboxOp op : batch) {
                ops.add(wire(op));
            }
            ServerApi.Pushed pushed;
            try {
                pushed = api.push(url, token, deviceId, ops);
                for (int i = 0; i < batch.size(); i++) {
                    UUID answered = pushed.results().get(i).opId();
                    if (answered != null && !answered.equals(batch.get(i).opId())) {
                        throw new ServerException(ServerException.Kind.BAD_RESPONSE, "results out of order", null);
                    }
                }
            } catch (ServerException e) {
                outbox.countAttempt(batch);
                throw e;
            }
            List<OpResult> results = pushed.results();
            if (restored(pushed.serverEpoch())) {
                sendAgain(pushed.serverEpoch(), run);
                // refused before the server had this phone's earlier ops again (a deposit for a member
                // it lost): not a person's business yet; they go again after those
                List<OutboxOp> answered = new ArrayList<>(batch.size());
                List<OpResult> kept = new ArrayList<>(batch.size());
                List<OutboxOp> waiting = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    if (results.get(i).status() == OpStatus.REJECTED) {
                        waiting.add(batch.get(i));
                    } else {
                        answered.add(batch.get(i));
                        kept.add(results.get(i));
                    }
                }
                outbox.countAttempt(waiting);
                batch = answered;
                results = kept;
            }
            outbox.applyResults(batch, results);
            run.sent += batch.size();
            publishProgress(run);
        }
    }

    /**
     * Pulls page after page; the next page is fetched while the current one is written, so the
     * network and the phone's storage work at the same time.
     *
     * @throws ServerRestored before writing anything of a page from a restored server
     */
    private void pull(String url, String token, Run run) throws ServerException, ServerRestored {
        String cursor = settings.get(Settings.PULL_CURSOR, "0");
        CompletableFuture<PullPage> next = fetch(url, token, cursor);
        while (true) {
            PullPage page;
            try {
                page = await(next);
            } catch (ServerException e) {
                if ("cursor-ahead".equals(e.code()) && !"0".equals(cursor)) {
                    throw new ServerRestored(null); // behind this phone's cursor: restored from an older backup
                }
                throw e;
            }
            if (page.serverNow() != null) {
                serverClock = new ServerClock(page.serverNow(), System.nanoTime());
            }
            if (restored(page.serverEpoch())) {
                throw new ServerRestored(page.serverEpoch());
            }
            next = page.hasMore() ? fetch(url, token, page.nextCursor()) : null;
            try {
                run.pulled += pullApplier.apply(page.changes(), page.nextCursor());
            } catch (RuntimeException e) {
                if (next != null) {
                    next.cancel(true);
                }
                throw e;
            }
            cursor = page.nextCursor();
            publishProgress(run);
            if (next == null) {
                return;
            }
        }
    }

    /**
     * True when {@code epoch}, from the server's answer, is not the one this phone last saw. The
     * first one seen (after pairing, or from a server that had none) is only remembered.
     */
    private boolean restored(String epoch) {
        if (epoch == null) {
            return false;
        }
        String known = settings.get(Settings.SERVER_EPOCH).orElse(null);
        if (known == null) {
            settings.put(Settings.SERVER_EPOCH, epoch);
            return false;
        }
        return !known.equals(epoch);
    }

    /**
     * The server was restored: in one transaction, the acknowledged ops kept for
     * {@code sync.keepSentDays} and what else registered (the photos) are queued again, the cursor
     * goes back to 0, and the new epoch is remembered (none when the server did not say it: the
     * next answer's is taken as it is).
     */
    private void sendAgain(String epoch, Run run) {
        Instant since = clock.instant().minus(Duration.ofDays(settings.keepSentDays()));
        int again = outbox.sendAgain(c -> {
            for (SentAgainOnRestore more : alsoOnRestore) {
                more.queueAgain(c, since);
            }
            Settings.put(c, Settings.PULL_CURSOR, "0");
            if (epoch == null) {
                Settings.remove(c, Settings.SERVER_EPOCH);
            } else {
                Settings.put(c, Settings.SERVER_EPOCH, epoch);
            }
            return null;
        });
        LOG.log(Level.WARNING, "the server was restored from a backup: sending {0} acknowledged ops again", again);
        run.resent += again;
        run.toSend += again;
        publishProgress(run);
    }

    private void publishProgress(Run run) {
        publish(new SyncStatus(SyncStatus.Phase.SYNCING, outbox.pendingCount(), outbox.rejectedCount(),
                status.lastSyncAt(), status.lastErrorTh(), run.sent, Math.max(run.toSend, run.sent), run.pulled, null,
                null, run.resent));
    }

    private CompletableFuture<PullPage> fetch(String url, String token, String cursor) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return api.pull(url, token, cursor, PULL_PAGE);
            } catch (ServerException e) {
                throw new CompletionException(e);
            }
        }, fetcher);
    }

    private static PullPage await(CompletableFuture<PullPage> page) throws ServerException {
        try {
            return page.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ServerException se) {
                throw se;
            }
            throw e;
        }
    }

    /** Fewer ops than the batch size when their payloads would make the body too large. */
    private static List<OutboxOp> fitToBody(List<OutboxOp> ops) {
        List<OutboxOp> out = new ArrayList<>(ops.size());
        int bytes = 0;
        for (OutboxOp op : ops) {
            bytes += op.payloadJson().length() * 3 + 200;
            if (!out.isEmpty() && bytes > PUSH_MAX_BYTES) {
                break;
            }
            out.add(op);
        }
        return out;
    }

    /** The op as it travels: the stored payload is sent as it is, so every resend is byte-identical. */
    static SyncOp wire(OutboxOp op) {
        return new SyncOp(op.opId(), op.seq(), op.type(), op.entityId(), op.payloadJson(), op.recordedAt());
    }

    /** Starts the background loop: sync when there is something to send or it is time to pull. */
    public void start() {
        loop.start();
    }

    /** One turn of the loop; answers how long to wait before the next. */
    private Duration runInLoop() {
        if (!settings.isPaired()) {
            publish(status.with(SyncStatus.Phase.NOT_PAIRED));
            return pullEvery;
        }
        Instant now = clock.instant();
        Instant due = retryAt;
        if (due != null && now.isBefore(due)) {
            return Duration.between(now, due); // "send now" failed meanwhile and set a later try
        }
        String url = settings.get(Settings.SERVER_URL).orElse("");
        try {
            api.checkReachable(url);
        } catch (ServerException e) {
            Instant next = scheduleRetry(e);
            publish(new SyncStatus(SyncStatus.Phase.OFFLINE, outbox.pendingCount(), outbox.rejectedCount(),
                    status.lastSyncAt(), e.messageTh(), 0, 0, 0, SyncStatus.Trouble.of(e), next));
            return Duration.between(now, next);
        }
        try {
            syncOnce();
            return outbox.pendingCount() > 0 ? Duration.ZERO : pullEvery;
        } catch (ServerException e) {
            LOG.log(Level.INFO, "sync failed: {0}", e.getMessage());
            Instant next = retryAt;
            Duration wait = next == null ? backoff.nextDelay() : Duration.between(clock.instant(), next);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sync failed unexpectedly", e);
            return backoff.nextDelay();
        }
    }

    private static boolean offline(ServerException e) {
        return e.kind() == ServerException.Kind.UNREACHABLE || e.kind() == ServerException.Kind.NO_SIGNAL;
    }

    /**
     * The next try after a failure: the backoff's wait, or longer when the server asked for longer
     * (Retry-After), so a server that is shedding load is not knocked on again early.
     */
    private Instant scheduleRetry(ServerException e) {
        Duration wait = backoff.nextDelay();
        if (e.retryAfter() != null && e.retryAfter().compareTo(wait) > 0) {
            wait = e.retryAfter();
        }
        Instant next = clock.instant().plus(wait);
        retryAt = next;
        return next;
    }

    private void refreshCounts() {
        SyncStatus s = status;
        SyncStatus.Phase phase = s.phase() == SyncStatus.Phase.NOT_PAIRED && settings.isPaired()
                ? SyncStatus.Phase.IDLE : s.phase();
        publish(new SyncStatus(phase, outbox.pendingCount(), outbox.rejectedCount(), s.lastSyncAt(), s.lastErrorTh(),
                s.sent(), s.toSend(), s.pulled(), s.trouble(), s.nextTryAt(), s.resent()));
    }

    private void publish(SyncStatus next) {
        if (Objects.equals(status, next)) {
            return;
        }
        status = next;
        for (Consumer<SyncStatus> l : listeners) {
            l.accept(next);
        }
    }

    @Override
    public void close() {
        loop.stop();
        fetcher.shutdownNow();
        loop.close();
    }
}
