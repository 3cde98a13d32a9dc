package th.wastebank.client.photo;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/**
 * A picture the committee just took or chose, before it is resized and queued: a file on a desktop,
 * the camera's image on a phone.
 */
@FunctionalInterface
public interface PickedPhoto {
    /** The picture's pixels. @throws IOException when it is not a picture this app can read */
    BufferedImage decode() throws IOException;

    /** A JPEG, PNG, GIF or BMP file (what the JDK's image readers know). */
    static PickedPhoto ofFile(Path file) {
        return () -> {
            BufferedImage image;
            try (var in = Files.newInputStream(file)) {
                image = ImageIO.read(in);
            }
            if (image == null) {
                throw new NotAPictureException(file.getFileName().toString());
            }
            return image;
        };
    }

    /** The file or image could not be read as a picture. */
    final class NotAPictureException extends IOException {
        public NotAPictureException(String what) {
            super("not a picture: " + what);
        }
    }
}
