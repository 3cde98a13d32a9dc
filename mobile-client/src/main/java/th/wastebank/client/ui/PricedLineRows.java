package th.wastebank.client.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.material.PricedLine;

/**
 * The lines of a deposit or a sale as they are weighed (material, kilograms × price, amount, a
 * button to remove one) and the total bar pinned above the save button.
 */
public final class PricedLineRows {
    private PricedLineRows() {
    }

    /** One line: its material's name, "2.500 กก. × 8.00 บาท/กก.", its amount and the remove button {@code removeId}. */
    public static HBox row(Messages m, ObservableValue<String> name, PricedLine line, String removeId, Runnable remove) {
        Label title = Widgets.label(name, "row-title");
        Label detail = Widgets.label(m.show(line, (f, l) -> f.kg(l.grams()) + " × " + f.pricePerKg(l.pricePerKg())),
                "row-detail");
        VBox text = new VBox(title, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        Label amount = Widgets.line(m.show(line.amount(), (f, a) -> f.baht(a)), "line-amount");
        Button button = new Button();
        button.setId(removeId);
        button.setGraphic(Icons.of(Icons.CLOSE, "button-icon"));
        button.getStyleClass().add("icon-button");
        button.setOnAction(e -> remove.run());
        HBox row = new HBox(text, amount, button);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("deposit-line");
        return row;
    }

    /**
     * The running weight and total in large numerals ({@code prefix-total-weight}, {@code prefix-total})
     * above the save button {@code prefix-save}, disabled while {@code busy}.
     */
    public static VBox totalBar(Messages m, String prefix, ObservableValue<String> caption, ObservableValue<Number> grams,
                                ObservableValue<Number> satang, ObservableValue<String> saveText,
                                ReadOnlyBooleanProperty busy, Runnable save) {
        Label weight = Widgets.label(m.formatted(grams, (f, g) -> f.kg(g.longValue())), "total-weight");
        weight.setId(prefix + "-total-weight");
        VBox left = new VBox(Widgets.label(caption, "total-caption"), weight);
        Label total = Widgets.line(m.formatted(satang, (f, s) -> f.bahtAmount(s.longValue())), "total-number");
        total.setId(prefix + "-total");
        HBox figures = new HBox(left, Widgets.hSpacer(), total, Widgets.label(m.text("unit.baht"), "total-unit"));
        figures.setAlignment(Pos.BASELINE_RIGHT);
        Button button = Widgets.button(prefix + "-save", saveText, "primary");
        button.disableProperty().bind(busy);
        button.setOnAction(e -> save.run());
        VBox bar = new VBox(figures, button);
        bar.getStyleClass().add("total-bar");
        return bar;
    }
}
