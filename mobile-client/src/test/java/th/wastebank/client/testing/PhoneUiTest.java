package th.wastebank.client.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Cell;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A headless TestFX run of the phone's screens against a fake sync server: what is really on screen (a list keeps spare cells
 * hidden), its texts, waiting for a screen with a picture of it when it never comes, and the rule
 * that every control is a touch target of at least 48 px: each time a test waits for a screen,
 * every control then showing is measured, and the test fails at its end on any smaller one.
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

    /** The smallest touch target a finger hits reliably (Android's and Apple's guidance: 48 dp). */
    public static final double TOUCH_TARGET_PX = 48;

    /** What the automatic check found too small on the screens this test visited. */
    private final List<String> tooSmall = new CopyOnWriteArrayList<>();

    @AfterEach
    void everyScreenVisitedHadTouchTargetsOfAtLeast48px() {
        List<String> found = List.copyOf(tooSmall);
        tooSmall.clear();
        assertTrue(found.isEmpty(), "touch targets smaller than 48 px:\n" + String.join("\n", found));
    }

    /**
     * Every control on every window now showing (the screen, and a combo box's open list): buttons,
     * toggles, check boxes, fields, combo boxes and their rows, list cells, and any node that reacts
     * to a tap, at least 48 px high; a button without text (an icon) at least 48 px wide too.
     * Answers a line per offender.
     */
    protected static List<String> touchTargetsSmallerThan48px() {
        return onFx(() -> {
            List<String> out = new ArrayList<>();
            for (Window w : List.copyOf(Window.getWindows())) {
                if (!w.isShowing() || w.getScene() == null) {
                    continue;
                }
                Parent root = w.getScene().getRoot();
                root.applyCss();
                root.layout();
                walk(root, out);
            }
            return out;
        });
    }

    private static void walk(Node node, List<String> out) {
        if (!node.isVisible() || node.isMouseTransparent()) {
            return;
        }
        if (isTouchTarget(node)) {
            Bounds b = node.getLayoutBounds();
            boolean iconOnly = node instanceof ButtonBase button && (button.getText() == null || button.getText().isBlank());
            if (b.getHeight() < TOUCH_TARGET_PX - 0.5 || (iconOnly && b.getWidth() < TOUCH_TARGET_PX - 0.5)) {
                out.add(describe(node) + " is " + Math.round(b.getWidth()) + "×" + Math.round(b.getHeight()) + " px");
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, out);
            }
        }
    }

    private static boolean isTouchTarget(Node node) {
        if (node instanceof Cell<?> cell) {
            return !cell.isEmpty() && cell.getItem() != null && !(cell.getParent() instanceof ComboBoxBase<?>)
                    && !isButtonCell(cell);
        }
        return node instanceof ButtonBase || node instanceof ComboBoxBase<?> || node instanceof ChoiceBox<?>
                || node instanceof TextInputControl || node instanceof Slider || node instanceof Spinner<?>
                || node.getStyleClass().contains("tappable") || node.getOnMouseClicked() != null;
    }

    /** A combo box shows its value in a cell inside it: the combo box is the target, not the cell. */
    private static boolean isButtonCell(Cell<?> cell) {
        for (Node n = cell.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ComboBoxBase<?>) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node node) {
        String text = node instanceof Labeled l ? " '" + l.getText() + "'" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId()) + text
                + " " + node.getStyleClass();
    }

    /**
     * Every control on screen is at least 48 px (see {@link #touchTargetsSmallerThan48px}), and at
     * least {@code buttonsAtLeast} buttons are on screen (the check saw the screen it meant to).
     */
    protected void assertTouchTargetsAreAtLeast48px(int buttonsAtLeast) {
        List<String> small = touchTargetsSmallerThan48px();
        assertTrue(small.isEmpty(), "touch targets smaller than 48 px:\n" + String.join("\n", small));
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

    /**
     * The text of {@code part} in every row of the list {@code list}, in order, scrolling the list to each
     * row as a person would: a list makes cells only for the rows in its viewport, so rows below it
     * have none until they are scrolled to ({@code null} for a row without that part).
     */
    protected List<String> rowTexts(String list, String part) {
        ListView<?> view = onFx(() -> (ListView<?>) lookup(list).query());
        int rows = onFx(() -> view.getItems().size());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            int row = i;
            onFx(() -> {
                view.scrollTo(row);
                view.layout();
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            out.add(onFx(() -> view.lookupAll(".list-cell").stream()
                    .filter(n -> n instanceof ListCell<?> cell && cell.getIndex() == row && !cell.isEmpty())
                    .map(n -> n.lookup(part)).filter(n -> n instanceof Labeled).map(n -> ((Labeled) n).getText())
                    .findFirst().orElse(null)));
        }
        onFx(() -> {
            view.scrollTo(0);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return out;
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
            Path shot = Path.of(System.getProperty("wastebank.test.dir", "."),
                    "ui-failure-" + getClass().getSimpleName() + ".png");
            onFx(() -> {
                Scene scene = listTargetWindows().stream().filter(w -> w instanceof Stage).findFirst()
                        .orElseThrow().getScene();
                ImageIO.write(SwingFXUtils.fromFXImage(scene.getRoot().snapshot(null, null), null), "png", shot.toFile());
                return null;
            });
            throw new AssertionError("the screen did not get there in 15 s; it looked like " + shot, e);
        }
        tooSmall.addAll(touchTargetsSmallerThan48px().stream().filter(t -> !tooSmall.contains(t)).toList());
    }

    /**
     * Scrolls the node into its screen's view, then taps it (a long form's lower fields lie below
     * the phone's screen).
     */
    protected void tap(String query) {
        waitUntil(() -> visible(query));
        interact(() -> {
            Node n = lookup(query).queryAll().stream().filter(PhoneUiTest::onScreen).findFirst().orElseThrow();
            for (Node p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane scroll && scroll.getContent() != null) {
                    Node content = scroll.getContent();
                    Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                    double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                    if (room > 0) {
                        scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 80) / room)));
                    }
                    break;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(query);
    }

    /** Taps a text field in view and puts a text in it (the headless robot types one key at a time). */
    protected void fill(String query, String value) {
        tap(query);
        interact(() -> lookup(query).queryAs(TextInputControl.class).setText(value));
    }
}
