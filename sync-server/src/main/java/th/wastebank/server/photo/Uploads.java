package th.wastebank.server.photo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.micronaut.http.HttpStatus;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.wastebank.id.IdGenerator;
import th.wastebank.server.api.ApiProblem;
import th.wastebank.server.auth.DeviceCaller;
import th.wastebank.server.config.WbSettings;
import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Tx;

/**
 * Resumable photo uploads (tus 1.0.0 core, creation, checksum, termination, expiration). The offset
 * and the bytes received so far are kept on every write, so an upload cut anywhere resumes from
 * the last byte that arrived. When the last byte arrives the file must hash to the declared
 * SHA-256 and be a JPEG, PNG or WebP by its bytes, or it is discarded.
 *
 * <p>Any server node continues any upload: the offset and the holder ({@link UploadHolds}) are in
 * the database, the bytes in {@code WB_UPLOAD_DIR}, one directory that all nodes share (a network
 * mount beside the shared photos). The bytes a node wrote past the recorded offset before it died
 * are cut off by the next writer. The bytes stay in a directory when photos go to object storage
 * too: S3 has no append, and a multipart upload's parts must be at least 5 MiB, more than a phone
 * sends in one request, so partial bytes as objects would mean copying each upload over and over.
 *
 * <p>Limits: an org's unfinished uploads may declare {@code WB_UPLOAD_QUOTA_PER_ORG_MIB} together
 * (507 {@code upload-quota-full} past it: the phone tries again later, as for a full disk, where a
 * 413 would make it give the photo up); a device may send {@code WB_UPLOADS_PER_DEVICE} bodies at
 * once to a node (429). A newer request takes an upload over from a stalled one ({@link UploadHolds}). When
 * the disk is full the bytes written so far are kept and the answer is 507 {@code storage-full}; an
 * upload whose every byte arrived but that could not be kept yet is kept on its next HEAD or PATCH.
 * Refusals of the file itself (4xx) discard the upload; failures of the server (5xx) never do.
 */
@Singleton
public class Uploads implements AutoCloseable {
    public static final long MAX_SIZE = 10L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(Uploads.class);
    private static final int BUFFER = 64 * 1024;
    private static final Duration LOCK_WAIT = Duration.ofSeconds(15);
    private static final Duration RETRY_WHEN_FULL = Duration.ofSeconds(60);
    private static final long MIB = 1024L * 1024;

    private final DataSource dataSource;
    private final WbSettings settings;
    private final Clock clock;
    private final IdGenerator ids;
    private final Photos photos;
    private final Path partsDir;
    private final UploadHolds holds;

    public Uploads(Database database, WbSettings settings, Clock clock, IdGenerator ids, Photos photos) {
        this.dataSource = database.pool();
        this.settings = settings;
        this.clock = clock;
        this.ids = ids;
        this.photos = photos;
        this.partsDir = settings.getUploadDir().isBlank()
                ? Path.of(settings.getDataDir()).toAbsolutePath().resolve("uploads")
                : Path.of(settings.getUploadDir()).toAbsolutePath();
        this.holds = new UploadHolds(new UploadLeases(dataSource), LOCK_WAIT, settings.getUploadIdleTimeout(),
                settings.getUploadsPerDevice());
    }

    @PreDestroy
    @Override
    public void close() {
        holds.close();
    }

    public Upload create(DeviceCaller caller, String lengthHeader, String metadataHeader) {
        long length = parseLength(lengthHeader);
        Map<String, String> metadata = parseMetadata(metadataHeader);
        String sha256 = metadata.getOrDefault("sha256", "").toLowerCase(java.util.Locale.ROOT);
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw ApiProblem.badRequest("sha256-missing",
                    "Upload-Metadata must carry sha256: the file's lower-case hex SHA-256 (base64-encoded as tus requires)",
                    "ไม่พบรหัสตรวจสอบของรูปภาพ");
        }
        String filename = cleanFilename(metadata.get("filename"));
        Instant now = clock.instant();
        refuseOverQuota(caller.orgId(), length, now);
        Upload upload = new Upload(ids.next(), caller.orgId(), caller.deviceId(), length, 0, sha256, filename,
                now.plus(settings.getUploadTtl()));
        try {
            Files.createDirectories(partsDir);
            if (Files.getFileStore(partsDir).getUsableSpace() < length) {
                throw storageFull("The photo disk has less free space than this upload's " + length + " bytes");
            }
            Files.deleteIfExists(part(upload.id()));
            Files.createFile(part(upload.id()));
        } catch (IOException e) {
            throw storageProblem(e);
        }
        Tx.write(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO upload (id, org_id, device_id, length, received,"
                    + " sha256, filename, created_at, expires_at) VALUES (?,?,?,?,0,?,?,?,?)")) {
                ps.setBytes(1, Jdbc.bytes(upload.id()));
                ps.setLong(2, upload.orgId());
                ps.setBytes(3, Jdbc.bytes(upload.deviceId()));
                ps.setLong(4, length);
                ps.setString(5, sha256);
                ps.setString(6, filename);
                ps.setObject(7, Jdbc.utc(now));
                ps.setObject(8, Jdbc.utc(upload.expiresAt()));
                ps.executeUpdate();
            }
        });
        return upload;
    }

    /** 507 when the org's unfinished uploads together with this one would declare more than its quota. */
    private void refuseOverQuota(long orgId, long length, Instant now) {
        long quota = settings.getUploadQuotaPerOrgMib() * MIB;
        if (quota <= 0) {
            return;
        }
        long pending;
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(length), 0) FROM upload"
                     + " WHERE org_id = ? AND expires_at >= ?")) {
            ps.setLong(1, orgId);
            ps.setObject(2, Jdbc.utc(now));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                pending = rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (pending + length > quota) {
            throw new ApiProblem(HttpStatus.INSUFFICIENT_STORAGE, "upload-quota-full", "Insufficient storage",
                    "This organisation's unfinished uploads already declare " + pending + " bytes; with this one they"
                            + " would pass the quota of " + quota + " bytes. Finish or cancel some first",
                    "มีรูปที่ส่งค้างอยู่มากเกินไป แอปจะส่งรูปนี้ต่อเมื่อรูปอื่นส่งเสร็จแล้ว", RETRY_WHEN_FULL);
        }
    }

    /** The caller's org's upload, or 404 (another org's upload does not exist for it). */
    public Upload find(DeviceCaller caller, UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, org_id, device_id, length, received, sha256, filename,"
                     + " expires_at FROM upload WHERE id = ? AND org_id = ?")) {
            ps.setBytes(1, Jdbc.bytes(id));
            ps.setLong(2, caller.orgId());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw notFound();
                }
                Upload u = new Upload(Jdbc.uuid(rs.getBytes(1)), rs.getLong(2), Jdbc.uuid(rs.getBytes(3)), rs.getLong(4),
                        rs.getLong(5), rs.getString(6), rs.getString(7), Jdbc.instant(rs, 8));
                if (u.expiresAt().isBefore(clock.instant())) {
                    throw new ApiProblem(HttpStatus.GONE, "upload-expired", "Gone", "This upload has expired",
                            "การอัปโหลดนี้หมดอายุแล้ว จะเริ่มส่งรูปใหม่");
                }
                return u;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Appends a PATCH's bytes at {@code offsetHeader}, after taking the upload over from any request
     * still holding it.
     *
     * @return the upload after the write (complete uploads are already kept as photos)
     */
    public Upload patch(DeviceCaller caller, UUID id, String offsetHeader, String checksumHeader, InputStream body) {
        find(caller, id); // only the upload's own org may take it over
        UploadHolds.Held taken;
        try {
            taken = holds.take(id);
        } catch (UploadHolds.TakenOverException newer) {
            throw takenOver(0);
        }
        try (UploadHolds.Held held = taken) {
            Upload u = onDisk(find(caller, id), held);
            long offset = parseOffset(offsetHeader);
            if (offset != u.received()) {
                throw conflict("offset-mismatch", "Upload-Offset " + offset + " is not the upload's offset "
                        + u.received() + "; ask with HEAD", "ตำแหน่งข้อมูลไม่ตรงกัน จะส่งต่อจากตำแหน่งที่ถูกต้อง");
            }
            ChunkChecksum checksum = ChunkChecksum.parse(checksumHeader);
            long written;
            try (UploadHolds.Body received = holds.receive(held, caller.deviceId(), body)) {
                written = checksum == null ? appendStreaming(u, received, held)
                        : appendVerified(u, received, checksum, held);
            }
            Upload after = written == 0 ? u : saveProgress(u, u.received() + written, held);
            if (after.complete()) {
                finish(after);
            }
            return after;
        }
    }

    /**
     * The caller's upload once no request is writing it: a HEAD takes the upload over from a PATCH
     * still receiving (which records what it wrote first), so the client resumes from the true
     * offset. An upload whose every byte arrived but that could not be kept yet is kept now. When
     * a newer request came meanwhile (it holds the upload now), the recorded offset is the answer.
     */
    public Upload settled(DeviceCaller caller, UUID id) {
        find(caller, id); // only the upload's own org may take it over
        UploadHolds.Held taken;
        try {
            taken = holds.take(id);
        } catch (UploadHolds.TakenOverException newer) {
            return find(caller, id);
        }
        try (UploadHolds.Held held = taken) {
            Upload u = onDisk(find(caller, id), held);
            if (u.complete()) {
                finish(u);
            }
            return u;
        }
    }

    /**
     * Streams straight into the upload's file. Whatever ends the body early (a cut connection, a
     * newer request taking over, no byte for the idle time, a full disk), the bytes written so far
     * are recorded before the request ends.
     */
    private long appendStreaming(Upload u, InputStream body, UploadHolds.Held held) {
        long remaining = u.length() - u.received();
        long written = 0;
        try (FileChannel out = FileChannel.open(part(u.id()), StandardOpenOption.WRITE)) {
            out.position(u.received());
            byte[] buf = new byte[BUFFER];
            while (true) {
                int n;
                try {
                    n = body.read(buf);
                } catch (IOException cut) {
                    keepWritten(u, out, written, held);
                    throw ended(cut, written);
                }
                if (n < 0) {
                    break;
                }
                if (written + n > remaining) {
                    throw tooLong(u);
                }
                ByteBuffer bytes = ByteBuffer.wrap(buf, 0, n);
                try {
                    while (bytes.hasRemaining()) {
                        written += out.write(bytes);
                    }
                } catch (IOException full) {
                    keepWritten(u, out, written, held);
                    throw storageProblem(full);
                }
            }
            out.force(false);
            return written;
        } catch (IOException e) {
            throw storageProblem(e);
        }
    }

    /** Records the bytes a body that ended early had written (a no-op when it wrote none). */
    private void keepWritten(Upload u, FileChannel out, long written, UploadHolds.Held held) {
        if (written == 0) {
            return;
        }
        try {
            out.force(false);
        } catch (IOException e) {
            LOG.warn("Could not flush upload {}: {}", u.id(), e.toString());
        }
        saveProgress(u, u.received() + written, held);
    }

    /** The answer to a request whose body ended before all of it arrived (if anyone still listens). */
    private static ApiProblem ended(IOException cause, long written) {
        if (cause instanceof UploadHolds.EndedException e && e.ending == UploadHolds.Ending.TAKEN_OVER) {
            return takenOver(written);
        }
        if (cause instanceof UploadHolds.EndedException) {
            return new ApiProblem(HttpStatus.REQUEST_TIMEOUT, "upload-idle", "Request timeout",
                    "No byte arrived for too long; the " + written + " bytes received are kept, resume with HEAD",
                    "การส่งรูปหยุดนานเกินไป จะส่งต่อจากส่วนที่ได้รับแล้ว");
        }
        return ApiProblem.badRequest("upload-interrupted", "The connection broke after " + written
                + " bytes; they are kept, resume with HEAD", "การเชื่อมต่อขาดระหว่างส่งรูป จะส่งต่อจากส่วนที่ได้รับแล้ว");
    }

    /** Receives the chunk aside, and appends it only if its checksum matches (else 460, offset unmoved). */
    private long appendVerified(Upload u, InputStream body, ChunkChecksum checksum, UploadHolds.Held held) {
        long remaining = u.length() - u.received();
        Path chunk = null;
        try {
            chunk = Files.createTempFile(partsDir, u.id() + "-", ".chunk");
            long size = 0;
            try (FileChannel out = FileChannel.open(chunk, StandardOpenOption.WRITE)) {
                byte[] buf = new byte[BUFFER];
                while (true) {
                    int n;
                    try {
                        n = body.read(buf);
                    } catch (IOException cut) {
                        throw ended(cut, 0); // a chunk is all or nothing
                    }
                    if (n < 0) {
                        break;
                    }
                    if (size + n > remaining) {
                        throw tooLong(u);
                    }
                    checksum.update(buf, 0, n);
                    ByteBuffer bytes = ByteBuffer.wrap(buf, 0, n);
                    while (bytes.hasRemaining()) {
                        size += out.write(bytes);
                    }
                }
            }
            if (!checksum.matches()) {
                throw new ApiProblem(460, "checksum-mismatch", "Checksum Mismatch",
                        "The chunk does not match its Upload-Checksum; it was discarded",
                        "ข้อมูลเสียระหว่างส่ง จะส่งส่วนนี้ใหม่", null);
            }
            if (!held.mayWrite()) {
                throw takenOver(0); // the chunk is discarded: another node may be writing now
            }
            try (FileChannel in = FileChannel.open(chunk, StandardOpenOption.READ);
                 FileChannel out = FileChannel.open(part(u.id()), StandardOpenOption.WRITE)) {
                out.position(u.received());
                long copied = 0;
                while (copied < size) {
                    copied += in.transferTo(copied, size - copied, out);
                }
                out.force(false);
            }
            return size;
        } catch (IOException e) {
            throw storageProblem(e);
        } finally {
            if (chunk != null) {
                try {
                    Files.deleteIfExists(chunk);
                } catch (IOException ignored) {
                    // a stray temp file is removed with the upload
                }
            }
        }
    }

    /** 507 when the disk is full (the client tries again later), else 503. */
    private ApiProblem storageProblem(IOException e) {
        if (outOfSpace(e)) {
            return storageFull("The photo disk is full: " + e.getMessage());
        }
        LOG.warn("Photo storage failed", e);
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "storage-unavailable", "Service unavailable",
                "The photo storage failed; what was received is kept, try again later",
                "ที่เก็บรูปภาพของเซิร์ฟเวอร์ขัดข้อง จะลองส่งต่ออัตโนมัติ", RETRY_WHEN_FULL);
    }

    private static ApiProblem storageFull(String detail) {
        return new ApiProblem(HttpStatus.INSUFFICIENT_STORAGE, "storage-full", "Insufficient storage",
                detail + "; what was received is kept, try again later",
                "พื้นที่เก็บรูปภาพของเซิร์ฟเวอร์เต็ม รูปที่ส่งแล้วบางส่วนยังอยู่ จะส่งต่ออัตโนมัติเมื่อมีพื้นที่", RETRY_WHEN_FULL);
    }

    /** ENOSPC or EDQUOT by its message, or a disk with (almost) no room left. */
    private boolean outOfSpace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left") || m.contains("Disk quota exceeded"))) {
                return true;
            }
        }
        try {
            return Files.getFileStore(partsDir).getUsableSpace() < 2L * BUFFER;
        } catch (IOException notKnown) {
            return false;
        }
    }

    /**
     * Records the offset, if this request is still the upload's writer: one taken for dead (its
     * beats stopped reaching the database) records nothing, and the next writer cuts its bytes off.
     */
    private Upload saveProgress(Upload u, long received, UploadHolds.Held held) {
        Instant expires = clock.instant().plus(settings.getUploadTtl());
        int recorded = Tx.readCommitted(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE upload SET received = ?, expires_at = ?"
                    + " WHERE id = ? AND writer = ?")) {
                ps.setLong(1, received);
                ps.setObject(2, Jdbc.utc(expires));
                ps.setBytes(3, Jdbc.bytes(u.id()));
                ps.setLong(4, held.generation);
                return ps.executeUpdate();
            }
        });
        if (recorded == 0) {
            throw conflict("upload-taken-over", "Another request took this upload over before this one's"
                    + " bytes were recorded; resume with HEAD", "มีการส่งรูปนี้ต่อจากคำขอใหม่แล้ว");
        }
        return new Upload(u.id(), u.orgId(), u.deviceId(), u.length(), received, u.sha256(), u.filename(), expires);
    }

    /**
     * The upload as its file holds it, before this writer writes: bytes past the recorded offset
     * (a request whose node died after writing them and before recording them) are cut off, and a
     * file shorter than the offset (lost, or in an upload directory that the nodes do not share)
     * moves the offset back to the bytes the file has, so the client sends the rest again. The
     * file is opened to learn its size, which a network file system checks with its server.
     */
    private Upload onDisk(Upload u, UploadHolds.Held held) {
        long size;
        try (FileChannel file = FileChannel.open(part(u.id()), StandardOpenOption.WRITE)) {
            size = file.size();
            if (size > u.received()) {
                file.truncate(u.received());
                file.force(false);
                return u;
            }
        } catch (NoSuchFileException missing) {
            size = 0;
        } catch (IOException e) {
            throw storageProblem(e);
        }
        if (size == u.received()) {
            return u;
        }
        LOG.warn("Upload {} has {} of its {} recorded bytes in {}; it resumes from there. With several server nodes,"
                + " WB_UPLOAD_DIR must be one directory they all share", u.id(), size, u.received(), partsDir);
        try {
            Files.createDirectories(partsDir);
            if (size == 0) {
                Files.deleteIfExists(part(u.id()));
                Files.createFile(part(u.id()));
            }
        } catch (IOException e) {
            throw storageProblem(e);
        }
        return saveProgress(u, size, held);
    }

    /**
     * Checks the whole file and keeps it as the org's photo. A file refused for what it is (4xx) is
     * discarded; when the server cannot keep it now (5xx: disk full, decoders busy) the complete upload
     * stays, and its next HEAD or PATCH tries again.
     */
    private void finish(Upload u) {
        Path file = part(u.id());
        try {
            String actual = sha256Hex(file);
            if (!actual.equals(u.sha256())) {
                throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "sha256-mismatch", "Unprocessable entity",
                        "The file's SHA-256 is " + actual + ", not the declared " + u.sha256() + "; the upload was discarded",
                        "รูปที่ได้รับไม่ตรงกับรูปในเครื่อง จะส่งใหม่ทั้งรูป");
            }
            byte[] head = new byte[ImageType.SNIFF_BYTES];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, head.length);
            }
            ImageType type = ImageType.sniff(java.util.Arrays.copyOf(head, read)).orElseThrow(Uploads::notAPicture);
            try {
                photos.keep(u.orgId(), u.deviceId(), u.sha256(), type, file, u.filename());
            } catch (Photos.NotAPictureException e) {
                throw notAPicture();
            } catch (IOException e) {
                throw storageProblem(e);
            }
        } catch (ApiProblem refused) {
            if (refused.status() < 500) {
                discard(u);
            }
            throw refused;
        } catch (IOException e) {
            throw storageProblem(e);
        }
        discard(u);
    }

    public void terminate(DeviceCaller caller, UUID id) {
        discard(find(caller, id));
    }

    /** Removes unfinished uploads whose time ran out; returns how many. */
    public int expire() {
        List<UUID> expired = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id FROM upload WHERE expires_at < ?")) {
            ps.setObject(1, Jdbc.utc(clock.instant()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    expired.add(Jdbc.uuid(rs.getBytes(1)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        for (UUID id : expired) {
            deleteUpload(id);
        }
        if (!expired.isEmpty()) {
            LOG.info("Removed {} expired uploads", expired.size());
        }
        return expired.size();
    }

    private void discard(Upload u) {
        deleteUpload(u.id());
    }

    private void deleteUpload(UUID id) {
        holds.forget(id);
        Tx.write(dataSource, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM upload WHERE id = ?")) {
                ps.setBytes(1, Jdbc.bytes(id));
                ps.executeUpdate();
            }
        });
        try {
            Files.deleteIfExists(part(id));
        } catch (IOException e) {
            throw storageProblem(e);
        }
    }

    private Path part(UUID id) {
        return partsDir.resolve(id + ".part");
    }

    static String sha256Hex(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long parseLength(String header) {
        long length;
        try {
            length = Long.parseLong(header == null ? "" : header.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("upload-length-missing", "Upload-Length must be the file's size in bytes",
                    "ไม่ทราบขนาดของรูปภาพ");
        }
        if (length <= 0) {
            throw ApiProblem.badRequest("upload-length-missing", "Upload-Length must be more than zero",
                    "รูปภาพว่างเปล่า");
        }
        if (length > MAX_SIZE) {
            throw new ApiProblem(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "upload-too-large", "Too large",
                    "A photo may be at most " + MAX_SIZE + " bytes", "รูปภาพใหญ่เกิน 10 MB");
        }
        return length;
    }

    private static long parseOffset(String header) {
        try {
            long offset = Long.parseLong(header == null ? "" : header.strip());
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiProblem.badRequest("upload-offset-missing", "Upload-Offset must be a byte offset",
                "ตำแหน่งข้อมูลไม่ถูกต้อง");
    }

    /** tus metadata: {@code key base64value,key base64value}. */
    static Map<String, String> parseMetadata(String header) {
        Map<String, String> out = new HashMap<>();
        if (header == null || header.isBlank()) {
            return out;
        }
        for (String pair : header.split(",")) {
            String[] kv = pair.strip().split("\\s+", 2);
            if (kv[0].isEmpty()) {
                continue;
            }
            try {
                out.put(kv[0], kv.length < 2 ? "" : new String(Base64.getDecoder().decode(kv[1]), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.badRequest("metadata-invalid", "Upload-Metadata values must be base64",
                        "ข้อมูลประกอบรูปภาพไม่ถูกต้อง");
            }
        }
        return out;
    }

    private static String cleanFilename(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        return base.length() > 255 ? base.substring(0, 255) : base;
    }

    private static ApiProblem conflict(String code, String detail, String detailTh) {
        return new ApiProblem(HttpStatus.CONFLICT, code, "Conflict", detail, detailTh);
    }

    /** 404: the upload is finished, expired or was never made (or is another org's). */
    static ApiProblem notFound() {
        return ApiProblem.notFound("upload-not-found", "No such upload (finished, expired or never made)",
                "ไม่พบการอัปโหลดนี้ จะเริ่มส่งรูปใหม่");
    }

    private static ApiProblem takenOver(long written) {
        return conflict("upload-taken-over", "A newer request for this upload took it over after " + written
                + " bytes; they are kept", "มีการส่งรูปนี้ต่อจากคำขอใหม่แล้ว");
    }

    private static ApiProblem tooLong(Upload u) {
        return ApiProblem.badRequest("upload-overflow", "More bytes than Upload-Length " + u.length(),
                "ข้อมูลรูปภาพยาวเกินขนาดที่แจ้งไว้");
    }

    private static ApiProblem notAPicture() {
        return new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "not-a-picture", "Unsupported media type",
                "Only JPEG, PNG and WebP pictures are accepted; the upload was discarded",
                "รับเฉพาะรูปภาพ JPEG, PNG หรือ WebP เท่านั้น");
    }
}
