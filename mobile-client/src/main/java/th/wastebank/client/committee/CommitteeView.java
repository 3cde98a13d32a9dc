package th.wastebank.client.committee;

import java.time.LocalDate;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;
import th.wastebank.validation.Dates;

/** The committee roster: one row per person (seat, term, PIN on this phone), the add button. */
public final class CommitteeView implements Screen {
    private final CommitteeViewModel vm;
    private final Messages m;
    private final Node root;

    public CommitteeView(CommitteeViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        Button add = Widgets.button("committee-add", m.text("committee.add"), "primary");
        add.setOnAction(e -> vm.add());
        ListView<CommitteeMember> list = Widgets.list("committee-list", vm.members(), this::row);
        list.setPlaceholder(Widgets.emptyState("committee-empty", m.text("committee.none"), m.text("committee.add"),
                vm::add));
        VBox content = new VBox(Widgets.label(m.text("committee.intro"), "muted"), add, list,
                Widgets.error("committee-error", vm.error()));
        content.getStyleClass().addAll("screen", "list-screen");
        root = content;
    }

    private Node row(CommitteeMember c) {
        Label name = Widgets.text(c.name(), "row-title");
        String term = c.to() == null ? m.get("committee.term.open", m.format().date(c.from()))
                : m.get("committee.term", m.format().date(c.from()), m.format().date(c.to()));
        boolean inTerm = c.onCommittee(LocalDate.now(Dates.THAI));
        Label detail = Widgets.text((m.thai() ? c.role().nameTh() : c.role().nameEn()) + " · " + term
                + (inTerm ? "" : " · " + m.get("committee.ended")), "row-detail");
        Label pin = Widgets.text(m.get(c.hasPin() ? "committee.pin.set" : "committee.pin.none"), "row-detail");
        HBox top = new HBox(name, Widgets.hSpacer(), Widgets.syncChip(m, c.syncState()));
        top.setAlignment(Pos.CENTER_LEFT);
        VBox open = Widgets.tappable(new VBox(top, detail, pin), () -> vm.edit(c));
        Button setPin = Widgets.button(null, m.text(c.hasPin() ? "committee.pin.change" : "committee.pin.setButton"),
                "small-button");
        setPin.setId("committee-pin-" + c.id());
        setPin.setMaxWidth(Button.USE_PREF_SIZE);
        setPin.setOnAction(e -> vm.setPin(c));
        HBox row = new HBox(open, setPin);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("list-row");
        return row;
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("committee.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }
}
