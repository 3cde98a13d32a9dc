package th.wastebank.client.pairing;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;

/** The pairing form: server address, pairing code (typed in capitals), the phone's name. */
public final class PairView implements Screen {
    private final PairViewModel vm;
    private final Messages m;
    private final Node root;

    public PairView(PairViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;

        TextField server = Widgets.field("pair-server", vm.serverUrl(), m.text("pair.server.prompt"));
        TextField code = Widgets.field("pair-code", vm.code(), m.text("pair.code.prompt"));
        code.setTextFormatter(new TextFormatter<String>(change -> {
            change.setText(change.getText().toUpperCase());
            return change;
        }));
        TextField device = Widgets.field("pair-device", vm.deviceName(), m.text("pair.device.prompt"));

        Label error = Widgets.error("pair-error", vm.error());
        error.getStyleClass().add("form-error");
        Button submit = Widgets.button("pair-submit", m.text("pair.submit"), "primary");
        submit.disableProperty().bind(vm.busy());
        submit.setOnAction(e -> vm.pair());
        device.setOnAction(e -> vm.pair());
        Label working = Widgets.label(m.text("pair.working"), "muted");
        working.visibleProperty().bind(vm.busy());
        working.managedProperty().bind(working.visibleProperty());

        // The example stays under the field: the prompt inside it is gone once the field has the focus,
        // and the server field has it as soon as the screen opens.
        Label example = Widgets.label(m.text("pair.server.example"), "field-caption");
        example.setId("pair-server-example");
        VBox serverGroup = Widgets.labelled(m.text("pair.server"), server,
                Widgets.error("pair-server-error", vm.serverUrlError()));
        serverGroup.getChildren().add(2, example);
        VBox form = new VBox(
                Widgets.label(m.text("pair.intro"), "intro"),
                serverGroup,
                Widgets.labelled(m.text("pair.code"), code, Widgets.error("pair-code-error", vm.codeError())),
                Widgets.labelled(m.text("pair.device"), device, Widgets.error("pair-device-error", vm.deviceNameError())),
                error, submit, working);
        form.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = Widgets.scrolling(form);
        root = scroll;
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("pair.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    public PairViewModel viewModel() {
        return vm;
    }
}
