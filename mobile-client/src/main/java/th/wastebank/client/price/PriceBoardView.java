package th.wastebank.client.price;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.Icons;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;
import th.wastebank.material.MaterialCatalogue;

/** The price board: one row per material with its price per kilogram today; tap a row to set its price. */
public final class PriceBoardView implements Screen {
    private final PriceBoardViewModel vm;
    private final Messages m;
    private final Node root;

    public PriceBoardView(PriceBoardViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        Label effective = Widgets.label(m.text("prices.effective", m.formatted(vm.today(), (f, d) -> f.date(d))), "muted");
        Button add = Widgets.button("prices-add", m.text("prices.addOwn"), "secondary");
        add.setOnAction(e -> vm.addOwnMaterial());
        Button pull = Widgets.button("prices-pull", m.text("prices.pull"), "secondary");
        pull.setGraphic(Icons.of(Icons.SYNC, "button-icon"));
        pull.setOnAction(e -> vm.pullFromServer());
        HBox.setHgrow(add, Priority.ALWAYS);
        HBox.setHgrow(pull, Priority.ALWAYS);
        HBox actions = new HBox(add, pull);
        actions.getStyleClass().add("button-row");
        ListView<PriceRow> list = Widgets.list("prices-list", vm.rows(), this::row);
        list.setPlaceholder(Widgets.emptyState("prices-empty", m.text("prices.none"), m.text("prices.pull"),
                vm::pullFromServer));
        Label nonePriced = Widgets.label(m.text("prices.nonePriced"), "warning-text");
        nonePriced.setId("prices-none-priced");
        nonePriced.visibleProperty().bind(Bindings.createBooleanBinding(() -> !vm.rows().isEmpty()
                && vm.rows().stream().noneMatch(PriceRow::priced), vm.rows()));
        nonePriced.managedProperty().bind(nonePriced.visibleProperty());
        VBox content = new VBox(effective, nonePriced, list, actions);
        content.getStyleClass().addAll("screen", "list-screen");
        root = content;
    }

    private Node row(PriceRow row) {
        Label name = Widgets.label(m.show(row, (f, r) -> r.name(f.thai())), "row-title");
        VBox text = new VBox(name);
        if (!MaterialCatalogue.isStandard(row.materialCode())) {
            text.getChildren().add(Widgets.label(m.text("prices.own", row.materialCode()), "row-detail"));
        }
        if (row.priced()) {
            text.getChildren().add(Widgets.label(m.text("prices.since", m.show(row.effectiveFrom(), (f, d) -> f.date(d))),
                    "row-detail"));
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setAlignment(Pos.CENTER_LEFT);
        Label price = row.priced()
                ? Widgets.line(m.show(row.pricePerKg(), (f, p) -> f.pricePerKg(p)), "price-value")
                : Widgets.line(m.text("prices.unpriced"), "price-missing");
        HBox line = new HBox(text, price, Icons.of(Icons.CHEVRON, "chevron"));
        line.setAlignment(Pos.CENTER_LEFT);
        line.setId("price-" + row.materialCode());
        return Widgets.tappable(line, () -> vm.edit(row));
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("prices.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public PriceBoardViewModel viewModel() {
        return vm;
    }
}
