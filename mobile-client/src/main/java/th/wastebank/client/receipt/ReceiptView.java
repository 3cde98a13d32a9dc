package th.wastebank.client.receipt;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;

/** The receipt (or a withdrawal's slip) as a paper slip on screen, and what can be done with it. */
public final class ReceiptView implements Screen {
    private static final double IMAGE_SCALE = 2;

    private final ReceiptViewModel vm;
    private final Messages m;
    private final Node root;
    private final VBox card;
    private final VBox lineRows = new VBox();

    public ReceiptView(ReceiptViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;

        Label saved = Widgets.label(m.text("receipt.savedBanner"), "saved-banner");
        saved.setId("receipt-saved-banner");
        saved.setVisible(vm.justSaved());
        saved.setManaged(vm.justSaved());

        Label org = Widgets.label(vm.orgName(), "receipt-org");
        org.setId("receipt-org");
        Label area = Widgets.label(vm.orgArea(), "receipt-muted");
        Label title = Widgets.label(Bindings.when(vm.withdrawal()).then(m.text("slip.heading"))
                .otherwise(m.text("receipt.heading")), "receipt-title");
        title.setId("receipt-heading");
        Label when = Widgets.label(m.formatted(vm.at(), (f, at) -> f.dateTime(at)), "receipt-muted");
        when.setId("receipt-date");
        Label number = Widgets.label(m.text("receipt.number", vm.number()), "receipt-muted");
        number.setId("receipt-number");
        Label member = Widgets.label(vm.memberName(), "receipt-member");
        member.setId("receipt-member");
        Label memberNumber = Widgets.label(vm.memberNumber(), "receipt-muted");
        memberNumber.setId("receipt-member-number");
        Label address = Widgets.label(vm.memberAddress(), "receipt-muted");

        lineRows.getStyleClass().add("receipt-lines");
        vm.lines().addListener((ListChangeListener<ReceiptViewModel.Line>) c -> showLines());

        Label totalCaption = Widgets.label(Bindings.when(vm.withdrawal()).then(m.text("slip.total"))
                .otherwise(m.text("receipt.total", m.formatted(vm.totalGrams(), (f, g) -> f.kg(g.longValue())))),
                "receipt-total-caption");
        Label total = Widgets.line(m.formatted(vm.total(), (f, s) -> f.baht(s.longValue())), "receipt-total");
        total.setId("receipt-total");
        HBox totalRow = new HBox(totalCaption, Widgets.hSpacer(), total);
        totalRow.setAlignment(Pos.BASELINE_LEFT);
        Label balanceCaption = Widgets.label(m.text("receipt.balanceAfter"), "receipt-balance-caption");
        Label balance = Widgets.line(m.formatted(vm.balanceAfter(), (f, s) -> f.baht(s.longValue())),
                "receipt-balance");
        balance.setId("receipt-balance");
        HBox balanceRow = new HBox(balanceCaption, Widgets.hSpacer(), balance);
        balanceRow.setAlignment(Pos.BASELINE_LEFT);
        Label reversedNote = Widgets.label(m.text("receipt.reversed"), "reversed-note");
        reversedNote.visibleProperty().bind(vm.reversed());
        reversedNote.managedProperty().bind(reversedNote.visibleProperty());
        Label thanks = Widgets.label(m.text("receipt.thanks"), "receipt-thanks");
        thanks.visibleProperty().bind(vm.withdrawal().not());
        thanks.managedProperty().bind(thanks.visibleProperty());
        Label approvers = Widgets.label(m.text("slip.approvedBy", vm.approvedBy()), "receipt-muted");
        approvers.setId("receipt-approved-by");
        approvers.visibleProperty().bind(vm.withdrawal());
        approvers.managedProperty().bind(approvers.visibleProperty());
        lineRows.visibleProperty().bind(vm.withdrawal().not());
        lineRows.managedProperty().bind(lineRows.visibleProperty());
        Separator afterLines = new Separator();
        afterLines.visibleProperty().bind(lineRows.visibleProperty());
        afterLines.managedProperty().bind(lineRows.visibleProperty());

        card = new VBox(org, area, title, when, number, new Separator(), member, memberNumber, address,
                new Separator(), lineRows, afterLines, totalRow, balanceRow,
                Widgets.negativeBalanceNote("receipt-negative", vm.balanceAfter().lessThan(0), m), reversedNote, approvers,
                thanks);
        card.setId("receipt-card");
        card.getStyleClass().add("receipt-card");

        Button share = Widgets.button("receipt-share", m.text("receipt.share"), "primary");
        share.disableProperty().bind(Bindings.or(vm.busy(), vm.at().isNull()));
        share.setOnAction(e -> vm.share(ReceiptImage.png(card, IMAGE_SCALE)));
        Button passbook = Widgets.button("receipt-passbook", m.text("receipt.passbook"), "secondary");
        passbook.setOnAction(e -> vm.openPassbook());
        Button again = Widgets.button("receipt-new", m.text("receipt.newDeposit"), "secondary");
        again.setOnAction(e -> vm.newDeposit());
        again.visibleProperty().bind(vm.withdrawal().not());
        again.managedProperty().bind(again.visibleProperty());
        Button home = Widgets.button("receipt-home", m.text("receipt.home"), "secondary");
        home.setOnAction(e -> vm.home());
        HBox.setHgrow(passbook, Priority.ALWAYS);
        HBox.setHgrow(again, Priority.ALWAYS);
        HBox row = new HBox(passbook, again);
        row.getStyleClass().add("button-row");

        VBox content = new VBox(saved, card, share, row, home);
        content.getStyleClass().addAll("screen", "receipt-screen");
        ScrollPane scroll = Widgets.scrolling(content);
        root = scroll;
    }

    private void showLines() {
        lineRows.getChildren().clear();
        for (ReceiptViewModel.Line line : vm.lines()) {
            Label name = Widgets.label(m.show(line, (f, l) -> l.name(f.thai())), "receipt-line-name");
            Label detail = Widgets.label(m.show(line.line(), (f, l) -> f.kg(l.grams()) + " × "
                    + f.pricePerKg(l.pricePerKg())), "receipt-muted");
            VBox text = new VBox(name, detail);
            HBox.setHgrow(text, Priority.ALWAYS);
            Label amount = Widgets.line(m.show(line.line().amount(), (f, a) -> f.bahtAmount(a)), "receipt-line-amount");
            HBox row = new HBox(text, amount);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("receipt-line");
            lineRows.getChildren().add(row);
        }
    }

    /** The slip alone, as it is shared. */
    public Node card() {
        return card;
    }

    @Override
    public ObservableValue<String> title() {
        return Bindings.when(vm.withdrawal()).then(m.text("slip.title")).otherwise(m.text("receipt.title"));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public ReceiptViewModel viewModel() {
        return vm;
    }
}
