package th.wastebank.client.committee;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;

/**
 * Setting or changing one roster member's PIN on this phone; "ลืมรหัส PIN?" swaps the current PIN
 * for two other committee members' PINs.
 */
public final class PinView implements Screen {
    private final PinViewModel vm;
    private final Messages m;
    private final Node root;

    public PinView(PinViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        Node current = Widgets.labelled(m.text("pin.current"), pin("pin-current", vm.currentPin()),
                Widgets.error("pin-current-error", vm.currentError()));
        current.visibleProperty().bind(vm.hasPin().and(vm.forgot().not()));
        current.managedProperty().bind(current.visibleProperty());
        Button forgot = Widgets.button("pin-forgot", m.text("pin.forgot"), "secondary");
        forgot.setOnAction(e -> vm.forgotPin());
        forgot.visibleProperty().bind(current.visibleProperty());
        forgot.managedProperty().bind(forgot.visibleProperty());
        VBox vouch = new VBox(Widgets.label(m.text("pin.reset.intro"), "muted"),
                ApprovalView.of(vm.approval(), m, "pin-reset", new VBox()));
        vouch.getStyleClass().add("form");
        vouch.visibleProperty().bind(vm.forgot());
        vouch.managedProperty().bind(vouch.visibleProperty());
        Button save = Widgets.button("pin-save", m.text("pin.save"), "primary");
        save.disableProperty().bind(vm.busy());
        save.setOnAction(e -> vm.save());
        VBox form = new VBox(Widgets.label(vm.memberName(), "passbook-name"),
                Widgets.label(m.text("pin.intro"), "muted"),
                current, forgot, vouch,
                Widgets.labelled(m.text("pin.new"), pin("pin-new", vm.newPin()),
                        Widgets.error("pin-new-error", vm.newError())),
                Widgets.labelled(m.text("pin.repeat"), pin("pin-repeat", vm.repeatPin()),
                        Widgets.error("pin-repeat-error", vm.repeatError())),
                Widgets.error("pin-error", vm.error()),
                save);
        form.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = Widgets.scrolling(form);
        root = scroll;
    }

    private static PasswordField pin(String id, StringProperty value) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("pin.title");
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
