package th.wastebank.client.photo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.store.StoreFixture;
import th.wastebank.client.testing.TestPictures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhotoServiceTest {
    static BufferedImage cameraShot(int width, int height, int seed) {
        return TestPictures.cameraShot(width, height, seed);
    }

    @Test
    void aCameraShotIsShrunkSoItsLongEdgeIsAt1600PixelsAndKeptAsJpeg(@TempDir Path dir) throws Exception {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            QueuedPhoto photo = phone.photos().add(() -> cameraShot(3000, 4000, 1));

            byte[] bytes = Files.readAllBytes(photo.file());
            assertEquals((byte) 0xFF, bytes[0]);
            assertEquals((byte) 0xD8, bytes[1], "a JPEG starts with FF D8");
            BufferedImage back = ImageIO.read(new ByteArrayInputStream(bytes));
            assertEquals(1200, back.getWidth());
            assertEquals(1600, back.getHeight());
            assertEquals(bytes.length, photo.size());
            assertTrue(photo.file().startsWith(dir.resolve(PhotoService.FOLDER)), "in the private directory");
            assertEquals(PhotoState.QUEUED, photo.state());
        }
    }

    @Test
    void theFileIsNamedByTheSha256OfTheBytesWritten(@TempDir Path dir) throws Exception {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            QueuedPhoto photo = phone.photos().add(() -> cameraShot(2000, 1500, 2));

            assertEquals(PhotoService.sha256Hex(Files.readAllBytes(photo.file())), photo.sha256());
            assertEquals(photo.sha256() + ".jpg", photo.file().getFileName().toString());
        }
    }

    @Test
    void aSmallPictureKeepsItsSize(@TempDir Path dir) throws Exception {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            QueuedPhoto photo = phone.photos().add(() -> cameraShot(800, 600, 3));

            BufferedImage back = ImageIO.read(photo.file().toFile());
            assertEquals(800, back.getWidth());
            assertEquals(600, back.getHeight());
        }
    }

    @Test
    void theSamePictureQueuedTwiceIsOneEntry(@TempDir Path dir) throws Exception {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            BufferedImage shot = cameraShot(2400, 1800, 4);
            QueuedPhoto first = phone.photos().add(() -> shot);
            QueuedPhoto second = phone.photos().add(() -> shot);

            assertEquals(first.sha256(), second.sha256());
            assertEquals(1, phone.photos().queue().toUpload().size());
            assertEquals(1, phone.photos().queue().totals(0).waiting());
        }
    }

    @Test
    void aTransparentPngBecomesAnOpaqueJpegOnWhite(@TempDir Path dir) throws Exception {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            BufferedImage png = new BufferedImage(100, 50, BufferedImage.TYPE_INT_ARGB);
            Path file = dir.resolve("logo.png");
            ImageIO.write(png, "png", file.toFile());

            QueuedPhoto photo = phone.photos().add(PickedPhoto.ofFile(file));

            BufferedImage back = ImageIO.read(photo.file().toFile());
            assertEquals(100, back.getWidth());
            assertTrue((back.getRGB(50, 25) & 0xFFFFFF) > 0xF0F0F0, "white where the PNG was transparent");
        }
    }

    @Test
    void aFileThatIsNotAPictureIsRefusedAndNothingIsQueued(@TempDir Path dir) throws Exception {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            Path notes = dir.resolve("notes.jpg");
            Files.write(notes, "ไม่ใช่รูป".getBytes(StandardCharsets.UTF_8));

            assertThrows(PickedPhoto.NotAPictureException.class, () -> phone.photos().add(PickedPhoto.ofFile(notes)));
            assertEquals(0, phone.photos().queue().toUpload().size());
        }
    }

    @Test
    void resizingIsRepeatable() throws Exception {
        BufferedImage shot = cameraShot(3264, 2448, 5);
        assertArrayEquals(JpegResizer.toJpeg(shot, 1600, 0.85f), JpegResizer.toJpeg(shot, 1600, 0.85f));
    }
}
