package th.wastebank.server.photo;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Iterator;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.sql.DataSource;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;

/**
 * The photos an org holds. Bytes are stored once per content (the SHA-256 is the key), whichever
 * org or device sent them; an org sees a photo only once it has uploaded it itself.
 */
@Singleton
public class Photos {
    public static final int THUMB_EDGE = 320;

    private final DataSource dataSource;
    private final PhotoStore store;
    private final Clock clock;

    public Photos(Database database, PhotoStore store, Clock clock) {
        this.dataSource = database.pool();
        this.store = store;
        this.clock = clock;
    }

    /** What the org holds of a photo. */
    public record Photo(String sha256, ImageType type, long size, @Nullable Integer width, @Nullable Integer height,
                        @Nullable String filename) {
    }

    /** The size of a picture that decoded. */
    record Decoded(int width, int height) {
    }

    public Optional<Photo> find(long orgId, String sha256) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT content_type, size, width, height, filename FROM photo"
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
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<InputStream> open(String sha256, boolean thumbnail) throws IOException {
        return store.get(thumbnail ? thumbKey(sha256) : photoKey(sha256));
    }

    /**
     * Keeps a verified file as the org's photo: stores its bytes and a thumbnail unless they are
     * already stored, and records that the org holds it.
     *
     * @throws NotAPictureException when the bytes are not a picture that can be decoded
     */
    void keep(long orgId, UUID deviceId, String sha256, ImageType type, Path file, String filename)
            throws IOException {
        Path thumb = Files.createTempFile("thumb", ".jpg");
        try {
            Decoded decoded = decodeAndThumbnail(file, thumb);
            store.put(photoKey(sha256), file, type.contentType());
            store.put(thumbKey(sha256), thumb, ImageType.JPEG.contentType());
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("INSERT IGNORE INTO photo (org_id, sha256, content_type, size,"
                         + " width, height, filename, device_id, created_at) VALUES (?,?,?,?,?,?,?,?,?)")) {
                ps.setLong(1, orgId);
                ps.setString(2, sha256);
                ps.setString(3, type.contentType());
                ps.setLong(4, Files.size(file));
                ps.setInt(5, decoded.width());
                ps.setInt(6, decoded.height());
                ps.setString(7, filename);
                ps.setBytes(8, Jdbc.bytes(deviceId));
                ps.setObject(9, Jdbc.utc(clock.instant()));
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IOException(e);
            }
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

    /** Decodes the picture subsampled (a 12-megapixel photo never sits in memory whole) into a JPEG thumbnail. */
    static Decoded decodeAndThumbnail(Path file, Path thumbnail) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new NotAPictureException("no decoder recognises these bytes");
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
                ImageIO.write(scale(image), "jpg", thumbnail.toFile());
                return new Decoded(width, height);
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
