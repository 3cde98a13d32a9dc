package th.wastebank.client.ui;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * A short message at the bottom of the screen that goes away by itself: "saved", "retrying", where
 * a receipt image was saved. Longer messages stay longer. Taps go through it to the screen, so it
 * never stands between a committee member and the save button.
 */
public final class Snackbar implements Notifier {
    private final Label label = new WrappingLabel();
    private final StackPane node = new StackPane(label);
    private final PauseTransition hide = new PauseTransition();

    public Snackbar() {
        label.setId("snackbar");
        label.getStyleClass().add("snackbar");
        label.setMaxWidth(Double.MAX_VALUE);
        node.setMouseTransparent(true);
        node.setAlignment(Pos.BOTTOM_CENTER);
        node.getStyleClass().add("snackbar-area");
        label.setVisible(false);
        hide.setOnFinished(e -> dismiss());
    }

    public Node node() {
        return node;
    }

    @Override
    public void show(String message) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> show(message));
            return;
        }
        label.setText(message);
        label.setVisible(true);
        hide.stop();
        hide.setDuration(Duration.seconds(Math.min(10, 3 + message.length() / 25.0)));
        hide.playFromStart();
    }

    public String text() {
        return label.isVisible() ? label.getText() : null;
    }

    /** Hides the message now. */
    public void dismiss() {
        label.setVisible(false);
    }
}
