package th.wastebank.client.photo;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.tus.java.client.ProtocolException;
import io.tus.java.client.TusClient;
import io.tus.java.client.TusURLStore;
import io.tus.java.client.TusUpload;
import io.tus.java.client.TusUploader;

import th.wastebank.client.common.BackgroundLoop;
import th.wastebank.client.store.Settings;
import th.wastebank.client.sync.Backoff;
import th.wastebank.client.sync.ServerApi;
import th.wastebank.client.sync.ServerException;
import th.wastebank.client.sync.SyncEngine;
import th.wastebank.client.sync.SyncStatus;

/**
 * Sends queued photos to the server over tus 1.0.0 with the unmodified tus-java-client and the
 * device's token. For each photo it first asks the server whether the org already holds it
 * ({@code HEAD /api/v1/photos/{sha256}}; then nothing is sent). Otherwise it resumes the upload
 * whose address the queue kept (the server's {@code HEAD} gives the offset to go on from) or
 * creates one, and sends the rest in {@value #CHUNK_BYTES}-byte chunks, {@value #REQUEST_BYTES}
 * bytes per request. After each request the server's {@code Upload-Offset} is stored as the
 * confirmed bytes, so the progress bars move with what the server really has and an upload goes on
 * from there after a cut or a restart of the app.
 *
 * <p>Sizes: a photo resized to 1600 px is typically 200–600 KB. The server keeps every byte that
 * arrived before a cut, so the request size costs nothing on a broken link; it only sets how often
 * the server confirms (the progress bar's steps) and the per-request overhead (headers and one
 * {@code 100-continue} round trip, under 1% at 256 KiB even on 2G). 64 KiB chunks keep the phone's
 * buffer small.
 *
 * <p>A 409 (offset mismatch) or 423 (another request still holds the upload, e.g. the one the link
 * just broke) means "ask HEAD again"; a 404 or 410 (upload finished with its answer lost, or
 * expired) means "ask whether the org holds the photo, else start a new upload"; a 413, 415 or 422
 * (too large, not a picture, damaged) marks the photo failed, kept for a person to see. Any other
 * failure ends the run; the loop tries again after a backoff, as the sync engine does. A photo is
 * never deleted.
 */
public final class PhotoUploader implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(PhotoUploader.class.getName());
    public static final int CHUNK_BYTES = 64 * 1024;
    public static final int REQUEST_BYTES = 256 * 1024;
    private static final int CONNECT_TIMEOUT_MS = 10_000;
    private static final int READ_TIMEOUT_MS = 60_000;
    private static final int TRIES_PER_PHOTO = 4;
    private static final Duration HEAD_AGAIN_AFTER = Duration.ofMillis(500);
    /**
     * What a photo refused twice says. The tus client closes the connection before it reports a
     * refusal, so the server's problem+json (its code and Thai words) cannot be read here.
     */
    static final String REFUSED_TWICE_TH = "เซิร์ฟเวอร์ไม่รับรูปนี้ เพราะรูปใหญ่เกินไปหรือไฟล์เสียหาย"
            + " กรุณาย่อรูปหรือถ่ายรูปใหม่";

    private final Settings settings;
    private final PhotoQueue queue;
    private final ServerApi api;
    private final Clock clock;
    private final Backoff backoff;
    private final Duration idleEvery;
    private final List<Consumer<PhotoStatus>> listeners = new CopyOnWriteArrayList<>();
    private final BackgroundLoop loop = new BackgroundLoop("wastebank-photos", this::runInLoop);
    private final Object runLock = new Object();
    private volatile long roundStart;
    private volatile PhotoStatus status;

    public PhotoUploader(Settings settings, PhotoQueue queue, ServerApi api, Clock clock, Backoff backoff,
                         Duration idleEvery) {
        this.settings = settings;
        this.queue = queue;
        this.api = api;
        this.clock = clock;
        this.backoff = backoff;
        this.idleEvery = idleEvery;
        this.roundStart = clock.millis();
        this.status = new PhotoStatus(settings.isPaired() ? PhotoStatus.Phase.IDLE : PhotoStatus.Phase.NOT_PAIRED,
                totals(), null, null);
    }

    /** What one run did. */
    public record Run(int uploaded, int alreadyOnServer, int failed, long bytesSent) {
    }

    public PhotoStatus status() {
        return status;
    }

    public void addListener(Consumer<PhotoStatus> listener) {
        listeners.add(listener);
        listener.accept(status);
    }

    /** Re-reads the queue (after a photo was added or retried) and wakes the loop. */
    public void nudge() {
        publish(new PhotoStatus(status.phase() == PhotoStatus.Phase.NOT_PAIRED && settings.isPaired()
                ? PhotoStatus.Phase.IDLE : status.phase(), totals(), status.currentSha256(), status.lastErrorTh()));
        loop.wake();
    }

    /**
     * Wakes the loop after each sync run that reached the server, so photos follow the records that
     * show them; and has the engine queue the photos again when it finds the server restored.
     */
    public void followSyncRuns(SyncEngine sync) {
        sync.alsoOnRestore(PhotoQueue::queueAgain);
        sync.addListener(new Consumer<>() {
            private Instant last;

            @Override
            public void accept(SyncStatus s) {
                if (s.phase() == SyncStatus.Phase.IDLE && s.lastSyncAt() != null && !s.lastSyncAt().equals(last)) {
                    last = s.lastSyncAt();
                    loop.wake();
                }
            }
        });
    }

    /**
     * One run on the calling thread: every queued photo, oldest first.
     *
     * @throws ServerException when the server cannot be used; what it confirmed is kept
     */
    public Run uploadOnce() throws ServerException {
        synchronized (runLock) {
            String base = settings.get(Settings.SERVER_URL).map(PhotoUploader::withoutSlash).orElse(null);
            String token = settings.get(Settings.TOKEN).orElse(null);
            if (base == null || token == null) {
                publish(new PhotoStatus(PhotoStatus.Phase.NOT_PAIRED, totals(), null, status.lastErrorTh()));
                return new Run(0, 0, 0, 0);
            }
            Counters counters = new Counters();
            for (QueuedPhoto photo : queue.toUpload()) {
                publish(new PhotoStatus(PhotoStatus.Phase.UPLOADING, totals(), photo.sha256(), status.lastErrorTh()));
                try {
                    upload(base, token, photo, counters);
                } catch (ServerException e) {
                    queue.attemptFailed(photo.sha256(), e.messageTh());
                    publish(new PhotoStatus(e.kind() == ServerException.Kind.UNREACHABLE
                            || e.kind() == ServerException.Kind.NO_SIGNAL ? PhotoStatus.Phase.OFFLINE
                            : PhotoStatus.Phase.ERROR, totals(), null, e.messageTh()));
                    throw e;
                }
            }
            publish(new PhotoStatus(PhotoStatus.Phase.IDLE, totals(), null, null));
            return new Run(counters.uploaded, counters.alreadyOnServer, counters.failed, counters.bytesSent);
        }
    }

    private void upload(String base, String token, QueuedPhoto photo, Counters counters) throws ServerException {
        String sha = photo.sha256();
        if (!Files.isRegularFile(photo.file())) {
            fail(photo, "ไม่พบไฟล์รูปนี้ในเครื่อง", counters);
            return;
        }
        if (api.photoExists(base, token, sha)) {
            queue.uploaded(sha, clock.millis());
            counters.alreadyOnServer++;
            return;
        }
        if (photo.uploadUrl() != null && !photo.uploadUrl().startsWith(base + "/")) {
            queue.restart(sha); // paired again with another address: that upload is not reachable here
        }
        TusClient client = client(base, token);
        boolean refusedBefore = false;
        for (int attempt = 1; ; attempt++) {
            QueuedPhoto current = queue.get(sha).orElseThrow();
            TusUpload upload = null;
            try {
                upload = upload(current);
                TusUploader uploader = current.uploadUrl() == null ? client.createUpload(upload)
                        : client.beginOrResumeUploadFromURL(upload, new URL(current.uploadUrl()));
                send(uploader, current, counters);
                queue.uploaded(sha, clock.millis());
                counters.uploaded++;
                return;
            } catch (ProtocolException e) {
                int code = status(e);
                if (code == 413 || code == 415) {
                    fail(current, code == 413 ? "รูปภาพใหญ่เกินกว่าที่เซิร์ฟเวอร์รับได้"
                            : "เซิร์ฟเวอร์ไม่รับไฟล์นี้ เพราะไม่ใช่รูปภาพ JPEG, PNG หรือ WebP", counters);
                    return;
                }
                if (code == 422 && !sha.equals(hashOf(current))) {
                    fail(current, "ไฟล์รูปในเครื่องเสียหาย กรุณาถ่ายรูปใหม่", counters);
                    return;
                }
                if (code == 422 && refusedBefore) {
                    // the same whole file refused twice: not bytes damaged on the way (sha256-mismatch)
                    // but the picture itself (image-too-large); sent again it would be refused again,
                    // forever, so it waits for a person
                    fail(current, REFUSED_TWICE_TH, counters);
                    return;
                }
                refusedBefore |= code == 422;
                if (code == 404 || code == 410 || code == 422) {
                    if (api.photoExists(base, token, sha)) {
                        queue.uploaded(sha, clock.millis());
                        counters.alreadyOnServer++;
                        return;
                    }
                    queue.restart(sha);
                } else if (code == 401) {
                    throw new ServerException(ServerException.Kind.UNAUTHORIZED, e.getMessage(), e);
                } else if (code != 409 && code != 423) {
                    throw new ServerException(code >= 500 || code < 0 ? ServerException.Kind.UNREACHABLE
                            : ServerException.Kind.REFUSED, null, "ส่งรูปไม่สำเร็จ เซิร์ฟเวอร์ตอบกลับรหัส " + code
                            + " จะลองใหม่อัตโนมัติ", e.getMessage(), e);
                }
                if (attempt >= TRIES_PER_PHOTO) {
                    throw new ServerException(ServerException.Kind.UNREACHABLE, null,
                            "เซิร์ฟเวอร์ยังรับรูปนี้ไม่ได้ จะลองส่งต่อภายหลัง", e.getMessage(), e);
                }
                pause();
            } catch (IOException e) {
                throw new ServerException(ServerException.Kind.UNREACHABLE, e.toString(), e);
            } finally {
                close(upload);
            }
        }
    }

    /** Sends the rest of the photo; the server's offset after each request becomes the confirmed bytes. */
    private void send(TusUploader uploader, QueuedPhoto photo, Counters counters)
            throws IOException, ProtocolException {
        uploader.setChunkSize(CHUNK_BYTES);
        uploader.setRequestPayloadSize(REQUEST_BYTES);
        long start = uploader.getOffset();
        confirm(photo, start);
        while (uploader.getOffset() < photo.size()) {
            int sent = uploader.uploadChunk();
            if (sent < 0) {
                break;
            }
            counters.bytesSent += sent;
            if ((uploader.getOffset() - start) % REQUEST_BYTES == 0) {
                confirm(photo, uploader.getOffset());
            }
        }
        uploader.finish();
    }

    private void confirm(QueuedPhoto photo, long offset) {
        queue.confirmed(photo.sha256(), offset);
        publish(new PhotoStatus(PhotoStatus.Phase.UPLOADING, totals(), photo.sha256(), status.lastErrorTh()));
    }

    private void fail(QueuedPhoto photo, String reasonTh, Counters counters) {
        LOG.log(Level.WARNING, "photo {0} refused: {1}", new Object[] {photo.sha256(), reasonTh});
        queue.failed(photo.sha256(), reasonTh);
        counters.failed++;
    }

    private TusClient client(String base, String token) throws ServerException {
        TusClient client = new TusClient() {
            @Override
            public void prepareConnection(HttpURLConnection connection) {
                super.prepareConnection(connection);
                connection.setReadTimeout(READ_TIMEOUT_MS);
            }
        };
        try {
            client.setUploadCreationURL(new URL(base + "/api/v1/uploads"));
        } catch (MalformedURLException e) {
            throw new ServerException(ServerException.Kind.REFUSED, "bad-url", "ที่อยู่เซิร์ฟเวอร์ไม่ถูกต้อง",
                    "not a URL: " + base, e);
        }
        client.setConnectTimeout(CONNECT_TIMEOUT_MS);
        client.setHeaders(Map.of("Authorization", "Bearer " + token));
        client.enableResuming(new QueueUrlStore(queue));
        return client;
    }

    private static TusUpload upload(QueuedPhoto photo) throws IOException {
        TusUpload upload = new TusUpload(photo.file().toFile());
        upload.setFingerprint(photo.sha256());
        upload.setMetadata(Map.of("sha256", photo.sha256(), "filename", photo.sha256() + ".jpg"));
        return upload;
    }

    /**
     * The tus client's record of upload addresses, kept in the photo queue: the address is stored
     * the moment the server creates the upload, before any byte is sent.
     */
    private record QueueUrlStore(PhotoQueue queue) implements TusURLStore {
        @Override
        public void set(String fingerprint, URL url) {
            queue.started(fingerprint, url.toString());
        }

        @Override
        public URL get(String fingerprint) {
            return queue.get(fingerprint).map(QueuedPhoto::uploadUrl).map(u -> {
                try {
                    return new URL(u);
                } catch (MalformedURLException e) {
                    return null;
                }
            }).orElse(null);
        }

        @Override
        public void remove(String fingerprint) {
            // the queue marks the photo uploaded itself, and keeps its row
        }
    }

    private static int status(ProtocolException e) {
        HttpURLConnection c = e.getCausingConnection();
        if (c == null) {
            return -1;
        }
        try {
            return c.getResponseCode();
        } catch (IOException io) {
            return -1;
        }
    }

    private static String hashOf(QueuedPhoto photo) {
        try {
            return PhotoService.sha256Hex(photo.file());
        } catch (IOException e) {
            return "";
        }
    }

    private static void close(TusUpload upload) {
        if (upload == null) {
            return;
        }
        InputStream in = upload.getInputStream();
        if (in == null) {
            return;
        }
        try {
            in.close();
        } catch (IOException ignored) {
            // closing a file we only read; nothing is lost
        }
    }

    private static void pause() throws ServerException {
        try {
            Thread.sleep(HEAD_AGAIN_AFTER.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerException(ServerException.Kind.UNREACHABLE, "interrupted", e);
        }
    }

    private static String withoutSlash(String url) {
        String u = url.strip();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    /** Starts the background loop: upload whenever photos wait and the server answers. */
    public void start() {
        loop.start();
    }

    /** One turn of the loop; answers how long to wait before the next. */
    private Duration runInLoop() {
        try {
            if (!settings.isPaired()) {
                publish(new PhotoStatus(PhotoStatus.Phase.NOT_PAIRED, totals(), null, null));
                return idleEvery;
            }
            if (queue.toUpload().isEmpty()) {
                publish(new PhotoStatus(PhotoStatus.Phase.IDLE, totals(), null, status.lastErrorTh()));
                return idleEvery;
            }
            if (!api.reachable(settings.get(Settings.SERVER_URL).orElse(""))) {
                publish(new PhotoStatus(PhotoStatus.Phase.OFFLINE, totals(), null, status.lastErrorTh()));
                return backoff.nextDelay();
            }
            uploadOnce();
            backoff.reset();
            return queue.toUpload().isEmpty() ? idleEvery : backoff.nextDelay();
        } catch (ServerException e) {
            LOG.log(Level.INFO, "photo upload stopped: {0}", e.getMessage());
            return backoff.nextDelay();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "photo upload failed unexpectedly", e);
            return backoff.nextDelay();
        }
    }

    /** The queue's numbers; a round ends when nothing waits, and the next photo starts a new one. */
    private PhotoTotals totals() {
        PhotoTotals t = queue.totals(roundStart);
        if (t.waiting() == 0) {
            roundStart = clock.millis();
        }
        return t;
    }

    private void publish(PhotoStatus next) {
        if (Objects.equals(status, next)) {
            return;
        }
        status = next;
        for (Consumer<PhotoStatus> l : listeners) {
            l.accept(next);
        }
    }

    @Override
    public void close() {
        loop.close();
    }

    private static final class Counters {
        int uploaded;
        int alreadyOnServer;
        int failed;
        long bytesSent;
    }
}
