package th.wastebank.client.welfare;

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
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;

/** Claims: the way to file one, and a row per claim with its verdict, what was paid and its sync state. */
public final class ClaimsView implements Screen {
    private final ClaimsViewModel vm;
    private final Messages m;
    private final Node root;

    public ClaimsView(ClaimsViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        Button add = Widgets.button("claims-add", m.text("claims.add"), "primary");
        add.setOnAction(e -> vm.add());
        ListView<Claim> list = Widgets.list("claims-list", vm.items(), this::row);
        list.setPlaceholder(Widgets.emptyState("claims-empty", m.text("claims.none"), m.text("claims.add"), vm::add));
        VBox content = new VBox(add, list);
        content.getStyleClass().addAll("screen", "list-screen");
        root = content;
    }

    private Node row(Claim c) {
        Label name = Widgets.text(c.memberName(), "row-title");
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox top = new HBox(name, Widgets.hSpacer(), Widgets.syncChip(m, c.syncState()));
        top.setAlignment(Pos.CENTER_LEFT);
        Label what = Widgets.label(m.show(c, (f, x) -> x.schemeName() + " · " + m.get("claims.event", f.date(x.eventDate()))),
                "row-detail");
        Label verdict = Widgets.line(m.text(c.eligible() ? "claims.eligible" : "claims.notEligible"), "chip",
                c.eligible() ? "chip-sent" : "chip-rejected");
        Label paid = Widgets.label(m.show(c, (f, x) -> x.isPaid() ? m.get("claim.state.paid", f.baht(x.paid()))
                : m.get("claim.state.unpaid")), "row-detail", "claim-state");
        HBox bottom = new HBox(verdict, paid);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.getStyleClass().add("row-actions");
        VBox row = Widgets.tappable(new VBox(top, what, bottom), () -> vm.open(c));
        row.getStyleClass().addAll("member-row", "claim-row");
        return row;
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("claims.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.refresh();
    }

    public ClaimsViewModel viewModel() {
        return vm;
    }
}
