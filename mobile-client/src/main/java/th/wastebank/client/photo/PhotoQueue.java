package th.wastebank.client.photo;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import th.wastebank.client.store.ClientStore;

/**
 * The phone's queue of photos for the server, in its SQLite store: one row per photo (by SHA-256),
 * with the tus upload's address and the bytes the server confirmed, so an upload resumes where it
 * stopped even after the app was closed. A row is never deleted: a photo leaves the work list only
 * when the server has confirmed it.
 */
public final class PhotoQueue {
    private static final String COLUMNS = "sha256, file, size, state, upload_url, confirmed, attempts, last_error";

    private final ClientStore store;
    private final Path privateDir;

    /** @param privateDir the app's private directory, which the rows' file names are relative to */
    public PhotoQueue(ClientStore store, Path privateDir) {
        this.store = store;
        this.privateDir = privateDir;
    }

    /** Adds a photo; the same photo (same bytes) queued again stays one entry. Returns true when new. */
    public boolean enqueue(String sha256, Path file, long size, long nowMillis) {
        String relative = privateDir.toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
        return store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO photo (sha256, file, size, queued_at)"
                    + " VALUES (?,?,?,?) ON CONFLICT(sha256) DO NOTHING")) {
                ps.setString(1, sha256);
                ps.setString(2, relative);
                ps.setLong(3, size);
                ps.setLong(4, nowMillis);
                return ps.executeUpdate() == 1;
            }
        });
    }

    public Optional<QueuedPhoto> get(String sha256) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM photo WHERE sha256 = ?")) {
                ps.setString(1, sha256);
                List<QueuedPhoto> found = list(ps);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    /** The photos of this phone among {@code sha256s}, by SHA-256 (a photo pulled with another phone's record is absent). */
    public Map<String, QueuedPhoto> find(Collection<String> sha256s) {
        Map<String, QueuedPhoto> out = new HashMap<>();
        for (String sha : sha256s) {
            get(sha).ifPresent(p -> out.put(sha, p));
        }
        return out;
    }

    /** Photos still to send (queued or part-sent), oldest first. */
    public List<QueuedPhoto> toUpload() {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM photo"
                    + " WHERE state IN ('QUEUED', 'UPLOADING') ORDER BY queued_at, sha256")) {
                return list(ps);
            }
        });
    }

    /** The server created a tus upload for the photo: remember where, before any byte is sent. */
    public void started(String sha256, String uploadUrl) {
        update("UPDATE photo SET state = 'UPLOADING', upload_url = ?, confirmed = 0 WHERE sha256 = ?"
                + " AND state <> 'UPLOADED'", uploadUrl, sha256);
    }

    /** The server has acknowledged {@code bytes} of the photo. */
    public void confirmed(String sha256, long bytes) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE photo SET confirmed = ? WHERE sha256 = ?"
                    + " AND state = 'UPLOADING'")) {
                ps.setLong(1, bytes);
                ps.setString(2, sha256);
                return ps.executeUpdate();
            }
        });
    }

    /** The server holds the photo. */
    public void uploaded(String sha256, long nowMillis) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE photo SET state = 'UPLOADED', confirmed = size,"
                    + " upload_url = NULL, last_error = NULL, uploaded_at = ? WHERE sha256 = ?")) {
                ps.setLong(1, nowMillis);
                ps.setString(2, sha256);
                return ps.executeUpdate();
            }
        });
    }

    /** The server no longer knows the upload (expired or discarded): start a new one next time. */
    public void restart(String sha256) {
        update("UPDATE photo SET state = 'QUEUED', upload_url = NULL, confirmed = 0 WHERE sha256 = ?"
                + " AND state <> 'UPLOADED'", sha256);
    }

    /**
     * The server was restored from a backup and may lack photos it confirmed: those confirmed since
     * {@code since} are queued again, on the caller's connection (the sync engine's transaction).
     * Each costs one question before any byte moves: the server says whether it still holds it.
     */
    public static int queueAgain(Connection c, Instant since) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE photo SET state = 'QUEUED', upload_url = NULL,"
                + " confirmed = 0, attempts = 0, last_error = NULL WHERE state = 'UPLOADED' AND uploaded_at >= ?")) {
            ps.setLong(1, since.toEpochMilli());
            return ps.executeUpdate();
        }
    }

    /** An attempt failed for a reason that may pass (the link, the server being busy). */
    public void attemptFailed(String sha256, String errorTh) {
        update("UPDATE photo SET attempts = attempts + 1, last_error = ? WHERE sha256 = ?", errorTh, sha256);
    }

    /** The server refused the file itself; it waits for a person and is kept. */
    public void failed(String sha256, String errorTh) {
        update("UPDATE photo SET state = 'FAILED', attempts = attempts + 1, last_error = ?, upload_url = NULL,"
                + " confirmed = 0 WHERE sha256 = ? AND state <> 'UPLOADED'", errorTh, sha256);
    }

    /** Puts every refused photo back in the queue (a person asked to try again). */
    public int retryFailed() {
        return store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE photo SET state = 'QUEUED', last_error = NULL"
                    + " WHERE state = 'FAILED'")) {
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Counts for the status card: photos waiting or failed, and the bytes of the current round (the
     * photos not yet uploaded and those uploaded since {@code roundStartMillis}) and how many of them
     * the server has confirmed.
     */
    public PhotoTotals totals(long roundStartMillis) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT"
                    + " COALESCE(SUM(CASE WHEN state IN ('QUEUED', 'UPLOADING') THEN 1 ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN state = 'FAILED' THEN 1 ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN state = 'UPLOADED' THEN 1 ELSE 0 END), 0),"
                    + " COALESCE(SUM(size), 0),"
                    + " COALESCE(SUM(CASE WHEN state = 'UPLOADED' THEN size ELSE confirmed END), 0)"
                    + " FROM photo WHERE state IN ('QUEUED', 'UPLOADING') OR (state = 'UPLOADED' AND uploaded_at >= ?)")) {
                ps.setLong(1, roundStartMillis);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    int waiting = rs.getInt(1);
                    int uploadedInRound = rs.getInt(3);
                    long total = rs.getLong(4);
                    long confirmed = rs.getLong(5);
                    return new PhotoTotals(waiting, failedCount(c), uploadedInRound, total, confirmed);
                }
            }
        });
    }

    private static int failedCount(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM photo WHERE state = 'FAILED'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void update(String sql, String... args) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setString(i + 1, args[i]);
                }
                return ps.executeUpdate();
            }
        });
    }

    private List<QueuedPhoto> list(PreparedStatement ps) throws SQLException {
        List<QueuedPhoto> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new QueuedPhoto(rs.getString(1), privateDir.resolve(rs.getString(2)), rs.getLong(3),
                        PhotoState.valueOf(rs.getString(4)), rs.getString(5), rs.getLong(6), rs.getInt(7),
                        rs.getString(8)));
            }
        }
        return out;
    }
}
