package th.wastebank.client.reversal;

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

/** The reversal form: the entry being reversed and the required reason. */
public final class ReversalView implements Screen {
    private final ReversalViewModel vm;
    private final Messages m;
    private final Node root;

    public ReversalView(ReversalViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        Label member = Widgets.label(vm.memberName(), "row-title");
        Label what = new WrappingLabel();
        what.setId("reversal-entry");
        what.getStyleClass().add("reversal-entry");
        what.textProperty().bind(Bindings.createStringBinding(() -> vm.entry().get() == null ? "" : m.get(
                "reversal.entry", m.thai() ? vm.entry().get().kind().nameTh() : vm.entry().get().kind().nameEn(),
                m.format().baht(vm.entry().get().amount()), m.format().dateTime(vm.entry().get().occurredAt())),
                vm.entry(), m.formatProperty(), m.languageProperty()));
        TextArea reason = new TextArea();
        reason.setId("reversal-reason");
        reason.textProperty().bindBidirectional(vm.reason());
        reason.promptTextProperty().bind(m.text("reversal.reason.prompt"));
        reason.setWrapText(true);
        reason.setPrefRowCount(3);
        Button save = Widgets.button("reversal-save", m.text("reversal.save"), "danger");
        save.disableProperty().bind(Bindings.or(vm.busy(), vm.entry().isNull()));
        save.setOnAction(e -> vm.save());
        VBox form = new VBox(Widgets.card(null, member, what),
                Widgets.label(m.text("reversal.explain"), "muted"),
                Widgets.labelled(m.text("reversal.reason"), reason, Widgets.error("reversal-reason-error", vm.reasonError())),
                Widgets.error("reversal-error", vm.error()),
                save);
        form.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = Widgets.scrolling(form);
        root = scroll;
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("reversal.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public ReversalViewModel viewModel() {
        return vm;
    }
}
