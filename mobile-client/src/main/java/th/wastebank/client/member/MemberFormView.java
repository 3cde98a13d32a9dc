package th.wastebank.client.member;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.Choices;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;
import th.wastebank.member.MemberStatus;

/** The member form (register or edit). */
public final class MemberFormView implements Screen {
    private final MemberFormViewModel vm;
    private final Messages m;
    private final Node root;

    public MemberFormView(MemberFormViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        Button save = Widgets.button("member-save", m.text("member.save"), "primary");
        save.disableProperty().bind(vm.busy());
        save.setOnAction(e -> vm.save());
        VBox form = new VBox(
                Widgets.labelled(m.text("member.name"), Widgets.field("member-name", vm.name(), m.text("member.name.prompt")),
                        Widgets.error("member-name-error", vm.nameError())),
                Widgets.warning("member-namesake", vm.namesake()),
                Widgets.labelled(m.text("member.houseNo"), Widgets.field("member-house", vm.houseNo(), null),
                        Widgets.error(null, vm.houseNoError())),
                Widgets.labelled(m.text("member.village"), VillagePickView.of(vm.villagePick(), m),
                        Widgets.error(null, vm.villageError())),
                Widgets.labelled(m.text("member.phone"), Widgets.field("member-phone", vm.phone(), null),
                        Widgets.error(null, vm.phoneError())),
                Widgets.labelled(m.text("member.joinedOn"), Widgets.datePicker("member-joined", vm.joinedOn(), m),
                        Widgets.error(null, vm.joinedOnError())));
        if (vm.editing()) {
            form.getChildren().add(standing());
        }
        form.getChildren().addAll(Widgets.error("member-error", vm.error()), save);
        form.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = Widgets.scrolling(form);
        root = scroll;
    }

    /** Whether the member still belongs to the bank: four cards, and the day and note once one ends it. */
    private VBox standing() {
        VBox cards = new VBox();
        cards.getStyleClass().add("choices");
        for (MemberStatus status : MemberStatus.values()) {
            cards.getChildren().add(Choices.choice("member-status-" + status.name(),
                    m.show(status, (f, s) -> f.thai() ? s.nameTh() : s.nameEn()), vm.status().isEqualTo(status),
                    () -> vm.status().set(status)));
        }
        VBox ended = Choices.shownWhen(new VBox(
                Widgets.labelled(m.text("member.statusOn"), Widgets.datePicker("member-status-on", vm.statusOn(), m),
                        Widgets.error("member-status-on-error", vm.statusOnError())),
                Widgets.labelled(m.text("member.statusNote"), Widgets.field("member-status-note", vm.statusNote(),
                        m.text("member.statusNote.prompt")), Widgets.error(null, vm.statusNoteError()))), vm.ended());
        ended.getStyleClass().add("form");
        Label help = Widgets.label(m.text("member.status.help"), "muted");
        VBox section = new VBox(Widgets.labelled(m.text("member.status"), cards, null), help, ended);
        section.setId("member-standing");
        section.getStyleClass().add("form");
        return section;
    }

    @Override
    public ObservableValue<String> title() {
        return m.text(vm.editing() ? "member.title.edit" : "member.title.new");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public MemberFormViewModel viewModel() {
        return vm;
    }
}
