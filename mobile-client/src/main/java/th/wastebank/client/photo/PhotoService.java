package th.wastebank.client.photo;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;

/**
 * Turns a picture into a queued photo: resized on the phone so its long edge is at most
 * {@value #MAX_EDGE} px, encoded as JPEG, named by the SHA-256 of the bytes written, kept in the
 * app's private directory (written to a temporary file, flushed, then renamed, so a crash never
 * leaves half a photo under its name) and queued for upload. The same picture added twice is one
 * photo.
 */
public final class PhotoService {
    public static final int MAX_EDGE = 1600;
    public static final float JPEG_QUALITY = 0.85f;
    public static final String FOLDER = "photos";

    private final PhotoQueue queue;
    private final Path folder;
    private final Clock clock;

    /** @param privateDir the app's private directory; photos go to its {@value #FOLDER} folder */
    public PhotoService(PhotoQueue queue, Path privateDir, Clock clock) {
        this.queue = queue;
        this.folder = privateDir.resolve(FOLDER);
        this.clock = clock;
    }

    /** Resizes, stores and queues the picture; returns the queued photo. */
    public QueuedPhoto add(PickedPhoto picked) throws IOException {
        BufferedImage image = picked.decode();
        byte[] jpeg = JpegResizer.toJpeg(image, MAX_EDGE, JPEG_QUALITY);
        String sha256 = sha256Hex(jpeg);
        Path file = folder.resolve(sha256 + ".jpg");
        if (!Files.exists(file) || Files.size(file) != jpeg.length) {
            write(file, jpeg);
        }
        queue.enqueue(sha256, file, jpeg.length, clock.millis());
        return queue.get(sha256).orElseThrow();
    }

    /** This phone's photos among {@code sha256s} (another phone's photos are not on this one). */
    public Map<String, QueuedPhoto> photos(Collection<String> sha256s) {
        return queue.find(sha256s);
    }

    public PhotoQueue queue() {
        return queue;
    }

    private void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(folder);
        Path partial = folder.resolve(file.getFileName() + ".part");
        try (FileChannel out = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(java.nio.ByteBuffer.wrap(bytes));
            out.force(true);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The lower-case hex SHA-256 of {@code bytes}. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** The lower-case hex SHA-256 of a file's bytes. */
    public static String sha256Hex(Path file) throws IOException {
        return sha256Hex(Files.readAllBytes(file));
    }
}
