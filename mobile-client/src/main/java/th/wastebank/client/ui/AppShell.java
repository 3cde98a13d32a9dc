package th.wastebank.client.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The frame around every screen, in place of Gluon's app bar (not obtainable here): a top bar
 * with the back button, the screen's title and the sync badge, a status line under it, the
 * current screen, and the snackbar. The phone's back key (Escape on a desktop) goes back too.
 */
public final class AppShell {
    public static final String STYLESHEET = "/th/wastebank/client/ui/app.css";

    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Snackbar snackbar = new Snackbar();
    private final Label title;

    public AppShell(Navigator navigator, Node syncBadge, Node statusLine) {
        Button back = new Button();
        back.setId("app-back");
        back.setGraphic(Icons.of(Icons.BACK, "app-bar-icon"));
        back.getStyleClass().add("app-bar-button");
        back.visibleProperty().bind(navigator.canGoBack());
        back.managedProperty().bind(back.visibleProperty());
        back.setOnAction(e -> navigator.back());

        Label title = new Label();
        title.setId("app-title");
        title.getStyleClass().add("app-title");
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);

        HBox bar = new HBox(back, title, syncBadge);
        bar.getStyleClass().add("app-bar");
        root.setTop(new VBox(bar, statusLine));

        content.getStyleClass().add("screen-area");
        root.setCenter(new StackPane(content, snackbar.node()));
        root.getStyleClass().add("app-shell");
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && navigator.back()) {
                e.consume();
            }
        });

        this.title = title;
        navigator.currentProperty().addListener((o, was, screen) -> show(screen));
        show(navigator.current());
    }

    private void show(Screen screen) {
        title.textProperty().unbind();
        if (screen == null) {
            content.getChildren().clear();
            title.setText("");
            return;
        }
        content.getChildren().setAll(screen.node());
        title.textProperty().bind(screen.title());
    }

    /** The shell in a scene of the given size, with the app's stylesheet (popups use it too). */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(AppShell.class.getResource(STYLESHEET).toExternalForm());
        return scene;
    }

    public Parent root() {
        return root;
    }

    public Snackbar snackbar() {
        return snackbar;
    }
}
