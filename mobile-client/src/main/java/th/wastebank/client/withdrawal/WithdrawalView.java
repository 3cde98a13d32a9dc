package th.wastebank.client.withdrawal;

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
import th.wastebank.client.member.MemberNumberField;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;

/** The withdrawal form: member and balance, amount in large numerals, the two committee names. */
public final class WithdrawalView implements Screen {
    private final WithdrawalViewModel vm;
    private final Messages m;
    private final Node root;

    public WithdrawalView(WithdrawalViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        Label member = Widgets.label(vm.memberName(), "passbook-name");
        member.setId("withdrawal-member");
        Label number = Widgets.label(vm.memberNumber(), "muted");
        number.setId("withdrawal-member-number-shown");
        Label balance = Widgets.label(m.text("withdrawal.balance",
                m.formatted(vm.balance(), (f, s) -> f.baht(s.longValue()))), "muted");
        balance.setId("withdrawal-balance");

        TextField amount = Widgets.field("withdrawal-amount", vm.amountText(), m.text("withdrawal.amount.prompt"));
        amount.getStyleClass().add("big-input");
        HBox.setHgrow(amount, Priority.ALWAYS);
        Button all = Widgets.button("withdrawal-all", m.text("withdrawal.all"), "small-button");
        all.setMaxWidth(Button.USE_PREF_SIZE);
        all.disableProperty().bind(vm.balance().lessThanOrEqualTo(0));
        all.setOnAction(e -> vm.takeAll());
        HBox amountRow = new HBox(amount, Widgets.label(m.text("unit.baht"), "input-unit"), all);
        amountRow.setAlignment(Pos.CENTER_LEFT);
        amountRow.getStyleClass().add("input-row");

        Button save = Widgets.button("withdrawal-save", m.text("withdrawal.save"), "primary");
        save.disableProperty().bind(vm.busy());
        save.setOnAction(e -> vm.save());

        VBox form = new VBox(Widgets.card(null, member, number, balance),
                MemberNumberField.of("withdrawal", vm.byNumber(), m),
                Widgets.labelled(m.text("withdrawal.amount"), amountRow,
                        Widgets.error("withdrawal-amount-error", vm.amountError())),
                ApprovalView.of(vm.approval(), m, "withdrawal", new VBox(
                        Widgets.labelled(m.text("withdrawal.paidBy"),
                                Widgets.field("withdrawal-paid-by", vm.paidBy(), null), null),
                        Widgets.labelled(m.text("withdrawal.confirmedBy"),
                                Widgets.field("withdrawal-confirmed-by", vm.confirmedBy(), null),
                                Widgets.error("withdrawal-approvers-error", vm.approversError())),
                        Widgets.label(m.text("withdrawal.twoPeople"), "muted"))),
                Widgets.error("withdrawal-error", vm.error()),
                save);
        form.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = Widgets.scrolling(form);
        root = scroll;
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("withdrawal.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public WithdrawalViewModel viewModel() {
        return vm;
    }
}
