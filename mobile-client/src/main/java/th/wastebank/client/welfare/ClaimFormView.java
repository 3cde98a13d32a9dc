package th.wastebank.client.welfare;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.photo.PhotoStripView;
import th.wastebank.client.member.MemberPickerView;
import th.wastebank.client.ui.Icons;
import th.wastebank.client.ui.Choices;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;

/** The claim form: member, scheme, day, days in hospital, note, evidence photos and the verdict in Thai. */
public final class ClaimFormView implements Screen {

    private final ClaimFormViewModel vm;
    private final Messages m;
    private final Node root;
    private final VBox verdictLines = new VBox();

    public ClaimFormView(ClaimFormViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        ComboBox<Scheme> scheme = Choices.combo("claim-scheme", m, (f, s) -> s.name());
        scheme.setItems(vm.schemes());
        scheme.valueProperty().bindBidirectional(vm.scheme());
        scheme.promptTextProperty().bind(m.text("claim.scheme.prompt"));

        VBox days = Choices.shownWhen(Widgets.labelled(m.text("claim.days"),
                WelfareWidgets.number("claim-days", vm.daysText(), m.text("claim.days.prompt"), m.text("claim.days.unit")),
                Widgets.error("claim-days-error", vm.daysError())), vm.perDay());

        TextArea note = new TextArea();
        note.setId("claim-note");
        note.textProperty().bindBidirectional(vm.note());
        note.promptTextProperty().bind(m.text("claim.note.prompt"));
        note.setWrapText(true);
        note.setPrefRowCount(2);

        Node photos = new PhotoStripView("claim-photos", vm.photoList(), m).node();
        Button addPhoto = Widgets.button("claim-add-photo", m.text("claim.photos.add"), "secondary");
        addPhoto.disableProperty().bind(vm.busy());
        addPhoto.setOnAction(e -> vm.photoList().add());

        Button save = Widgets.button("claim-save", m.text("claim.save"), "primary");
        save.disableProperty().bind(vm.busy());
        save.setOnAction(e -> vm.save());

        VBox form = new VBox(memberSection(),
                Widgets.labelled(m.text("claim.scheme"), scheme, Widgets.error("claim-scheme-error", vm.schemeError())),
                Widgets.labelled(m.text("claim.eventDate"), Widgets.datePicker("claim-event-date", vm.eventDate(), m), null),
                days,
                verdictCard(),
                Widgets.labelled(m.text("claim.note"), note, null),
                Widgets.labelled(m.text("claim.photos"), photos, Widgets.error("claim-photo-error", vm.photoList().error())),
                addPhoto,
                Widgets.error("claim-error", vm.error()),
                save);
        form.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = Widgets.scrolling(form);
        root = scroll;
    }

    private Node memberSection() {
        return new MemberPickerView("claim", m.text("claim.member"), vm.search(), vm.member(), vm.memberError(),
                vm::chooseMember, vm::changeMember, m).node();
    }

    /** The verdict: a green line when the member meets the rules, else a warning with each unmet rule. */
    private Node verdictCard() {
        Label title = Widgets.label(vm.verdictTitle(), "verdict-title");
        title.setId("claim-verdict");
        verdictLines.setId("claim-verdict-lines");
        vm.verdictLines().addListener((ListChangeListener<String>) c -> verdictLines.getChildren().setAll(
                vm.verdictLines().stream().map(t -> (Node) Widgets.text(t, "verdict-line")).toList()));
        HBox head = new HBox(Icons.of(Icons.WARNING, "warning-icon"), title);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getChildren().get(0).visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.verdict().get() != null && !vm.verdict().get().eligible(), vm.verdict()));
        VBox card = Widgets.card("verdict-card", head, verdictLines);
        vm.verdict().addListener((o, was, now) -> {
            card.getStyleClass().removeAll("verdict-eligible", "verdict-not-eligible");
            if (now != null) {
                card.getStyleClass().add(now.eligible() ? "verdict-eligible" : "verdict-not-eligible");
            }
        });
        card.visibleProperty().bind(vm.verdict().isNotNull());
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("claim.title.new");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public ClaimFormViewModel viewModel() {
        return vm;
    }
}
