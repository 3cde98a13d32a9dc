package th.wastebank.server.photo;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.sql.DataSource;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

import th.wastebank.server.api.ApiProblem;
import th.wastebank.server.config.WbSettings;
import th.wastebank.server.db.Database;
import th.wastebank.server.db.Reads;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Tx;

/**
 * The photos an org holds. Bytes are stored once per content (the SHA-256 is the key), whichever
 * org or device sent them; an org sees a photo only once it has uploaded it itself.
 *
 * <p>A picture is judged by its header before any decoder runs (a few bytes may declare
 * billions of pixels): more than {@value #MAX_PIXELS} pixels, a side over {@value #MAX_SIDE} px,
 * or a decode that would hold more than {@code WB_PHOTO_DECODE_MEMORY_MIB} at once is refused. At
 * most {@code WB_PHOTO_DECODES} pictures are decoded at once; the others wait their turn.
 */
@Singleton
public class Photos {
    public static final int THUMB_EDGE = 320;
    public static final long MAX_PIXELS = 40_000_000;
    public static final int MAX_SIDE = 12_000;
    private static final Duration DECODE_TURN_WAIT = Duration.ofSeconds(30);

    private final DataSource dataSource;
    private final Reads reads;
    private final PhotoStore store;
    private final Clock clock;
    private final Semaphore decodes;
    private final long decodeMemory;

    public Photos(Database database, PhotoStore store, Clock clock, WbSettings settings) {
        this.dataSource = database.pool();
        this.reads = database.reads();
        this.store = store;
        this.clock = clock;
        this.decodes = new Semaphore(Math.max(1, settings.getPhotoDecodes()), true);
        this.decodeMemory = settings.getPhotoDecodeMemoryMib() * 1024L * 1024;
    }

    /** What the org holds of a photo. */
    public record Photo(String sha256, ImageType type, long size, @Nullable Integer width, @Nullable Integer height,
                        @Nullable String filename) {
    }

    /** The size of a picture that decoded. */
    record Decoded(int width, int height) {
    }

    public Optional<Photo> find(long orgId, String sha256) {
        return reads.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT content_type, size, width, height, filename FROM photo"
                         + " WHERE org_id = ? AND sha256 = ?")) {
                ps.setLong(1, orgId);
                ps.setString(2, sha256);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Integer w = rs.getObject(3) == null ? null : rs.getInt(3);
                    Integer h = rs.getObject(4) == null ? null : rs.getInt(4);
                    return Optional.of(new Photo(sha256, ImageType.ofContentType(rs.getString(1)).orElseThrow(),
                            rs.getLong(2), w, h, rs.getString(5)));
                }
            }
        });
    }

    public Optional<InputStream> open(String sha256, boolean thumbnail) throws IOException {
        return store.get(thumbnail ? thumbKey(sha256) : photoKey(sha256));
    }

    /**
     * Keeps a verified file as the org's photo: stores its bytes and a thumbnail unless they are
     * already stored, and records that the org holds it.
     *
     * @throws NotAPictureException when the bytes are not a picture that can be decoded
     * @throws ApiProblem 422 {@code image-too-large} before any decoding, or 503 {@code photo-busy}
     *                    when no decoder was free in time (nothing is stored either way)
     * @throws IOException when storing fails (the disk may be full)
     */
    void keep(long orgId, UUID deviceId, String sha256, ImageType type, Path file, String filename)
            throws IOException {
        PictureHeader header = PictureHeader.read(file, type);
        refuseIfTooLarge(header);
        // beside the file, on the disk the photos go to: a full disk shows here, not as a damaged picture
        Path thumb = Files.createTempFile(file.toAbsolutePath().getParent(), "thumb", ".jpg");
        try {
            Decoded decoded = decodeInTurn(file, type, thumb);
            store.put(photoKey(sha256), file, type.contentType());
            store.put(thumbKey(sha256), thumb, ImageType.JPEG.contentType());
            long size = Files.size(file);
            Tx.write(dataSource, c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT IGNORE INTO photo (org_id, sha256, content_type,"
                        + " size, width, height, filename, device_id, created_at) VALUES (?,?,?,?,?,?,?,?,?)")) {
                    ps.setLong(1, orgId);
                    ps.setString(2, sha256);
                    ps.setString(3, type.contentType());
                    ps.setLong(4, size);
                    ps.setInt(5, decoded.width());
                    ps.setInt(6, decoded.height());
                    ps.setString(7, filename);
                    ps.setBytes(8, Jdbc.bytes(deviceId));
                    ps.setObject(9, Jdbc.utc(clock.instant()));
                    ps.executeUpdate();
                }
            });
        } finally {
            Files.deleteIfExists(thumb);
        }
    }

    /** Thrown when bytes that start like a picture do not decode as one (a polyglot, a truncated file). */
    static final class NotAPictureException extends IOException {
        NotAPictureException(String message) {
            super(message);
        }
    }

    private void refuseIfTooLarge(PictureHeader header) {
        String why;
        if (header.width() > MAX_SIDE || header.height() > MAX_SIDE || header.pixels() > MAX_PIXELS) {
            why = "The picture declares " + header.width() + " x " + header.height() + " pixels; at most "
                    + MAX_PIXELS / 1_000_000 + " megapixels and " + MAX_SIDE + " px a side are accepted";
        } else if (header.decodeBytes() > decodeMemory) {
            why = "Decoding this picture (" + header.width() + " x " + header.height() + " pixels, progressive or"
                    + " lossless) would hold " + header.decodeBytes() / (1024 * 1024) + " MiB at once; at most "
                    + decodeMemory / (1024 * 1024) + " MiB are allowed";
        } else {
            return;
        }
        throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "image-too-large", "Unprocessable entity",
                why + "; the upload was discarded",
                "รูปภาพมีขนาดใหญ่เกินไป (เกิน 40 ล้านพิกเซล หรือด้านใดด้านหนึ่งเกิน 12,000 พิกเซล) กรุณาย่อรูปแล้วส่งใหม่");
    }

    /** Decodes once a decoder is free; the thumbnail is written after the decoder is let go. */
    private Decoded decodeInTurn(Path file, ImageType type, Path thumbnail) throws IOException {
        Thumbnail made;
        try {
            if (!decodes.tryAcquire(DECODE_TURN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        try {
            made = decodeThumbnail(file, type);
        } finally {
            decodes.release();
        }
        ImageIO.write(made.image(), "jpg", thumbnail.toFile());
        return made.size();
    }

    private static ApiProblem busy() {
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "photo-busy", "Service unavailable",
                "Every picture decoder is busy; the upload is complete and is kept on the next request",
                "เซิร์ฟเวอร์กำลังประมวลผลรูปอื่นอยู่ จะลองส่งต่ออัตโนมัติ", Duration.ofSeconds(5));
    }

    /** A decoded picture's size and its thumbnail. */
    record Thumbnail(Decoded size, BufferedImage image) {
    }

    /**
     * Decodes the picture subsampled, with the decoder of the type its bytes showed (whose header was
     * checked), into a thumbnail. Subsampling keeps a baseline JPEG, a PNG or a lossy WebP to a few
     * rows in memory; what a progressive JPEG or a lossless WebP holds whole was bounded by the header.
     */
    static Thumbnail decodeThumbnail(Path file, ImageType type) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReadersByMIMEType(type.contentType());
            if (readers == null || !readers.hasNext()) {
                throw new NotAPictureException("no decoder for " + type);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / (THUMB_EDGE * 2));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                return new Thumbnail(new Decoded(width, height), scale(image));
            } catch (IOException | RuntimeException e) {
                throw new NotAPictureException("the picture does not decode: " + e.getMessage());
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage scale(BufferedImage source) {
        double factor = Math.min(1.0, (double) THUMB_EDGE / Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    static String photoKey(String sha256) {
        return "photos/" + sha256;
    }

    static String thumbKey(String sha256) {
        return "thumbs/" + sha256 + ".jpg";
    }
}
