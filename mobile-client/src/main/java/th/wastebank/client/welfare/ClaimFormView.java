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
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.photo.PhotoStripView;
import th.wastebank.client.member.Member;
import th.wastebank.client.ui.Icons;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;
import th.wastebank.client.ui.WrappingLabel;

/** The claim form: member, scheme, day, days in hospital, note, evidence photos and the verdict in Thai. */
public final class ClaimFormView implements Screen {
    private static final int MEMBER_RESULTS_SHOWN = 6;

    private final ClaimFormViewModel vm;
    private final Messages m;
    private final Node root;
    private final VBox memberResults = new VBox();
    private final VBox verdictLines = new VBox();

    public ClaimFormView(ClaimFormViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        ComboBox<Scheme> scheme = WelfareWidgets.combo("claim-scheme", m, (f, s) -> s.name());
        scheme.setItems(vm.schemes());
        scheme.valueProperty().bindBidirectional(vm.scheme());
        scheme.promptTextProperty().bind(m.text("claim.scheme.prompt"));

        VBox days = WelfareWidgets.shownWhen(Widgets.labelled(m.text("claim.days"),
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
        addPhoto.setOnAction(e -> vm.addPhoto());

        Button save = Widgets.button("claim-save", m.text("claim.save"), "primary");
        save.disableProperty().bind(vm.busy());
        save.setOnAction(e -> vm.save());

        VBox form = new VBox(memberSection(),
                Widgets.labelled(m.text("claim.scheme"), scheme, Widgets.error("claim-scheme-error", vm.schemeError())),
                Widgets.labelled(m.text("claim.eventDate"), Widgets.datePicker("claim-event-date", vm.eventDate(), m), null),
                days,
                verdictCard(),
                Widgets.labelled(m.text("claim.note"), note, null),
                Widgets.labelled(m.text("claim.photos"), photos, Widgets.error("claim-photo-error", vm.photoError())),
                addPhoto,
                Widgets.error("claim-error", vm.error()),
                save);
        form.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen-scroll");
        root = scroll;
    }

    private Node memberSection() {
        TextField search = Widgets.field("claim-member-search", vm.search().query(), m.text("deposit.member.search"));
        memberResults.setId("claim-member-results");
        memberResults.getStyleClass().add("member-results");
        vm.search().results().addListener((ListChangeListener<Member>) c -> showMemberResults());
        VBox picking = new VBox(search, memberResults);
        picking.getStyleClass().add("field-group");

        Label name = new WrappingLabel();
        name.setId("claim-member-name");
        name.getStyleClass().add("chosen-member");
        name.textProperty().bind(Bindings.createStringBinding(
                () -> vm.member().get() == null ? "" : vm.member().get().name(), vm.member()));
        Label address = new WrappingLabel();
        address.getStyleClass().add("row-detail");
        address.textProperty().bind(Bindings.createStringBinding(
                () -> vm.member().get() == null ? "" : vm.member().get().addressLine(), vm.member()));
        Button change = Widgets.button("claim-member-change", m.text("deposit.member.change"), "small-button");
        change.setMaxWidth(Button.USE_PREF_SIZE);
        change.setOnAction(e -> vm.changeMember());
        VBox who = new VBox(name, address);
        HBox.setHgrow(who, Priority.ALWAYS);
        HBox chosen = new HBox(who, change);
        chosen.setAlignment(Pos.CENTER_LEFT);
        chosen.getStyleClass().addAll("card", "chosen-card");

        picking.visibleProperty().bind(vm.member().isNull());
        picking.managedProperty().bind(picking.visibleProperty());
        chosen.visibleProperty().bind(vm.member().isNotNull());
        chosen.managedProperty().bind(chosen.visibleProperty());
        return new VBox(Widgets.label(m.text("claim.member"), "field-caption"), picking, chosen,
                Widgets.error("claim-member-error", vm.memberError()));
    }

    private void showMemberResults() {
        memberResults.getChildren().clear();
        vm.search().results().stream().limit(MEMBER_RESULTS_SHOWN).forEach(member -> {
            VBox row = Widgets.tappable(new VBox(Widgets.text(member.name(), "row-title"),
                    Widgets.text(member.addressLine(), "row-detail")), () -> vm.chooseMember(member));
            row.getStyleClass().add("result-row");
            memberResults.getChildren().add(row);
        });
        if (vm.search().results().isEmpty()) {
            memberResults.getChildren().add(Widgets.label(m.text("members.none"), "empty-text"));
        }
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
