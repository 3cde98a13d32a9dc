package th.wastebank.server.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Tiny files that declare huge pictures, made the way an attacker makes them: a lossless WebP whose
 * every pixel is one colour (prefix codes of one symbol each need no bits, so any size costs a few
 * bytes), and a real progressive JPEG whose frame header is rewritten to a huge size.
 */
public final class PictureBombs {
    private PictureBombs() {
    }

    /** A valid lossless WebP (VP8L) of {@code width}×{@code height} pixels, about 90 bytes, then {@code trailing}. */
    public static byte[] losslessWebP(int width, int height, byte[] trailing) {
        return riff(vp8lChunk(width, height), trailing);
    }

    /** The same picture wrapped as an extended WebP (VP8X) whose canvas declares only {@code canvas}×{@code canvas}. */
    public static byte[] extendedWebP(int canvas, int width, int height) {
        ByteArrayOutputStream vp8x = new ByteArrayOutputStream();
        vp8x.writeBytes("VP8X".getBytes(StandardCharsets.US_ASCII));
        le32(vp8x, 10);
        le32(vp8x, 0);
        le24(vp8x, canvas - 1);
        le24(vp8x, canvas - 1);
        vp8x.writeBytes(vp8lChunk(width, height));
        return riff(vp8x.toByteArray(), new byte[0]);
    }

    private static byte[] vp8lChunk(int width, int height) {
        Bits b = new Bits();
        b.put(0x2F, 8); // signature
        b.put(width - 1, 14);
        b.put(height - 1, 14);
        b.put(0, 1); // no alpha
        b.put(0, 3); // version
        b.put(0, 1); // no transform
        b.put(0, 1); // no colour cache
        b.put(0, 1); // one prefix code group for the whole image
        for (int symbol : new int[] {0, 0, 0, 255, 0}) { // green, red, blue, alpha, distance
            b.put(1, 1); // simple code
            b.put(0, 1); // of one symbol
            b.put(1, 1); // written in 8 bits
            b.put(symbol, 8);
        }
        // the decoders read ahead in whole words: room for them, as an encoder's padding would be
        byte[] data = Arrays.copyOf(b.done(), 64);
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        chunk.writeBytes("VP8L".getBytes(StandardCharsets.US_ASCII));
        le32(chunk, data.length);
        chunk.writeBytes(data);
        return chunk.toByteArray();
    }

    private static byte[] riff(byte[] chunks, byte[] trailing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        le32(out, 4 + chunks.length);
        out.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(chunks);
        out.writeBytes(trailing);
        return out.toByteArray();
    }

    /** A progressive 8×8 grey JPEG (about 280 bytes) whose frame header says {@code width}×{@code height}, then {@code trailing}. */
    public static byte[] progressiveJpeg(int width, int height, byte[] trailing) {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        byte[] jpeg = out.toByteArray();
        for (int i = 2; i + 8 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC2) { // SOF2: length, precision, height, width
                jpeg[i + 5] = (byte) (height >> 8);
                jpeg[i + 6] = (byte) height;
                jpeg[i + 7] = (byte) (width >> 8);
                jpeg[i + 8] = (byte) width;
                byte[] bomb = Arrays.copyOf(jpeg, jpeg.length + trailing.length);
                System.arraycopy(trailing, 0, bomb, jpeg.length, trailing.length);
                return bomb;
            }
        }
        throw new IllegalStateException("the JDK wrote no progressive frame header");
    }

    private static void le32(ByteArrayOutputStream out, int v) {
        le24(out, v);
        out.write(v >>> 24);
    }

    private static void le24(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >>> 8);
        out.write(v >>> 16);
    }

    /** Writes bits least-significant first, as VP8L reads them. */
    private static final class Bits {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private long acc;
        private int count;

        void put(long value, int bits) {
            acc |= (value & ((1L << bits) - 1)) << count;
            count += bits;
            while (count >= 8) {
                out.write((int) (acc & 0xFF));
                acc >>>= 8;
                count -= 8;
            }
        }

        byte[] done() {
            if (count > 0) {
                out.write((int) acc);
                acc = 0;
                count = 0;
            }
            return out.toByteArray();
        }
    }
}
