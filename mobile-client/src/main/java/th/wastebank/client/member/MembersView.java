package th.wastebank.client.member;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;

/** Members: a search box, the register button, and one row per member with its sync state. */
public final class MembersView implements Screen {
    private final MembersViewModel vm;
    private final Messages m;
    private final Node root;

    public MembersView(MembersViewModel vm, MemberCardsViewModel cards, Messages m) {
        this.vm = vm;
        this.m = m;
        TextField search = Widgets.field("members-search", vm.search().query(), m.text("members.search"));
        Button add = Widgets.button("members-add", m.text("members.register"), "primary");
        add.setOnAction(e -> vm.register());
        Label count = Widgets.label(Bindings.createStringBinding(() -> vm.left().get() == 0
                ? m.get("members.count", m.format().number(vm.total().get()))
                : m.get("members.count.left", m.format().number(vm.total().get()), m.format().number(vm.left().get())),
                vm.total(), vm.left(), m.languageProperty()), "muted");
        count.setId("members-count");
        ListView<Member> list = Widgets.list("members-list", vm.search().results(), this::row);
        StringBinding none = Bindings.createStringBinding(() -> m.get(vm.search().query().get().isBlank()
                ? "members.none.yet" : "members.none"), vm.search().query(), m.languageProperty());
        list.setPlaceholder(Widgets.emptyState("members-empty", none, m.text("members.register"), vm::register));
        Button print = Widgets.button("members-cards", m.text("members.cards"), "secondary");
        print.disableProperty().bind(cards.busy());
        print.setOnAction(e -> cards.share());
        Button villages = Widgets.button("members-villages", m.text("members.villages"), "secondary");
        villages.setOnAction(e -> vm.villages());
        VBox content = new VBox(search, add, print, villages, count, list);
        content.getStyleClass().addAll("screen", "list-screen");
        root = content;
    }

    private Node row(Member member) {
        Label name = Widgets.text(member.name(), "row-title");
        Label address = Widgets.text(member.addressLine(), "row-detail");
        address.setVisible(!member.addressLine().isEmpty());
        address.managedProperty().bind(address.visibleProperty());
        Label number = Widgets.text(MemberNumberField.line(member, m) + standing(member), "row-detail");
        number.getStyleClass().add("member-number");
        HBox top = new HBox(name, Widgets.hSpacer(), Widgets.syncChip(m, member.syncState()));
        top.setAlignment(Pos.CENTER_LEFT);
        VBox open = Widgets.tappable(new VBox(top, number, address), () -> vm.open(member));
        open.getStyleClass().add("member-row");
        Button edit = Widgets.button(null, m.text("members.edit"), "small-button");
        edit.setMaxWidth(Button.USE_PREF_SIZE);
        edit.setOnAction(e -> vm.edit(member));
        HBox row = new HBox(open, edit);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("list-row");
        return row;
    }

    /** " · เสียชีวิต 12 พ.ย. 2569" for a member who left; empty for a member. */
    private String standing(Member member) {
        Member.Standing s = member.standing();
        if (!s.ended()) {
            return "";
        }
        if (!s.status().ended()) {
            return " · " + m.get("members.merged");
        }
        return " · " + (m.format().thai() ? s.status().nameTh() : s.status().nameEn())
                + (s.statusOn() == null ? "" : " " + m.format().date(s.statusOn()));
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("members.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.refresh();
    }

    public MembersViewModel viewModel() {
        return vm;
    }
}
