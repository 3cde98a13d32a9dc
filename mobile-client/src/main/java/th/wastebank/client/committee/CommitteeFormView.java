package th.wastebank.client.committee;

import java.util.List;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;
import th.wastebank.committee.CommitteeRole;

/** The roster member form: name, seat, term from and to, and the way to this person's PIN. */
public final class CommitteeFormView implements Screen {
    private final CommitteeFormViewModel vm;
    private final Messages m;
    private final Node root;

    public CommitteeFormView(CommitteeFormViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        ComboBox<CommitteeRole> role = new ComboBox<>();
        role.setId("committee-role");
        role.getItems().setAll(List.of(CommitteeRole.values()));
        role.setMaxWidth(Double.MAX_VALUE);
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(CommitteeRole r) {
                return r == null ? "" : m.thai() ? r.nameTh() : r.nameEn();
            }

            @Override
            public CommitteeRole fromString(String text) {
                return role.getValue();
            }
        });
        role.valueProperty().bindBidirectional(vm.role());
        Button clearTo = Widgets.button("committee-to-clear", m.text("committee.to.clear"), "small-button");
        clearTo.setMaxWidth(Button.USE_PREF_SIZE);
        clearTo.setOnAction(e -> vm.to().set(null));
        Node toPicker = Widgets.datePicker("committee-to", vm.to(), m);
        HBox.setHgrow(toPicker, Priority.ALWAYS);
        Button save = Widgets.button("committee-save", m.text("committee.save"), "primary");
        save.disableProperty().bind(vm.busy());
        save.setOnAction(e -> vm.save());
        Button pin = Widgets.button("committee-set-pin", m.text("committee.pin.setButton"), "secondary");
        pin.setOnAction(e -> vm.setPin());
        pin.setVisible(vm.editing());
        pin.setManaged(vm.editing());
        VBox form = new VBox(
                Widgets.labelled(m.text("committee.name"), Widgets.field("committee-name", vm.name(), null),
                        Widgets.error("committee-name-error", vm.nameError())),
                Widgets.labelled(m.text("committee.role"), role, Widgets.error("committee-role-error", vm.roleError())),
                Widgets.labelled(m.text("committee.from"), Widgets.datePicker("committee-from", vm.from(), m),
                        Widgets.error("committee-from-error", vm.fromError())),
                Widgets.labelled(m.text("committee.to"), new HBox(toPicker, clearTo),
                        Widgets.error("committee-to-error", vm.toError())),
                Widgets.error("committee-form-error", vm.error()),
                save, pin);
        form.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = Widgets.scrolling(form);
        root = scroll;
    }

    @Override
    public ObservableValue<String> title() {
        return m.text(vm.editing() ? "committee.edit.title" : "committee.add.title");
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
