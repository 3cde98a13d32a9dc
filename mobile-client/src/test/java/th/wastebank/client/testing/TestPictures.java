package th.wastebank.client.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;

import th.wastebank.client.photo.PickedPhoto;

/** Pictures for tests: camera-sized, with enough detail that their JPEGs are not trivially small. */
public final class TestPictures {
    private TestPictures() {
    }

    public static BufferedImage cameraShot(int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Random random = new Random(seed);
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillOval(random.nextInt(width), random.nextInt(height), 20 + random.nextInt(width / 4),
                    20 + random.nextInt(height / 4));
        }
        g.dispose();
        return image;
    }

    /** A picture as the camera would hand it over. */
    public static PickedPhoto picked(int width, int height, int seed) {
        BufferedImage shot = cameraShot(width, height, seed);
        return () -> shot;
    }

    /** A woven pattern in a basket's colours, as an example product photo. */
    public static BufferedImage woven(int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Random random = new Random(seed);
        Color[] colours = {new Color(0x1E7A46), new Color(0xF2A900), new Color(0xB3261E), new Color(0x2B6CB0),
                new Color(0xEDE3CF)};
        g.setColor(new Color(0xF6EFE0));
        g.fillRect(0, 0, width, height);
        int band = Math.max(8, width / 24);
        for (int x = 0; x < width; x += band) {
            g.setColor(colours[(x / band + seed) % colours.length]);
            g.fillRect(x, 0, band - 3, height);
        }
        for (int y = 0; y < height; y += band) {
            for (int x = (y / band) % 2 * band; x < width; x += 2 * band) {
                g.setColor(colours[(y / band + random.nextInt(2)) % colours.length]);
                g.fillRect(x, y, band, band - 3);
            }
        }
        g.dispose();
        return image;
    }

    /** The picture with film grain, as a dim evening shot has: its JPEG is several times larger. */
    public static BufferedImage grainy(BufferedImage image, int seed) {
        Random random = new Random(seed);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int d = random.nextInt(61) - 30;
                int r = Math.max(0, Math.min(255, ((rgb >> 16) & 0xFF) + d));
                int g = Math.max(0, Math.min(255, ((rgb >> 8) & 0xFF) + d));
                int b = Math.max(0, Math.min(255, (rgb & 0xFF) + d));
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return image;
    }
}
