package th.wastebank.client.sale;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.price.PriceRow;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;
import th.wastebank.sale.AdjustReason;

/** Setting the stock right: the material, why, the kilograms, the target of a re-sort, a note. */
public final class StockAdjustView implements Screen {
    private final StockAdjustViewModel vm;
    private final Messages m;
    private final Node root;

    public StockAdjustView(StockAdjustViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        ComboBox<AdjustReason> reason = new ComboBox<>();
        reason.getItems().setAll(AdjustReason.values());
        reason.setId("adjust-reason");
        reason.valueProperty().bindBidirectional(vm.reason());
        reason.setCellFactory(v -> new ReasonCell());
        reason.setButtonCell(new ReasonCell());
        reason.setMaxWidth(Double.MAX_VALUE);
        ComboBox<PriceRow> target = materials("adjust-target", vm.target());
        VBox targetBox = Widgets.labelled(m.text("adjust.target"), target,
                Widgets.error("adjust-target-error", vm.targetError()));
        targetBox.visibleProperty().bind(vm.reason().isEqualTo(AdjustReason.RESORTED));
        targetBox.managedProperty().bind(targetBox.visibleProperty());
        Button save = Widgets.button("adjust-save", m.text("adjust.save"), "primary");
        save.disableProperty().bind(vm.busy());
        save.setOnAction(e -> vm.save());
        VBox form = new VBox(
                Widgets.labelled(m.text("sale.material"), materials("adjust-material", vm.material()),
                        Widgets.error("adjust-material-error", vm.materialError())),
                Widgets.labelled(m.text("adjust.reason"), reason, null),
                Widgets.labelled(Bindings.when(vm.reason().isEqualTo(AdjustReason.COUNT))
                                .then(m.text("adjust.kg.counted")).otherwise(m.text("adjust.kg.lost")),
                        Widgets.field("adjust-kg", vm.kgText(), m.text("unit.kg")),
                        Widgets.error("adjust-kg-error", vm.kgError())),
                targetBox,
                Widgets.labelled(m.text("adjust.note"), Widgets.field("adjust-note", vm.note(),
                        m.text("adjust.note.prompt")), null),
                Widgets.error("adjust-error", vm.error()), save);
        form.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = Widgets.scrolling(form);
        root = scroll;
    }

    private ComboBox<PriceRow> materials(String id, javafx.beans.property.ObjectProperty<PriceRow> value) {
        ComboBox<PriceRow> box = new ComboBox<>(vm.materials());
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        box.setMaxWidth(Double.MAX_VALUE);
        box.promptTextProperty().bind(m.text("sale.material.prompt"));
        box.setCellFactory(v -> new MaterialCell(m));
        box.setButtonCell(new MaterialCell(m));
        return box;
    }

    private final class ReasonCell extends ListCell<AdjustReason> {
        @Override
        protected void updateItem(AdjustReason r, boolean empty) {
            super.updateItem(r, empty);
            setText(empty || r == null ? null : m.thai() ? r.nameTh() : r.nameEn());
        }
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("adjust.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public StockAdjustViewModel viewModel() {
        return vm;
    }
}
