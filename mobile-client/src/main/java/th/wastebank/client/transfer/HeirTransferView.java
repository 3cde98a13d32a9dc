package th.wastebank.client.transfer;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import th.wastebank.client.committee.ApprovalView;
import th.wastebank.client.i18n.Messages;
import th.wastebank.client.member.MemberPickerView;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;
import th.wastebank.client.ui.WrappingLabel;

/** Savings to an heir: whose, the heir (search, or register first), the amount (the whole balance), two PINs. */
public final class HeirTransferView implements Screen {
    private final HeirTransferViewModel vm;
    private final Messages m;
    private final Node root;

    public HeirTransferView(HeirTransferViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        Label from = new WrappingLabel();
        from.setId("heir-from");
        from.getStyleClass().add("passbook-name");
        from.textProperty().bind(Bindings.createStringBinding(() -> vm.from().get() == null ? ""
                : vm.from().get().name(), vm.from()));
        Label balance = Widgets.label(m.text("heir.balance",
                m.formatted(vm.balance(), (f, s) -> f.baht(s.longValue()))), "muted");
        balance.setId("heir-balance");

        MemberPickerView heir = new MemberPickerView("heir", m.text("heir.heir"), vm.search(), vm.heir(),
                vm.heirError(), vm::pick, vm::pickAgain, m);
        Button register = Widgets.button("heir-register", m.text("heir.register"), "small-button");
        register.setMaxWidth(Button.USE_PREF_SIZE);
        register.setOnAction(e -> vm.registerHeir());
        register.visibleProperty().bind(vm.heir().isNull());
        register.managedProperty().bind(register.visibleProperty());

        TextField amount = Widgets.field("heir-amount", vm.amountText(), m.text("withdrawal.amount.prompt"));
        amount.getStyleClass().add("big-input");
        HBox.setHgrow(amount, Priority.ALWAYS);
        HBox amountRow = new HBox(amount, Widgets.label(m.text("unit.baht"), "input-unit"));
        amountRow.setAlignment(Pos.CENTER_LEFT);
        amountRow.getStyleClass().add("input-row");

        Button save = Widgets.button("heir-save", m.text("heir.save"), "primary");
        save.disableProperty().bind(vm.busy());
        save.setOnAction(e -> vm.save());

        VBox form = new VBox(Widgets.card(null, from, balance), heir.node(), register,
                Widgets.labelled(m.text("heir.amount"), amountRow, Widgets.error("heir-amount-error", vm.amountError())),
                Widgets.labelled(m.text("heir.note"), Widgets.field("heir-note", vm.note(), null), null),
                Widgets.label(m.text("heir.fundUntouched"), "muted"),
                ApprovalView.withTypedNames(vm.approval(), m, "heir"),
                Widgets.error("heir-error", vm.error()), save);
        form.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = Widgets.scrolling(form);
        root = scroll;
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("heir.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public HeirTransferViewModel viewModel() {
        return vm;
    }
}
