package th.wastebank.client.welfare;

import java.time.YearMonth;

import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import th.wastebank.client.committee.ApprovalView;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.Choices;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;

/** The sale-margin run screen: scheme and month, the proposed amount (lowered if wished), two approvers. */
public final class MarginRunView implements Screen {
    private final MarginRunViewModel vm;
    private final Messages m;
    private final Node root;

    public MarginRunView(MarginRunViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        ComboBox<Scheme> scheme = Choices.combo("margin-run-scheme", m, (f, s) -> s.name());
        scheme.setItems(vm.schemes());
        scheme.valueProperty().bindBidirectional(vm.scheme());
        ComboBox<YearMonth> month = Choices.combo("margin-run-month", m, (f, ym) -> f.month(ym));
        month.setItems(FXCollections.observableArrayList(vm.months()));
        month.valueProperty().bindBidirectional(vm.month());
        Button propose = Widgets.button("margin-run-propose", m.text("marginRun.propose"), "secondary");
        propose.disableProperty().bind(vm.busy());
        propose.setOnAction(e -> vm.propose());
        Button confirm = Widgets.button("margin-run-confirm", m.text("marginRun.confirm"), "primary");
        confirm.disableProperty().bind(vm.busy().or(vm.proposal().isNull()));
        confirm.setOnAction(e -> vm.confirm());

        Label margin = Widgets.label(m.formatted(vm.proposal(), (f, p) -> m.get("marginRun.margin", f.baht(p.margin()))),
                "levy-summary");
        margin.setId("margin-run-margin");
        VBox card = Widgets.card("levy-preview-card", margin,
                Widgets.labelled(m.text("marginRun.amount"), Widgets.field("margin-run-amount", vm.amountText(), null),
                        Widgets.error("margin-run-amount-error", vm.amountError())),
                ApprovalView.withTypedNames(vm.approval(), m, "margin-run"));
        card.visibleProperty().bind(vm.proposal().isNotNull());
        card.managedProperty().bind(card.visibleProperty());

        VBox form = new VBox(Widgets.label(m.text("marginRun.intro"), "muted"),
                Widgets.labelled(m.text("levy.scheme"), scheme, null),
                Widgets.labelled(m.text("marginRun.month"), month, null),
                propose, card, Widgets.error("margin-run-error", vm.error()), confirm);
        form.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = Widgets.scrolling(form);
        root = scroll;
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("marginRun.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public MarginRunViewModel viewModel() {
        return vm;
    }
}
