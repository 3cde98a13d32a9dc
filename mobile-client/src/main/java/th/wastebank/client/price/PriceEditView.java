package th.wastebank.client.price;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;

/** Setting one material's price from a date, or adding the bank's own material. */
public final class PriceEditView implements Screen {
    private final PriceEditViewModel vm;
    private final Messages m;
    private final Node root;

    public PriceEditView(PriceEditViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;

        Label name = Widgets.label(vm.displayName(), "passbook-name");
        name.setId("price-material");
        Label current = Widgets.label(m.text("price.current", vm.currentPrice()), "muted");
        current.visibleProperty().bind(vm.currentPrice().isNotEmpty());
        current.managedProperty().bind(current.visibleProperty());
        VBox heading = Widgets.card(null, name, current);
        heading.visibleProperty().bind(vm.ownMaterial().not());
        heading.managedProperty().bind(heading.visibleProperty());

        TextField code = Widgets.field("price-code", vm.code(), null);
        code.setEditable(vm.newMaterial());
        code.setTextFormatter(new TextFormatter<String>(change -> {
            change.setText(change.getText().toUpperCase());
            return change;
        }));
        TextField nameTh = Widgets.field("price-name", vm.nameTh(), m.text("price.name.prompt"));
        VBox own = new VBox(
                Widgets.labelled(m.text("price.name"), nameTh, Widgets.error("price-name-error", vm.nameError())),
                Widgets.labelled(m.text("price.code"), code, Widgets.error("price-code-error", vm.codeError())));
        own.visibleProperty().bind(vm.ownMaterial());
        own.managedProperty().bind(own.visibleProperty());
        own.getStyleClass().add("form");

        TextField price = Widgets.field("price-value", vm.priceText(), m.text("price.value.prompt"));
        price.getStyleClass().add("big-input");
        HBox.setHgrow(price, Priority.ALWAYS);
        HBox priceRow = new HBox(price, Widgets.label(m.text("unit.bahtPerKg"), "input-unit"));
        priceRow.setAlignment(Pos.CENTER_LEFT);
        priceRow.getStyleClass().add("input-row");

        Button save = Widgets.button("price-save", m.text("price.save"), "primary");
        save.disableProperty().bind(vm.busy());
        save.setOnAction(e -> vm.save());

        VBox form = new VBox(heading, own,
                Widgets.labelled(m.text("price.value"), priceRow, Widgets.error("price-value-error", vm.priceError())),
                Widgets.labelled(m.text("price.from"), Widgets.datePicker("price-date", vm.effectiveFrom(), m), null),
                Widgets.label(m.text("price.fromExplain"), "muted"),
                Widgets.error("price-error", vm.error()),
                save);
        form.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = Widgets.scrolling(form);
        root = scroll;
    }

    @Override
    public ObservableValue<String> title() {
        return m.text(vm.newMaterial() ? "price.title.new" : "price.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public PriceEditViewModel viewModel() {
        return vm;
    }
}
