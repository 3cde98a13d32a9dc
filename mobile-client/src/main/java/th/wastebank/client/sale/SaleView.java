package th.wastebank.client.sale;

import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.photo.PhotoStripView;
import th.wastebank.client.price.PriceRow;
import th.wastebank.client.ui.PricedLineRows;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;
import th.wastebank.sale.BuyerKind;

/**
 * The sale screen: the buyer (or a new one), material, weight and the buyer's price, the lines so
 * far, who sold, and the total pinned above the save button.
 */
public final class SaleView implements Screen {
    private final SaleViewModel vm;
    private final Messages m;
    private final BorderPane root = new BorderPane();
    private final VBox lineRows = new VBox();

    public SaleView(SaleViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        lineRows.setId("sale-lines");
        lineRows.getStyleClass().add("line-rows");
        vm.lines().addListener((ListChangeListener<SaleViewModel.Line>) c -> showLines());
        VBox form = new VBox(buyerSection(), newBuyerSection(), materialSection(), weightSection(), lineRows,
                Widgets.warning("sale-stock-warning", vm.stockWarning()),
                Widgets.labelled(m.text("sale.soldBy"), Widgets.field("sale-sold-by", vm.soldBy(),
                        m.text("sale.soldBy.prompt")), Widgets.error("sale-sold-by-error", vm.soldByError())),
                receiptSection(),
                Widgets.error("sale-error", vm.error()));
        form.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = Widgets.scrolling(form);
        root.setCenter(scroll);
        root.setBottom(totalBar());
    }

    private Node receiptSection() {
        Button add = Widgets.button("sale-add-photo", m.text("sale.photo.add"), "secondary");
        add.disableProperty().bind(vm.busy());
        add.setOnAction(e -> vm.receipt().add());
        return Widgets.labelled(m.text("sale.photo"), new VBox(new PhotoStripView("sale-photos", vm.receipt(), m).node(),
                add), Widgets.error("sale-photo-error", vm.receipt().error()));
    }

    private Node buyerSection() {
        ComboBox<SaleService.Buyer> buyer = new ComboBox<>(vm.buyers());
        buyer.setId("sale-buyer");
        buyer.valueProperty().bindBidirectional(vm.buyer());
        buyer.setMaxWidth(Double.MAX_VALUE);
        buyer.promptTextProperty().bind(m.text("sale.buyer.prompt"));
        buyer.setCellFactory(v -> new BuyerCell());
        buyer.setButtonCell(new BuyerCell());
        return Widgets.labelled(m.text("sale.buyer"), buyer, Widgets.error("sale-buyer-error", vm.buyerError()));
    }

    private final class BuyerCell extends ListCell<SaleService.Buyer> {
        @Override
        protected void updateItem(SaleService.Buyer b, boolean empty) {
            super.updateItem(b, empty);
            textProperty().unbind();
            if (empty || b == null) {
                setText(null);
            } else {
                String kind = BuyerKind.parse(b.kind()).map(k -> " · " + (m.thai() ? k.nameTh() : k.nameEn())).orElse("");
                setText(b.name() + kind);
            }
        }
    }

    private Node newBuyerSection() {
        ComboBox<BuyerKind> kind = new ComboBox<>();
        kind.getItems().setAll(BuyerKind.values());
        kind.setId("sale-new-buyer-kind");
        kind.valueProperty().bindBidirectional(vm.newBuyerKind());
        kind.setCellFactory(v -> new KindCell());
        kind.setButtonCell(new KindCell());
        kind.setMaxWidth(Double.MAX_VALUE);
        Button add = Widgets.button("sale-add-buyer", m.text("sale.addBuyer"), "secondary");
        add.setOnAction(e -> vm.addBuyer());
        VBox box = new VBox(Widgets.field("sale-new-buyer-name", vm.newBuyerName(), m.text("sale.newBuyer.name")),
                kind, Widgets.field("sale-new-buyer-phone", vm.newBuyerPhone(), m.text("sale.newBuyer.phone")),
                Widgets.error("sale-new-buyer-error", vm.newBuyerError()), add);
        box.getStyleClass().add("choices");
        return Widgets.labelled(m.text("sale.newBuyer"), box, null);
    }

    private final class KindCell extends ListCell<BuyerKind> {
        @Override
        protected void updateItem(BuyerKind k, boolean empty) {
            super.updateItem(k, empty);
            setText(empty || k == null ? null : m.thai() ? k.nameTh() : k.nameEn());
        }
    }

    private Node materialSection() {
        ComboBox<PriceRow> material = new ComboBox<>(vm.materials());
        material.setId("sale-material");
        material.valueProperty().bindBidirectional(vm.material());
        material.setMaxWidth(Double.MAX_VALUE);
        material.promptTextProperty().bind(m.text("sale.material.prompt"));
        material.setCellFactory(v -> new MaterialCell(m));
        material.setButtonCell(new MaterialCell(m));
        return Widgets.labelled(m.text("sale.material"), material,
                Widgets.error("sale-material-error", vm.materialError()));
    }

    private Node weightSection() {
        TextField weight = Widgets.field("sale-weight", vm.weightText(), m.text("sale.weight.prompt"));
        weight.getStyleClass().add("big-input");
        HBox.setHgrow(weight, Priority.ALWAYS);
        TextField price = Widgets.field("sale-price", vm.priceText(), m.text("sale.price.prompt"));
        price.getStyleClass().add("big-input");
        price.setOnAction(e -> vm.addLine());
        HBox.setHgrow(price, Priority.ALWAYS);
        HBox row = new HBox(weight, Widgets.label(m.text("unit.kg"), "input-unit"), price,
                Widgets.label(m.text("unit.bahtPerKg"), "input-unit"));
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("input-row");
        Button add = Widgets.button("sale-add-line", m.text("sale.addLine"), "secondary");
        add.setOnAction(e -> vm.addLine());
        return Widgets.labelled(m.text("sale.weightAndPrice"), new VBox(row, Widgets.error("sale-weight-error",
                vm.weightError()), Widgets.error("sale-price-error", vm.priceError()), add), null);
    }

    private void showLines() {
        lineRows.getChildren().clear();
        int index = 0;
        for (SaleViewModel.Line line : vm.lines()) {
            lineRows.getChildren().add(PricedLineRows.row(m, m.show(line.material(), (f, r) -> r.name(f.thai())),
                    line.priced(), "sale-remove-" + index++, () -> vm.removeLine(line)));
        }
    }

    private Node totalBar() {
        return PricedLineRows.totalBar(m, "sale", m.text("sale.total"), vm.totalGrams(), vm.total(),
                m.text("sale.save"), vm.busy(), vm::save);
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("sale.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public SaleViewModel viewModel() {
        return vm;
    }
}
