package th.wastebank.client.ui;

import java.util.function.BiFunction;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.i18n.ThaiFormat;

/** Ways to pick one of a few values on a form: choice cards, combo boxes of named values, parts shown only for some. */
public final class Choices {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private Choices() {
    }

    /** A card to tap, shown selected while {@code selected} holds. */
    public static VBox choice(String id, ObservableValue<String> text, ObservableBooleanValue selected, Runnable onTap) {
        VBox card = Widgets.tappable(new VBox(Widgets.label(text, "choice-text")), onTap);
        card.setId(id);
        card.getStyleClass().add("choice");
        card.pseudoClassStateChanged(SELECTED, selected.get());
        selected.addListener((o, was, now) -> card.pseudoClassStateChanged(SELECTED, now));
        return card;
    }

    /** A combo box whose rows and button show each value as {@code name} writes it in the current format. */
    public static <T> ComboBox<T> combo(String id, Messages m, BiFunction<ThaiFormat, T, String> name) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setCellFactory(v -> new NamedCell<>(m, name));
        box.setButtonCell(new NamedCell<>(m, name));
        return box;
    }

    /** Shown and laid out only while {@code shown} holds. */
    public static <N extends Node> N shownWhen(N node, ObservableBooleanValue shown) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(shown::get, shown));
        node.managedProperty().bind(node.visibleProperty());
        return node;
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
