package th.wastebank.server.photo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import th.wastebank.server.db.Reads;
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
 *
 * <p>This class keeps the upload's row and takes it through its steps; the bytes on disk are
 * {@link UploadParts}', the tus headers {@link TusHeaders}', the refusals {@link UploadProblems}'.
 */
@Singleton
public class Uploads implements AutoCloseable {
    public static final long MAX_SIZE = 10L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(Uploads.class);
    private static final Duration LOCK_WAIT = Duration.ofSeconds(15);
    private static final long MIB = 1024L * 1024;

    private final DataSource dataSource;
    private final Reads reads;
    private final WbSettings settings;
    private final Clock clock;
    private final IdGenerator ids;
    private final Photos photos;
    private final UploadParts parts;
    private final UploadHolds holds;

    public Uploads(Database database, WbSettings settings, Clock clock, IdGenerator ids, Photos photos) {
        this.dataSource = database.pool();
        this.reads = database.reads();
        this.settings = settings;
        this.clock = clock;
        this.ids = ids;
        this.photos = photos;
        this.parts = new UploadParts(settings.getUploadDir().isBlank()
                ? Path.of(settings.getDataDir()).toAbsolutePath().resolve("uploads")
                : Path.of(settings.getUploadDir()).toAbsolutePath());
        this.holds = new UploadHolds(new UploadLeases(dataSource), LOCK_WAIT, settings.getUploadIdleTimeout(),
                settings.getUploadsPerDevice());
    }

    @PreDestroy
    @Override
    public void close() {
        holds.close();
    }

    public Upload create(DeviceCaller caller, String lengthHeader, String metadataHeader) {
        long length = TusHeaders.parseLength(lengthHeader);
        Map<String, String> metadata = TusHeaders.parseMetadata(metadataHeader);
        String sha256 = metadata.getOrDefault("sha256", "").toLowerCase(java.util.Locale.ROOT);
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw ApiProblem.badRequest("sha256-missing",
                    "Upload-Metadata must carry sha256: the file's lower-case hex SHA-256 (base64-encoded as tus requires)",
                    "ไม่พบรหัสตรวจสอบของรูปภาพ");
        }
        String filename = TusHeaders.cleanFilename(metadata.get("filename"));
        Instant now = clock.instant();
        refuseOverQuota(caller.orgId(), length, now);
        Upload upload = new Upload(ids.next(), caller.orgId(), caller.deviceId(), length, 0, sha256, filename,
                now.plus(settings.getUploadTtl()));
        parts.create(upload);
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
        long pending = reads.query("SELECT COALESCE(SUM(length), 0) FROM upload WHERE org_id = ? AND expires_at >= ?",
                Reads::count, orgId, now);
        if (pending + length > quota) {
            throw new ApiProblem(HttpStatus.INSUFFICIENT_STORAGE, "upload-quota-full", "Insufficient storage",
                    "This organisation's unfinished uploads already declare " + pending + " bytes; with this one they"
                            + " would pass the quota of " + quota + " bytes. Finish or cancel some first",
                    "มีรูปที่ส่งค้างอยู่มากเกินไป แอปจะส่งรูปนี้ต่อเมื่อรูปอื่นส่งเสร็จแล้ว", UploadProblems.RETRY_WHEN_FULL);
        }
    }

    /** The caller's org's upload, or 404 (another org's upload does not exist for it). */
    public Upload find(DeviceCaller caller, UUID id) {
        Upload u = reads.one("SELECT id, org_id, device_id, length, received, sha256, filename, expires_at"
                + " FROM upload WHERE id = ? AND org_id = ?", rs -> new Upload(Jdbc.uuid(rs.getBytes(1)), rs.getLong(2),
                Jdbc.uuid(rs.getBytes(3)), rs.getLong(4), rs.getLong(5), rs.getString(6), rs.getString(7),
                Jdbc.instant(rs, 8)), id, caller.orgId()).orElseThrow(UploadProblems::notFound);
        if (u.expiresAt().isBefore(clock.instant())) {
            throw new ApiProblem(HttpStatus.GONE, "upload-expired", "Gone", "This upload has expired",
                    "การอัปโหลดนี้หมดอายุแล้ว จะเริ่มส่งรูปใหม่");
        }
        return u;
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
            throw UploadProblems.takenOver(0);
        }
        try (UploadHolds.Held held = taken) {
            Upload u = onDisk(find(caller, id), held);
            long offset = TusHeaders.parseOffset(offsetHeader);
            if (offset != u.received()) {
                throw UploadProblems.conflict("offset-mismatch", "Upload-Offset " + offset + " is not the upload's offset "
                        + u.received() + "; ask with HEAD", "ตำแหน่งข้อมูลไม่ตรงกัน จะส่งต่อจากตำแหน่งที่ถูกต้อง");
            }
            ChunkChecksum checksum = ChunkChecksum.parse(checksumHeader);
            long written;
            try (UploadHolds.Body received = holds.receive(held, caller.deviceId(), body)) {
                written = checksum == null
                        ? parts.appendStreaming(u, received, w -> saveProgress(u, u.received() + w, held))
                        : parts.appendVerified(u, received, checksum, held);
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
            throw UploadProblems.conflict("upload-taken-over", "Another request took this upload over before this one's"
                    + " bytes were recorded; resume with HEAD", "มีการส่งรูปนี้ต่อจากคำขอใหม่แล้ว");
        }
        return new Upload(u.id(), u.orgId(), u.deviceId(), u.length(), received, u.sha256(), u.filename(), expires);
    }

    /**
     * The upload as its file holds it, before this writer writes ({@link UploadParts#onDisk}): when
     * the file is shorter than the recorded offset, the offset moves back to the bytes it has.
     */
    private Upload onDisk(Upload u, UploadHolds.Held held) {
        long size = parts.onDisk(u);
        return size == u.received() ? u : saveProgress(u, size, held);
    }

    /**
     * Checks the whole file and keeps it as the org's photo. A file refused for what it is (4xx) is
     * discarded; when the server cannot keep it now (5xx: disk full, decoders busy) the complete upload
     * stays, and its next HEAD or PATCH tries again.
     */
    private void finish(Upload u) {
        try {
            ImageType type = parts.checkedType(u);
            try {
                photos.keep(u.orgId(), u.deviceId(), u.sha256(), type, parts.part(u.id()), u.filename());
            } catch (Photos.NotAPictureException e) {
                throw UploadProblems.notAPicture();
            } catch (IOException e) {
                throw parts.storageProblem(e);
            }
        } catch (ApiProblem refused) {
            if (refused.status() < 500) {
                discard(u);
            }
            throw refused;
        } catch (IOException e) {
            throw parts.storageProblem(e);
        }
        discard(u);
    }

    public void terminate(DeviceCaller caller, UUID id) {
        discard(find(caller, id));
    }

    /** Removes unfinished uploads whose time ran out; returns how many. */
    public int expire() {
        List<UUID> expired = reads.list("SELECT id FROM upload WHERE expires_at < ?", rs -> Jdbc.uuid(rs.getBytes(1)),
                clock.instant());
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
        parts.delete(id);
    }
}
