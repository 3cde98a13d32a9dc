package th.wastebank.client.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javafx.scene.text.Font;

/**
 * Loads the bundled Sarabun (regular, semi-bold, bold) before any screen is built: a phone or a
 * desktop without Thai fonts would otherwise draw boxes. The stylesheet then names "Sarabun"
 * (and "Sarabun SemiBold", the family name the semi-bold file declares).
 */
public final class Fonts {
    public static final String FAMILY = "Sarabun";
    private static final String[] FILES = {"Sarabun_400Regular.ttf", "Sarabun_600SemiBold.ttf", "Sarabun_700Bold.ttf"};

    private Fonts() {
    }

    public static void load() {
        for (String file : FILES) {
            String path = "/th/wastebank/client/fonts/" + file;
            try (InputStream in = Fonts.class.getResourceAsStream(path)) {
                if (in == null || Font.loadFont(in, 14) == null) {
                    throw new IllegalStateException("cannot load the bundled font " + path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled font " + path, e);
            }
        }
    }
}
