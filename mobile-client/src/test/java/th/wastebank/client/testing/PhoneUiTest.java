package th.wastebank.client.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A headless TestFX run of the phone's screens against a fake sync server: what is really on screen (a list keeps spare cells
 * hidden), its texts, waiting for a screen with a picture of it when it never comes, and the rule
 * that every button is a touch target of at least 48 px.
 */
public abstract class PhoneUiTest extends ApplicationTest {
    /** The class's fake sync server. */
    protected static FakeServer server;
    /** The phone's private directory for the class, under the build's test directory. */
    protected static Path home;

    @BeforeAll
    static void startServer() throws Exception {
        server = FakeServer.start();
        String base = System.getProperty("wastebank.test.dir", System.getProperty("java.io.tmpdir"));
        Files.createDirectories(Path.of(base));
        home = Files.createTempDirectory(Path.of(base), "ui-");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    /** Every button on screen (but a combo box's arrows and a spinner's) is at least 48 px high. */
    protected void assertTouchTargetsAreAtLeast48px(int buttonsAtLeast) {
        List<Button> buttons = onFx(() -> lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> onScreen(b) && b.getStyleClass().stream()
                        .noneMatch(c -> c.startsWith("arrow") || c.equals("increment-button") || c.equals("decrement-button")))
                .toList());
        for (Button b : buttons) {
            assertTrue(b.getHeight() >= 48, () -> "button " + b.getId() + " '" + b.getText() + "' is " + b.getHeight() + "px");
        }
        assertTrue(buttons.size() >= buttonsAtLeast, "buttons on screen: " + buttons.size());
    }

    /** The nodes matching {@code query} that are really on screen. */
    protected List<Node> shown(String query) {
        return onFx(() -> lookup(query).queryAll().stream().filter(PhoneUiTest::onScreen).toList());
    }

    protected static boolean onScreen(Node node) {
        if (node.getScene() == null || node.getScene().getWindow() == null || !node.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    protected boolean visible(String query) {
        return !shown(query).isEmpty();
    }

    protected String text(String query) {
        return texts(query).stream().findFirst().orElse(null);
    }

    /** The texts of the labels and buttons on screen that match {@code query}. */
    protected List<String> texts(String query) {
        return shown(query).stream().filter(n -> n instanceof Labeled).map(n -> ((Labeled) n).getText()).toList();
    }

    protected static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits up to 15 s for the condition (a node not there yet counts as false); if it never holds,
     * saves what the screen looked like.
     */
    protected void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(onFx(() -> {
                try {
                    return condition.call();
                } catch (NullPointerException | IndexOutOfBoundsException notThereYet) {
                    return false;
                }
            })));
        } catch (Exception e) {
            Path shot = Path.of(System.getProperty("wastebank.test.dir", "."), "ui-failure.png");
            onFx(() -> {
                Scene scene = listTargetWindows().stream().filter(w -> w instanceof Stage).findFirst()
                        .orElseThrow().getScene();
                ImageIO.write(SwingFXUtils.fromFXImage(scene.getRoot().snapshot(null, null), null), "png", shot.toFile());
                return null;
            });
            throw new AssertionError("the screen did not get there in 15 s; it looked like " + shot, e);
        }
    }
}
