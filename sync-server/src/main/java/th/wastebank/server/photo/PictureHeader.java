package th.wastebank.server.photo;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a picture's file header declares, read before any decoder runs: a 92-byte file may declare
 * 16383×16383 pixels, and the decoders size their buffers from these numbers. Also estimates the
 * memory a subsampled decode must still hold whatever the subsampling, measured on this JDK and
 * TwelveMonkeys 3.14: a JPEG with several scans (progressive) keeps every DCT coefficient, 2 bytes a
 * sample, in native memory; a lossless WebP is decoded whole into a raster, about 4 bytes a pixel,
 * on the heap. Baseline JPEG, PNG and lossy WebP decode row by row (a few MB at 36 megapixels).
 *
 * @param width          the widest the file declares (a WebP's canvas or any frame in it)
 * @param height         the tallest the file declares
 * @param decodeBytes    the memory a subsampled decode holds at once, estimated from the header
 */
record PictureHeader(int width, int height, long decodeBytes) {
    /** What a streamed decode holds, a few rows wide; small next to any whole-image buffer. */
    private static final int STREAMED_BYTES_PER_COLUMN = 256;
    private static final int VP8_ = 0x56503820;
    private static final int VP8L = 0x5650384C;
    private static final int VP8X = 0x56503858;
    private static final int ANMF = 0x414E4D46;

    long pixels() {
        return (long) width * height;
    }

    /**
     * Reads the header of a file whose first bytes said it is {@code type}.
     *
     * @throws Photos.NotAPictureException when the header is missing, cut short or declares no size
     */
    static PictureHeader read(Path file, ImageType type) throws IOException {
        try (Bytes in = new Bytes(Files.newInputStream(file))) {
            PictureHeader header = switch (type) {
                case JPEG -> jpeg(in);
                case PNG -> png(in);
                case WEBP -> webp(in);
            };
            if (header.width() <= 0 || header.height() <= 0) {
                throw new Photos.NotAPictureException("the header declares no size");
            }
            return header;
        } catch (EOFException e) {
            throw new Photos.NotAPictureException("the header is cut short");
        }
    }

    /** Walks the segments to the frame header (SOFn), then counts the scans up to the end of the image. */
    private static PictureHeader jpeg(Bytes in) throws IOException {
        in.skip(2); // SOI
        int width = 0;
        int height = 0;
        long coefficientSamples = 0;
        boolean progressive = false;
        int scans = 0;
        int marker = in.marker();
        while (marker != 0xD9) {
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
                marker = in.marker(); // stand-alone markers carry no length
                continue;
            }
            int length = in.u16be();
            if (length < 2) {
                throw new Photos.NotAPictureException("a JPEG segment with length " + length);
            }
            if (isFrameHeader(marker)) {
                if (width > 0) {
                    throw new Photos.NotAPictureException("a JPEG with two frame headers");
                }
                progressive = marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE;
                in.skip(1); // sample precision
                height = in.u16be();
                width = in.u16be();
                int components = in.u8();
                int[][] sampling = new int[components][2];
                int hMax = 1;
                int vMax = 1;
                for (int c = 0; c < components; c++) {
                    in.skip(1);
                    int hv = in.u8();
                    sampling[c][0] = Math.max(1, hv >> 4);
                    sampling[c][1] = Math.max(1, hv & 0x0F);
                    hMax = Math.max(hMax, sampling[c][0]);
                    vMax = Math.max(vMax, sampling[c][1]);
                    in.skip(1);
                }
                for (int[] s : sampling) {
                    long w = ceilDiv(ceilDiv((long) width * s[0], hMax), 8) * 8;
                    long h = ceilDiv(ceilDiv((long) height * s[1], vMax), 8) * 8;
                    coefficientSamples += w * h;
                }
                in.skip(length - 2 - 6 - 3L * components);
            } else if (marker == 0xDA) {
                if (width == 0) {
                    throw new Photos.NotAPictureException("a JPEG scan before its frame header");
                }
                scans++;
                in.skip(length - 2);
                marker = in.afterEntropyCodedData();
                if (marker < 0) {
                    break; // cut short in a scan: the decoder fills the rest, the size stands
                }
                continue;
            } else {
                in.skip(length - 2);
            }
            marker = in.marker();
        }
        boolean wholeImageBuffered = progressive || scans > 1;
        return new PictureHeader(width, height, wholeImageBuffered ? coefficientSamples * 2
                : (long) width * STREAMED_BYTES_PER_COLUMN);
    }

    private static boolean isFrameHeader(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    /** The IHDR chunk comes first, right after the signature. */
    private static PictureHeader png(Bytes in) throws IOException {
        in.skip(8);
        int length = in.u32be();
        int chunk = in.u32be();
        if (chunk != 0x49484452 || length != 13) { // "IHDR"
            throw new Photos.NotAPictureException("a PNG without IHDR first");
        }
        int width = in.u32be();
        int height = in.u32be();
        return new PictureHeader(width, height, (long) width * STREAMED_BYTES_PER_COLUMN);
    }

    /** A simple file (one VP8 or VP8L chunk) or an extended one (VP8X canvas, then its chunks). */
    private static PictureHeader webp(Bytes in) throws IOException {
        in.skip(12); // RIFF, size, WEBP
        Dimensions found = new Dimensions();
        int fourCc = in.u32be();
        long length = in.u32le();
        if (fourCc == VP8X) {
            in.skip(4);
            found.add(1 + in.u24le(), 1 + in.u24le(), false);
            in.skip(length - 10);
            in.skip(length & 1);
            chunks(in, found, Long.MAX_VALUE);
        } else {
            chunk(in, fourCc, length, found);
        }
        long decodeBytes = found.lossless ? found.width * (long) found.height * 4
                : (long) found.width * STREAMED_BYTES_PER_COLUMN;
        return new PictureHeader(found.width, found.height, decodeBytes);
    }

    /** The largest size any part of a WebP declares, and whether any part is lossless. */
    private static final class Dimensions {
        int width;
        int height;
        boolean lossless;

        void add(int w, int h, boolean isLossless) {
            width = Math.max(width, w);
            height = Math.max(height, h);
            lossless |= isLossless;
        }
    }

    /** Every chunk up to {@code end} (or the end of the file); frames of an animation are walked into. */
    private static void chunks(Bytes in, Dimensions found, long end) throws IOException {
        while (in.position() + 8 <= end) {
            int fourCc;
            long length;
            try {
                fourCc = in.u32be();
                length = in.u32le();
            } catch (EOFException endOfFile) {
                return;
            }
            chunk(in, fourCc, length, found);
        }
    }

    private static void chunk(Bytes in, int fourCc, long length, Dimensions found) throws IOException {
        long start = in.position();
        if (fourCc == VP8_) {
            in.skip(3); // frame tag
            if (in.u8() != 0x9D || in.u8() != 0x01 || in.u8() != 0x2A) {
                throw new Photos.NotAPictureException("a VP8 frame without its start code");
            }
            found.add(in.u16le() & 0x3FFF, in.u16le() & 0x3FFF, false);
        } else if (fourCc == VP8L) {
            if (in.u8() != 0x2F) {
                throw new Photos.NotAPictureException("a VP8L chunk without its signature");
            }
            long bits = in.u32le();
            found.add((int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1, true);
        } else if (fourCc == ANMF) {
            in.skip(6); // offsets
            found.add(1 + in.u24le(), 1 + in.u24le(), false);
            in.skip(4); // duration, flags
            chunks(in, found, start + length);
        }
        // ALPH is decoded at the output's (subsampled) size; other chunks declare no pixels
        toNextChunk(in, start, length);
    }

    /** Moves to the chunk after the one that started at {@code start} (chunks are padded to even length). */
    private static void toNextChunk(Bytes in, long start, long length) throws IOException {
        long next = start + length + (length & 1);
        if (next < in.position()) {
            throw new Photos.NotAPictureException("a WebP chunk shorter than its contents");
        }
        in.skip(next - in.position());
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    /** A forward-only reader of a file's bytes that knows where it is. */
    private static final class Bytes implements AutoCloseable {
        private final InputStream in;
        private final byte[] buffer = new byte[16 * 1024];
        private int next;
        private int end;
        private long position;

        Bytes(InputStream in) {
            this.in = in;
        }

        long position() {
            return position;
        }

        private boolean fill() throws IOException {
            if (next < end) {
                return true;
            }
            end = in.read(buffer);
            next = 0;
            if (end <= 0) {
                end = 0;
                return false;
            }
            return true;
        }

        int u8() throws IOException {
            if (!fill()) {
                throw new EOFException();
            }
            position++;
            return buffer[next++] & 0xFF;
        }

        int u16be() throws IOException {
            return u8() << 8 | u8();
        }

        int u16le() throws IOException {
            return u8() | u8() << 8;
        }

        int u24le() throws IOException {
            return u8() | u8() << 8 | u8() << 16;
        }

        int u32be() throws IOException {
            return u16be() << 16 | u16be();
        }

        long u32le() throws IOException {
            return (u16le() | (long) u16le() << 16) & 0xFFFFFFFFL;
        }

        void skip(long n) throws IOException {
            if (n < 0) {
                throw new Photos.NotAPictureException("a length that points backwards");
            }
            long left = n;
            while (left > 0) {
                if (!fill()) {
                    throw new EOFException();
                }
                int step = (int) Math.min(left, end - next);
                next += step;
                position += step;
                left -= step;
            }
        }

        /** The next marker's code, after its 0xFF (and any fill bytes). */
        int marker() throws IOException {
            if (u8() != 0xFF) {
                throw new Photos.NotAPictureException("a JPEG segment that does not start with a marker");
            }
            int m;
            do {
                m = u8();
            } while (m == 0xFF);
            return m;
        }

        /**
         * Skips a scan's entropy-coded data (where 0xFF 0x00 and restart markers belong); answers the
         * marker after it, or -1 when the file ends first.
         */
        int afterEntropyCodedData() throws IOException {
            while (fill()) {
                if (u8() != 0xFF) {
                    continue;
                }
                int m;
                do {
                    if (!fill()) {
                        return -1;
                    }
                    m = u8();
                } while (m == 0xFF);
                if (m != 0x00 && (m < 0xD0 || m > 0xD7)) {
                    return m;
                }
            }
            return -1;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
