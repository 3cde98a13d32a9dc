package th.wastebank.client.welfare;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.i18n.ThaiFormat;
import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;

/** The fund's history: its balance, then each entry with what it was, its amount, date and sync state. */
public final class FundHistoryView implements Screen {
    private final FundHistoryViewModel vm;
    private final Messages m;
    private final Node root;

    public FundHistoryView(FundHistoryViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        Label balance = Widgets.line(m.formatted(vm.summary(), (f, s) -> f.bahtAmount(s.balance())), "balance-number");
        balance.setId("history-balance");
        HBox balanceRow = new HBox(balance, Widgets.label(m.text("unit.baht"), "balance-unit"));
        balanceRow.setAlignment(Pos.BASELINE_LEFT);
        VBox card = Widgets.card("balance-card", Widgets.label(m.text("welfare.fund.balance"), "figure-caption"),
                balanceRow);
        ListView<FundRow> list = Widgets.list("history-list", vm.rows(), this::row);
        list.setPlaceholder(Widgets.label(m.text("history.none"), "empty-text"));
        VBox content = new VBox(card, list);
        content.getStyleClass().addAll("screen", "list-screen");
        root = content;
    }

    private Node row(FundRow r) {
        LedgerEntry e = r.entry();
        Label title = Widgets.label(m.show(r, this::title), "row-title");
        HBox.setHgrow(title, Priority.ALWAYS);
        Label amount = Widgets.line(m.show(e.amount(), (f, a) -> (a > 0 ? "+" : "") + f.baht(a)), "entry-amount",
                e.amount() >= 0 ? "credit" : "debit");
        HBox top = new HBox(title, amount);
        top.setAlignment(Pos.BASELINE_LEFT);
        top.setSpacing(6);
        Label detail = Widgets.label(m.show(r, this::detail), "row-detail");
        HBox bottom = new HBox(Widgets.label(m.show(e.occurredAt(), ThaiFormat::dateTime), "row-detail"),
                Widgets.hSpacer(), Widgets.syncChip(m, e.syncState()));
        bottom.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(top, detail, bottom);
        box.getStyleClass().addAll("entry-row", "fund-row");
        if (e.reversed()) {
            box.getStyleClass().add("reversed");
            box.getChildren().add(Widgets.label(m.text("passbook.reversed"), "reversed-note"));
        }
        return box;
    }

    /** "หักเงินสมทบสวัสดิการ · ฌาปนกิจ …", "จ่ายสวัสดิการ · ฌาปนกิจสงเคราะห์". */
    private String title(ThaiFormat f, FundRow r) {
        String kind = f.thai() ? r.entry().kind().nameTh() : r.entry().kind().nameEn();
        return r.title() == null || r.title().isBlank() ? kind : kind + " · " + r.title();
    }

    /** How many members a levy debited, whom a payout went to, where money paid in came from. */
    private String detail(ThaiFormat f, FundRow r) {
        List<String> parts = new ArrayList<>();
        if (r.members() != null) {
            parts.add(m.get("history.members", f.number(r.members())));
        }
        if (r.memberName() != null) {
            parts.add(m.get("history.paidTo", r.memberName()));
        }
        if (r.source() != null) {
            parts.add(m.get("contribution.source." + r.source()));
        }
        return String.join(" · ", parts);
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("history.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.refresh();
    }

    public FundHistoryViewModel viewModel() {
        return vm;
    }
}
