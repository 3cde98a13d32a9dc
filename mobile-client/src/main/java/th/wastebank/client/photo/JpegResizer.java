package th.wastebank.client.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Shrinks a picture so its long edge is at most a given size and encodes it as a baseline JPEG,
 * with the JDK's Java2D and ImageIO: a 12-megapixel camera shot becomes a few hundred kilobytes,
 * which a village's 2G link can carry. The same pixels always give the same bytes, so the same
 * photo queued twice has the same SHA-256.
 *
 * <p>This runs wherever {@code java.desktop} does: the desktop app and the tests. A native Android
 * or iOS image built by GluonFX has no AWT, so there the resize and the JPEG encoding need a
 * platform encoder instead (Android's {@code Bitmap.createScaledBitmap} and
 * {@code Bitmap.compress(JPEG, 85, …)} behind a small native service, or iOS's
 * {@code UIImageJPEGRepresentation}); only this class would change.
 */
public final class JpegResizer {
    private JpegResizer() {
    }

    public static byte[] toJpeg(BufferedImage source, int maxEdge, float quality) throws IOException {
        BufferedImage scaled = scale(source, maxEdge);
        ImageWriter writer = jpegWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(scaled, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** Opaque RGB at most {@code maxEdge} on its long side, halving first so a big shrink stays smooth. */
    static BufferedImage scale(BufferedImage source, int maxEdge) {
        int w = source.getWidth();
        int h = source.getHeight();
        double factor = Math.min(1.0, (double) maxEdge / Math.max(w, h));
        int targetW = Math.max(1, (int) Math.round(w * factor));
        int targetH = Math.max(1, (int) Math.round(h * factor));
        BufferedImage current = source;
        while (current.getWidth() / 2 >= targetW && current.getHeight() / 2 >= targetH) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        if (current.getWidth() != targetW || current.getHeight() != targetH || current.getType() != BufferedImage.TYPE_INT_RGB) {
            current = draw(current, targetW, targetH);
        }
        return current;
    }

    private static BufferedImage draw(BufferedImage from, int width, int height) {
        BufferedImage to = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = to.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(from, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return to;
    }

    private static ImageWriter jpegWriter() throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new IOException("no JPEG encoder on this platform");
        }
        return writers.next();
    }
}
