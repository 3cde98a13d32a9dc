package th.wastebank.client.sale;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;
import th.wastebank.client.ui.WrappingLabel;

/** The void form: the sale or adjustment being voided and the required reason. */
public final class SaleVoidView implements Screen {
    private final SaleVoidViewModel vm;
    private final Messages m;
    private final Node root;

    public SaleVoidView(SaleVoidViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        Label what = new WrappingLabel();
        what.setId("sale-void-record");
        what.getStyleClass().add("row-title");
        what.textProperty().bind(Bindings.createStringBinding(() -> vm.record().get() == null ? ""
                : StockViewModel.describe(m, vm.record().get()), vm.record(), m.formatProperty(), m.languageProperty()));
        TextArea reason = new TextArea();
        reason.setId("sale-void-reason");
        reason.textProperty().bindBidirectional(vm.reason());
        reason.promptTextProperty().bind(m.text("saleVoid.reason.prompt"));
        reason.setWrapText(true);
        reason.setPrefRowCount(3);
        Button save = Widgets.button("sale-void-save", m.text("saleVoid.save"), "danger");
        save.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.busy().get() || vm.record().get() == null
                || vm.record().get().voided(), vm.busy(), vm.record()));
        save.setOnAction(e -> vm.save());
        VBox form = new VBox(Widgets.card(null, what),
                Widgets.label(m.text("saleVoid.explain"), "muted"),
                Widgets.labelled(m.text("saleVoid.reason"), reason, Widgets.error("sale-void-reason-error", vm.reasonError())),
                Widgets.error("sale-void-error", vm.error()),
                save);
        form.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = Widgets.scrolling(form);
        root = scroll;
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("saleVoid.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public SaleVoidViewModel viewModel() {
        return vm;
    }
}
