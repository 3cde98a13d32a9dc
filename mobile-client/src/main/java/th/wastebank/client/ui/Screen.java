package th.wastebank.client.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** One screen of the app as the navigator sees it: its title for the top bar and its nodes. */
public interface Screen {
    ObservableValue<String> title();

    Node node();

    /** Called each time the screen comes to the front (first shown, or returned to with back). */
    default void onShow() {
    }
}
