package th.wastebank.client.passbook;

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
import th.wastebank.client.i18n.ThaiFormat;
import th.wastebank.client.member.Member;
import th.wastebank.client.member.MemberNumberField;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;
import th.wastebank.client.ui.WrappingLabel;
import th.wastebank.ledger.EntryKind;

/** The passbook: who, the balance in large numerals, deposit/withdraw, and the history. */
public final class PassbookView implements Screen {
    private final PassbookViewModel vm;
    private final Messages m;
    private final Node root;

    public PassbookView(PassbookViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;

        Label name = new WrappingLabel();
        name.setId("passbook-member");
        name.getStyleClass().add("passbook-name");
        name.textProperty().bind(Bindings.createStringBinding(
                () -> vm.member().get() == null ? "" : vm.member().get().name(), vm.member()));
        // the number shares the address's line, so the history starts where it did
        Label address = new WrappingLabel();
        address.setId("passbook-member-number");
        address.getStyleClass().add("muted");
        address.textProperty().bind(Bindings.createStringBinding(() -> vm.member().get() == null ? ""
                : String.join(" · ", MemberNumberField.line(vm.member().get(), m), vm.member().get().addressLine())
                .replaceAll(" · $", ""), vm.member(), m.languageProperty()));
        Button edit = Widgets.button("passbook-edit", m.text("passbook.edit"), "small-button");
        edit.setMaxWidth(Button.USE_PREF_SIZE);
        edit.setOnAction(e -> vm.editMember());
        VBox who = new VBox(name, address);
        HBox.setHgrow(who, Priority.ALWAYS);
        HBox head = new HBox(who, edit);
        head.setAlignment(Pos.TOP_LEFT);

        Label balance = Widgets.line(m.formatted(vm.balance(), (f, s) -> f.bahtAmount(s.longValue())), "balance-number");
        balance.setId("passbook-balance");
        HBox balanceRow = new HBox(balance, Widgets.label(m.text("unit.baht"), "balance-unit"));
        balanceRow.setAlignment(Pos.BASELINE_LEFT);
        VBox balanceCard = Widgets.card("balance-card", head,
                Widgets.label(m.text("passbook.balance"), "figure-caption"), balanceRow,
                Widgets.negativeBalanceNote("passbook-negative", vm.overdrawn(), m),
                Widgets.warning("passbook-standing", Bindings.createStringBinding(this::standing, vm.member(),
                        vm.balance(), m.languageProperty())));

        Button deposit = Widgets.button("passbook-deposit", m.text("passbook.deposit"), "primary");
        deposit.setOnAction(e -> vm.deposit());
        Button withdraw = Widgets.button("passbook-withdraw", m.text("passbook.withdraw"), "secondary");
        withdraw.setOnAction(e -> vm.withdraw());
        HBox.setHgrow(deposit, Priority.ALWAYS);
        HBox.setHgrow(withdraw, Priority.ALWAYS);
        HBox actions = new HBox(deposit, withdraw);
        actions.getStyleClass().add("button-row");
        Button merge = Widgets.button("passbook-merge", m.text("passbook.merge"), "small-button");
        merge.setOnAction(e -> vm.mergeMember());
        Button heir = Widgets.button("passbook-heir", m.text("passbook.heir"), "small-button");
        heir.setOnAction(e -> vm.heirTransfer());
        HBox moves = new HBox(merge, heir);
        moves.getStyleClass().add("button-row");

        ListView<PassbookViewModel.Row> history = Widgets.list("passbook-history", vm.rows(), this::row);
        history.setPlaceholder(Widgets.emptyState("passbook-empty", m.text("passbook.empty"), m.text("passbook.deposit"),
                vm::deposit));

        VBox content = new VBox(balanceCard, actions, moves, Widgets.label(m.text("passbook.history"), "section-title"),
                history);
        content.getStyleClass().addAll("screen", "list-screen");
        root = content;
    }

    /**
     * For a member who moved away, died, left or was merged: since when, the note, and what to do
     * with savings left (pay them out, or move them to the heir); empty for a member.
     */
    private String standing() {
        Member who = vm.member().get();
        if (who == null || !who.standing().ended()) {
            return "";
        }
        Member.Standing s = who.standing();
        ThaiFormat f = m.format();
        String since = s.mergedInto() != null && !s.status().ended()
                ? m.get("passbook.standing.merged", f.date(s.mergedOn()))
                : m.get("passbook.standing", f.thai() ? s.status().nameTh() : s.status().nameEn(),
                        s.statusOn() == null ? "-" : f.date(s.statusOn()));
        String note = s.note() == null ? "" : " · " + s.note();
        String left = vm.balance().get() > 0 ? " " + m.get("passbook.standing.payOut") : "";
        return since + note + left;
    }

    private Node row(PassbookViewModel.Row row) {
        EntryKind kind = row.entry().kind();
        String note = row.entry().note();
        boolean welfare = kind == EntryKind.WELFARE_LEVY || kind == EntryKind.WELFARE_PAYOUT;
        Label kindLabel = Widgets.label(m.show(kind, (f, k) -> (f.thai() ? k.nameTh() : k.nameEn())
                + (welfare && note != null ? " · " + note : "")), "row-title");
        HBox.setHgrow(kindLabel, Priority.ALWAYS);
        long forMember = row.amountForMember();
        Label amount = Widgets.line(m.show(forMember, (f, a) -> (a > 0 ? "+" : "") + f.baht(a)),
                "entry-amount", row.fromFund() ? "fund" : forMember >= 0 ? "credit" : "debit");
        HBox top = new HBox(kindLabel, amount);
        top.setSpacing(6);
        top.setAlignment(Pos.BASELINE_LEFT);

        Label date = Widgets.label(m.show(row.entry().occurredAt(), (f, at) -> f.dateTime(at)), "row-detail");
        HBox middle = new HBox(date, Widgets.hSpacer(), Widgets.syncChip(m, row.entry().syncState()));
        middle.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(top, middle);
        box.getStyleClass().add("entry-row");
        if (row.fromFund()) {
            box.getStyleClass().add("fund-row");
            box.getChildren().add(Widgets.label(m.text(kind == EntryKind.REVERSAL ? "passbook.fundReversal"
                    : "passbook.fundPayout"), "fund-note"));
        } else if (kind == EntryKind.DEPOSIT && row.entry().grams() > 0) {
            box.getChildren().add(Widgets.label(m.show(row.entry().grams(), (f, g) -> f.kg(g)), "row-detail"));
            box.getChildren().add(Widgets.label(m.text("receipt.number", row.receiptNumber()), "row-detail"));
        } else if (kind == EntryKind.WITHDRAWAL) {
            box.getChildren().add(Widgets.label(m.text("receipt.number", row.receiptNumber()), "row-detail"));
            if (note != null) {
                box.getChildren().add(Widgets.label(m.text("passbook.approvedBy", note), "row-detail"));
            }
        } else if (row.counterpart() != null) {
            String number = MemberNumberField.line(row.counterpart(), m);
            String who = row.counterpart().name() + (number.isEmpty() ? "" : " (" + number + ")");
            Label counterpart = Widgets.label(m.text(row.incoming() ? "passbook.from" : "passbook.to", who), "row-detail");
            counterpart.getStyleClass().add("counterpart");
            box.getChildren().add(Widgets.tappable(new VBox(counterpart), () -> vm.openCounterpart(row)));
        } else if (kind == EntryKind.REVERSAL && note != null) {
            box.getChildren().add(Widgets.label(m.text("passbook.reason", note), "row-detail"));
        }
        if (row.entry().reversed()) {
            box.getStyleClass().add("reversed");
            box.getChildren().add(Widgets.label(m.text("passbook.reversed"), "reversed-note"));
        }
        if (!row.fromFund()) {
            box.getChildren().add(Widgets.label(m.text("passbook.after", m.show(row.balanceAfter(), (f, b) -> f.baht(b))),
                    "row-detail"));
        }

        HBox actions = new HBox();
        actions.getStyleClass().add("row-actions");
        if (row.hasReceipt()) {
            Button receipt = Widgets.button(null, m.text(row.entry().kind() == EntryKind.WITHDRAWAL ? "passbook.slip"
                    : "passbook.receipt"), "small-button", "receipt-button");
            receipt.setMaxWidth(Button.USE_PREF_SIZE);
            receipt.setOnAction(e -> vm.openReceipt(row));
            actions.getChildren().add(receipt);
        }
        if (row.reversible()) {
            Button reverse = Widgets.button(null, m.text("passbook.reverse"), "small-button", "reverse-button");
            reverse.setMaxWidth(Button.USE_PREF_SIZE);
            reverse.setOnAction(e -> vm.reverse(row));
            actions.getChildren().add(reverse);
        }
        if (!actions.getChildren().isEmpty()) {
            box.getChildren().add(actions);
        }
        return box;
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("passbook.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public PassbookViewModel viewModel() {
        return vm;
    }
}
