package th.wastebank.server.photo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.LongConsumer;

import io.micronaut.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.wastebank.server.api.ApiProblem;

/**
 * The bytes of unfinished uploads: one part file per upload in {@code WB_UPLOAD_DIR}, appended to
 * as bodies arrive, cut back to the recorded offset before a writer continues, and checked whole
 * when the last byte is in. A failing disk is a 507 when it is full (the phone tries again later),
 * else a 503; what was received is kept either way.
 */
final class UploadParts {
    /** Logged as the uploads' own lines, as before the bytes had their own class. */
    private static final Logger LOG = LoggerFactory.getLogger(Uploads.class);
    private static final int BUFFER = 64 * 1024;

    private final Path dir;

    UploadParts(Path dir) {
        this.dir = dir;
    }

    /** An empty file for a new upload, when the disk has room for all of it. */
    void create(Upload upload) {
        try {
            Files.createDirectories(dir);
            if (Files.getFileStore(dir).getUsableSpace() < upload.length()) {
                throw UploadProblems.storageFull("The photo disk has less free space than this upload's "
                        + upload.length() + " bytes");
            }
            Files.deleteIfExists(part(upload.id()));
            Files.createFile(part(upload.id()));
        } catch (IOException e) {
            throw storageProblem(e);
        }
    }

    /**
     * Streams straight into the upload's file. Whatever ends the body early (a cut connection, a
     * newer request taking over, no byte for the idle time, a full disk), the bytes written so far
     * are handed to {@code keep} (to be recorded) before the request ends.
     */
    long appendStreaming(Upload u, InputStream body, LongConsumer keep) {
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
                    keepWritten(u, out, written, keep);
                    throw UploadProblems.ended(cut, written);
                }
                if (n < 0) {
                    break;
                }
                if (written + n > remaining) {
                    throw UploadProblems.tooLong(u);
                }
                ByteBuffer bytes = ByteBuffer.wrap(buf, 0, n);
                try {
                    while (bytes.hasRemaining()) {
                        written += out.write(bytes);
                    }
                } catch (IOException full) {
                    keepWritten(u, out, written, keep);
                    throw storageProblem(full);
                }
            }
            out.force(false);
            return written;
        } catch (IOException e) {
            throw storageProblem(e);
        }
    }

    /** Hands on the bytes a body that ended early had written (nothing when it wrote none). */
    private static void keepWritten(Upload u, FileChannel out, long written, LongConsumer keep) {
        if (written == 0) {
            return;
        }
        try {
            out.force(false);
        } catch (IOException e) {
            LOG.warn("Could not flush upload {}: {}", u.id(), e.toString());
        }
        keep.accept(written);
    }

    /** Receives the chunk aside, and appends it only if its checksum matches (else 460, offset unmoved). */
    long appendVerified(Upload u, InputStream body, ChunkChecksum checksum, UploadHolds.Held held) {
        long remaining = u.length() - u.received();
        Path chunk = null;
        try {
            chunk = Files.createTempFile(dir, u.id() + "-", ".chunk");
            long size = 0;
            try (FileChannel out = FileChannel.open(chunk, StandardOpenOption.WRITE)) {
                byte[] buf = new byte[BUFFER];
                while (true) {
                    int n;
                    try {
                        n = body.read(buf);
                    } catch (IOException cut) {
                        throw UploadProblems.ended(cut, 0); // a chunk is all or nothing
                    }
                    if (n < 0) {
                        break;
                    }
                    if (size + n > remaining) {
                        throw UploadProblems.tooLong(u);
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
                throw UploadProblems.takenOver(0); // the chunk is discarded: another node may be writing now
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

    /**
     * How many bytes the upload's file holds before this writer writes: bytes past the recorded
     * offset (a request whose node died after writing them and before recording them) are cut off,
     * and a file shorter than the offset (lost, or in an upload directory that the nodes do not
     * share) answers its own size, so the client sends the rest again. The file is opened to learn
     * its size, which a network file system checks with its server.
     */
    long onDisk(Upload u) {
        long size;
        try (FileChannel file = FileChannel.open(part(u.id()), StandardOpenOption.WRITE)) {
            size = file.size();
            if (size > u.received()) {
                file.truncate(u.received());
                file.force(false);
                return u.received();
            }
        } catch (NoSuchFileException missing) {
            size = 0;
        } catch (IOException e) {
            throw storageProblem(e);
        }
        if (size == u.received()) {
            return size;
        }
        LOG.warn("Upload {} has {} of its {} recorded bytes in {}; it resumes from there. With several server nodes,"
                + " WB_UPLOAD_DIR must be one directory they all share", u.id(), size, u.received(), dir);
        try {
            Files.createDirectories(dir);
            if (size == 0) {
                Files.deleteIfExists(part(u.id()));
                Files.createFile(part(u.id()));
            }
        } catch (IOException e) {
            throw storageProblem(e);
        }
        return size;
    }

    /**
     * What picture the complete file is: it must hash to the declared SHA-256 (else 422) and be a
     * JPEG, PNG or WebP by its first bytes (else 415).
     */
    ImageType checkedType(Upload u) throws IOException {
        Path file = part(u.id());
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
        return ImageType.sniff(Arrays.copyOf(head, read)).orElseThrow(UploadProblems::notAPicture);
    }

    void delete(UUID id) {
        try {
            Files.deleteIfExists(part(id));
        } catch (IOException e) {
            throw storageProblem(e);
        }
    }

    Path part(UUID id) {
        return dir.resolve(id + ".part");
    }

    /** 507 when the disk is full (the client tries again later), else 503. */
    ApiProblem storageProblem(IOException e) {
        if (outOfSpace(e)) {
            return UploadProblems.storageFull("The photo disk is full: " + e.getMessage());
        }
        LOG.warn("Photo storage failed", e);
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "storage-unavailable", "Service unavailable",
                "The photo storage failed; what was received is kept, try again later",
                "ที่เก็บรูปภาพของเซิร์ฟเวอร์ขัดข้อง จะลองส่งต่ออัตโนมัติ", UploadProblems.RETRY_WHEN_FULL);
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
            return Files.getFileStore(dir).getUsableSpace() < 2L * BUFFER;
        } catch (IOException notKnown) {
            return false;
        }
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
}
