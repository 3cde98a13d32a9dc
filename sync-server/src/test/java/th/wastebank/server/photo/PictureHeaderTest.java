package th.wastebank.server.photo;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.server.support.PictureBombs;
import th.wastebank.server.support.Pictures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sizes read from file headers, before any decoder runs, and what a decode then holds. */
class PictureHeaderTest {
    private static final byte[] TRAILING = "trailing bytes after the picture".getBytes();

    @TempDir
    Path dir;

    private PictureHeader header(String name, byte[] bytes) throws Exception {
        ImageType type = ImageType.sniff(bytes).orElseThrow();
        return PictureHeader.read(Pictures.write(dir, name, bytes), type);
    }

    @Test
    void theBombsDeclareTheirHugeSizesInAFewBytes() throws Exception {
        byte[] webp = PictureBombs.losslessWebP(16383, 16383, TRAILING);
        byte[] jpeg = PictureBombs.progressiveJpeg(20000, 20000, TRAILING);
        assertTrue(webp.length < 150 && jpeg.length < 350, webp.length + " and " + jpeg.length + " bytes");

        PictureHeader w = header("bomb.webp", webp);
        assertEquals(16383, w.width());
        assertEquals(16383, w.height());
        assertEquals(16383L * 16383 * 4, w.decodeBytes(), "a lossless WebP is decoded whole");
        PictureHeader j = header("bomb.jpg", jpeg);
        assertEquals(20000, j.width());
        assertEquals(20000, j.height());
        assertEquals(20000L * 20000 * 2, j.decodeBytes(), "a progressive JPEG keeps every coefficient");
    }

    @Test
    void anExtendedWebPIsJudgedByTheLargestSizeInsideItNotItsCanvas() throws Exception {
        PictureHeader h = header("canvas.webp", PictureBombs.extendedWebP(100, 16000, 9000));
        assertEquals(16000, h.width());
        assertEquals(9000, h.height());
    }

    @Test
    void realPicturesReadTheirTrueSizeAndABaselineJpegOrPngDecodesInRows() throws Exception {
        PictureHeader jpeg = header("p.jpg", Pictures.noise("jpg", 900, 700, 1));
        assertEquals(900, jpeg.width());
        assertEquals(700, jpeg.height());
        assertTrue(jpeg.decodeBytes() < 900L * 700, "baseline: " + jpeg.decodeBytes());
        PictureHeader png = header("p.png", Pictures.noise("png", 300, 200, 2));
        assertEquals(300, png.width());
        assertEquals(200, png.height());
    }

    @Test
    void aHeaderCutShortIsNotAPicture() throws Exception {
        byte[] png = Pictures.noise("png", 30, 20, 3);
        assertThrows(Photos.NotAPictureException.class, () -> header("cut.png", java.util.Arrays.copyOf(png, 14)));
        byte[] jpeg = Pictures.noise("jpg", 30, 20, 3);
        assertThrows(Photos.NotAPictureException.class, () -> header("cut.jpg", java.util.Arrays.copyOf(jpeg, 12)));
    }

    /**
     * Why a lossless WebP's whole size counts: TwelveMonkeys decodes it into a full-size raster even
     * when asked for every 10th pixel, while a baseline JPEG of the same size decodes in rows. If a
     * later TwelveMonkeys stops doing so, this fails and the estimate can be relaxed.
     */
    @Test
    void aSubsampledLosslessWebPDecodeStillAllocatesTheWholeImage() throws Exception {
        int side = 3000;
        long webp = allocatedByThumbnail(Pictures.write(dir, "l.webp", PictureBombs.losslessWebP(side, side, new byte[0])),
                ImageType.WEBP);
        long jpeg = allocatedByThumbnail(Pictures.write(dir, "b.jpg", Pictures.noise("jpg", side, side, 4)),
                ImageType.JPEG);
        System.out.printf("subsampled decode of %d x %d: lossless WebP allocated %.1f MB, baseline JPEG %.1f MB%n",
                side, side, webp / 1e6, jpeg / 1e6);
        assertTrue(webp >= (long) side * side * 3, "lossless WebP allocated " + webp);
        assertTrue(jpeg < (long) side * side, "baseline JPEG allocated " + jpeg);
    }

    private static long allocatedByThumbnail(Path file, ImageType type) throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        Photos.Thumbnail t = Photos.decodeThumbnail(file, type);
        assertTrue(t.image().getWidth() <= Photos.THUMB_EDGE);
        return threads.getCurrentThreadAllocatedBytes() - before;
    }
}
