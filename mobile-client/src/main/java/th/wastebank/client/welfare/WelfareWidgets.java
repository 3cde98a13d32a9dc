package th.wastebank.client.welfare;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import th.wastebank.client.ui.Widgets;

/** Nodes the welfare screens share: a number with its unit, a warning line (choices are in {@link th.wastebank.client.ui.Choices}). */
final class WelfareWidgets {
    private WelfareWidgets() {
    }

    /** A text field for a number with its unit beside it ("บาท", "วัน"). */
    static HBox number(String id, StringProperty value, ObservableValue<String> prompt, ObservableValue<String> unit) {
        TextField field = Widgets.field(id, value, prompt);
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox row = new HBox(field, Widgets.label(unit, "input-unit"));
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("input-row");
        return row;
    }

    /** A warning line with the warning icon, as on the step form. */
    static Label warning(String text) {
        return Widgets.text(text, "warning-text");
    }
}
