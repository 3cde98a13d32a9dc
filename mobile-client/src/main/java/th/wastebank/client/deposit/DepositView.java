package th.wastebank.client.deposit;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.member.MemberNumberField;
import th.wastebank.client.member.MemberPickerView;
import th.wastebank.client.price.PriceRow;
import th.wastebank.client.ui.PricedLineRows;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;

/**
 * The deposit screen: member, material and weight, the lines so far, and the running total in
 * large numerals pinned above the save button.
 */
public final class DepositView implements Screen {

    private final DepositViewModel vm;
    private final Messages m;
    private final BorderPane root = new BorderPane();
    private final VBox lineRows = new VBox();

    public DepositView(DepositViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;

        VBox form = new VBox(memberSection(), materialSection(), weightSection(), lineRows,
                Widgets.error("deposit-error", vm.error()));
        form.getStyleClass().addAll("screen", "form");
        lineRows.setId("deposit-lines");
        lineRows.getStyleClass().add("line-rows");
        vm.lines().addListener((ListChangeListener<DepositViewModel.Line>) c -> showLines());
        ScrollPane scroll = Widgets.scrolling(form);
        root.setCenter(scroll);
        root.setBottom(totalBar());
    }

    private Node memberSection() {
        Node byNumber = MemberNumberField.of("deposit", vm.byNumber(), m);
        // while the phone has no member at all, the empty state's way to register one is all there is
        byNumber.visibleProperty().bind(vm.member().isNull().and(Bindings.createBooleanBinding(
                () -> !vm.search().results().isEmpty() || !vm.search().query().get().isBlank(),
                vm.search().results(), vm.search().query())));
        byNumber.managedProperty().bind(byNumber.visibleProperty());
        return new VBox(new MemberPickerView("deposit", m.text("deposit.member"), vm.search(), vm.member(),
                vm.memberError(), vm::chooseMember, vm::changeMember, m).node(), byNumber);
    }

    private Node materialSection() {
        ComboBox<PriceRow> material = new ComboBox<>(vm.materials());
        material.setId("deposit-material");
        material.valueProperty().bindBidirectional(vm.material());
        material.setMaxWidth(Double.MAX_VALUE);
        material.promptTextProperty().bind(m.text("deposit.material.prompt"));
        material.setCellFactory(v -> new MaterialCell());
        material.setButtonCell(new MaterialCell());
        VBox noPrices = Widgets.emptyState("deposit-no-prices", m.text("deposit.noPrices"), m.text("deposit.setPrices"),
                vm::openPrices);
        noPrices.visibleProperty().bind(vm.noPrices());
        noPrices.managedProperty().bind(noPrices.visibleProperty());
        material.disableProperty().bind(vm.noPrices());
        VBox section = Widgets.labelled(m.text("deposit.material"), material,
                Widgets.error("deposit-material-error", vm.materialError()));
        section.getChildren().add(noPrices);
        return section;
    }

    private final class MaterialCell extends ListCell<PriceRow> {
        @Override
        protected void updateItem(PriceRow row, boolean empty) {
            super.updateItem(row, empty);
            textProperty().unbind();
            if (empty || row == null) {
                setText(null);
            } else {
                textProperty().bind(m.show(row, (f, r) -> r.name(f.thai()) + " · " + f.pricePerKg(r.pricePerKg())));
            }
        }
    }

    private Node weightSection() {
        TextField weight = Widgets.field("deposit-weight", vm.weightText(), m.text("deposit.weight.prompt"));
        weight.getStyleClass().add("big-input");
        weight.setOnAction(e -> vm.addLine());
        HBox.setHgrow(weight, Priority.ALWAYS);
        Label unit = Widgets.label(m.text("unit.kg"), "input-unit");
        Button add = Widgets.button("deposit-add-line", m.text("deposit.addLine"), "secondary");
        add.setMaxWidth(Button.USE_PREF_SIZE);
        add.setOnAction(e -> vm.addLine());
        HBox row = new HBox(weight, unit, add);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("input-row");
        return Widgets.labelled(m.text("deposit.weight"), row, Widgets.error("deposit-weight-error", vm.weightError()));
    }

    private void showLines() {
        lineRows.getChildren().clear();
        int index = 0;
        for (DepositViewModel.Line line : vm.lines()) {
            lineRows.getChildren().add(PricedLineRows.row(m, m.show(line.material(), (f, r) -> r.name(f.thai())),
                    line.priced(), "deposit-remove-" + index++, () -> vm.removeLine(line)));
        }
    }

    private Node totalBar() {
        return PricedLineRows.totalBar(m, "deposit", m.text("deposit.total"), vm.totalGrams(), vm.total(),
                m.text("deposit.save"), vm.busy(), vm::save);
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("deposit.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public DepositViewModel viewModel() {
        return vm;
    }
}
