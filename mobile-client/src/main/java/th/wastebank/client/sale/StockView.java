package th.wastebank.client.sale;

import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;

/** The stock board: kilograms and value per material, negative stock in red with a note. */
public final class StockView implements Screen {
    private final StockViewModel vm;
    private final Messages m;
    private final Node root;
    private final VBox rows = new VBox();
    private final VBox records = new VBox();

    public StockView(StockViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        rows.setId("stock-rows");
        rows.getStyleClass().add("line-rows");
        vm.rows().addListener((ListChangeListener<StockViewModel.Row>) c -> showRows());
        records.setId("stock-records");
        records.getStyleClass().add("line-rows");
        vm.records().addListener((ListChangeListener<SaleService.StockRecord>) c -> showRecords());
        Label recordsTitle = Widgets.label(m.text("stock.records"), "section-title");
        recordsTitle.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.records()));
        recordsTitle.managedProperty().bind(recordsTitle.visibleProperty());
        Label total = Widgets.line(m.formatted(vm.totalValue(), (f, s) -> f.baht(s.longValue())), "figure-number");
        total.setId("stock-total-value");
        Label empty = Widgets.label(m.text("stock.empty"), "muted");
        empty.setId("stock-empty");
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.rows()));
        empty.managedProperty().bind(empty.visibleProperty());
        Button sell = Widgets.button("stock-record-sale", m.text("stock.recordSale"), "primary");
        sell.setOnAction(e -> vm.recordSale());
        Button margin = Widgets.button("stock-margin", m.text("stock.margin"), "secondary");
        margin.setOnAction(e -> vm.openMargin());
        Button adjust = Widgets.button("stock-adjust", m.text("stock.adjust"), "secondary");
        adjust.setOnAction(e -> vm.adjustStock());
        Button marginRun = Widgets.button("stock-margin-run", m.text("stock.marginRun"), "secondary");
        marginRun.setOnAction(e -> vm.marginRun());
        Button dividend = Widgets.button("stock-dividend", m.text("stock.dividend"), "secondary");
        dividend.setOnAction(e -> vm.dividend());
        VBox content = new VBox(Widgets.label(m.text("stock.intro"), "muted"),
                Widgets.labelled(m.text("stock.totalValue"), total, null), empty, rows,
                Widgets.error("stock-error", vm.error()), sell, margin, adjust, marginRun, dividend, recordsTitle, records);
        content.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = Widgets.scrolling(content);
        root = scroll;
    }

    private void showRows() {
        rows.getChildren().clear();
        for (StockViewModel.Row row : vm.rows()) {
            Label name = Widgets.label(m.show(row, (f, r) -> r.name(f.thai())), "row-title");
            Label kg = Widgets.label(m.show(row.grams(), (f, g) -> f.kg(g)), "row-detail");
            kg.setId("stock-kg-" + row.materialCode());
            VBox text = new VBox(name, kg);
            if (row.negative()) {
                kg.getStyleClass().add("stock-negative");
                Label note = Widgets.label(m.text("stock.negative"), "warning-text");
                note.setId("stock-negative-" + row.materialCode());
                text.getChildren().add(note);
            }
            HBox.setHgrow(text, Priority.ALWAYS);
            Label value = Widgets.line(m.show(row.value(), (f, v) -> f.baht(v)), "line-amount");
            value.setId("stock-value-" + row.materialCode());
            HBox line = new HBox(text, value);
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().add("deposit-line");
            rows.getChildren().add(line);
        }
    }

    private void showRecords() {
        records.getChildren().clear();
        for (SaleService.StockRecord r : vm.records()) {
            Label what = Widgets.label(m.show(r, (f, x) -> StockViewModel.describe(m, x)), "row-detail", "stock-record-text");
            what.setWrapText(true);
            VBox text = new VBox(what);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox line = new HBox(text);
            line.setId("stock-record-" + r.id());
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().add("deposit-line");
            if (r.voided()) {
                line.getStyleClass().add("voided-record");
                text.getChildren().add(Widgets.label(m.show(r, (f, x) -> m.get("stock.record.voided", x.voidReason())),
                        "reversed-note"));
            } else {
                Button cancel = Widgets.button("stock-record-void-" + r.id(), m.text("stock.record.void"), "small-button",
                        "reverse-button");
                cancel.setMaxWidth(Button.USE_PREF_SIZE);
                cancel.setOnAction(e -> vm.voidRecord(r));
                line.getChildren().add(cancel);
            }
            records.getChildren().add(line);
        }
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("stock.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public StockViewModel viewModel() {
        return vm;
    }
}
