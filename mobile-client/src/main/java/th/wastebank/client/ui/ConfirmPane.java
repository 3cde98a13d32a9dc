package th.wastebank.client.ui;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A question laid over a screen before something that cannot be undone (discarding a refused
 * record): the screen behind is dimmed and only the two answers can be tapped.
 */
public final class ConfirmPane extends StackPane {
    public ConfirmPane(String idPrefix, ObservableValue<String> question, ObservableValue<String> confirmText,
                       ObservableValue<String> cancelText, Runnable onConfirm, Runnable onCancel) {
        Label text = Widgets.label(question, "confirm-question");
        Button cancel = Widgets.button(idPrefix + "-cancel", cancelText, "secondary");
        Button confirm = Widgets.button(idPrefix + "-confirm", confirmText, "danger");
        cancel.setOnAction(e -> onCancel.run());
        confirm.setOnAction(e -> onConfirm.run());
        HBox.setHgrow(cancel, Priority.ALWAYS);
        HBox.setHgrow(confirm, Priority.ALWAYS);
        HBox answers = new HBox(cancel, confirm);
        answers.getStyleClass().add("button-row");
        VBox card = Widgets.card("confirm-card", text, answers);
        card.setMaxHeight(USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
        getStyleClass().add("scrim");
        managedProperty().bind(visibleProperty());
    }
}
