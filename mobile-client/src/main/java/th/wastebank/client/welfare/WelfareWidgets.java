package th.wastebank.client.welfare;

import java.util.function.BiFunction;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.i18n.ThaiFormat;
import th.wastebank.client.ui.Widgets;

/** Nodes the welfare screens share: choice cards, combo boxes of named values, a number with its unit. */
final class WelfareWidgets {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private WelfareWidgets() {
    }

    /** A card to tap, shown selected while {@code selected} holds. */
    static VBox choice(String id, ObservableValue<String> text, ObservableBooleanValue selected, Runnable onTap) {
        VBox card = Widgets.tappable(new VBox(Widgets.label(text, "choice-text")), onTap);
        card.setId(id);
        card.getStyleClass().add("choice");
        card.pseudoClassStateChanged(SELECTED, selected.get());
        selected.addListener((o, was, now) -> card.pseudoClassStateChanged(SELECTED, now));
        return card;
    }

    /** A combo box whose rows and button show each value as {@code name} writes it in the current format. */
    static <T> ComboBox<T> combo(String id, Messages m, BiFunction<ThaiFormat, T, String> name) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setCellFactory(v -> new NamedCell<>(m, name));
        box.setButtonCell(new NamedCell<>(m, name));
        return box;
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

    /** Shown and laid out only while {@code shown} holds. */
    static <N extends Node> N shownWhen(N node, ObservableBooleanValue shown) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(shown::get, shown));
        node.managedProperty().bind(node.visibleProperty());
        return node;
    }

    /** A warning line with the warning icon, as on the step form. */
    static Label warning(String text) {
        return Widgets.text(text, "warning-text");
    }

    private static final class NamedCell<T> extends ListCell<T> {
        private final Messages m;
        private final BiFunction<ThaiFormat, T, String> name;

        NamedCell(Messages m, BiFunction<ThaiFormat, T, String> name) {
            this.m = m;
            this.name = name;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) {
                setText(null);
            } else {
                textProperty().bind(m.show(item, name));
            }
        }
    }
}
