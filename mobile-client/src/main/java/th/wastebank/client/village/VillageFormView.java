package th.wastebank.client.village;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.Screen;
import th.wastebank.client.ui.Widgets;

/** The village form: หมู่ที่, name, retired, each with its Thai message beside it. */
public final class VillageFormView implements Screen {
    private final VillageFormViewModel vm;
    private final Messages m;
    private final Node root;

    public VillageFormView(VillageFormViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        TextField number = Widgets.field("village-number", vm.number(), m.text("village.number.prompt"));
        CheckBox retired = new CheckBox();
        retired.setId("village-retired");
        retired.textProperty().bind(m.text("village.retired"));
        retired.selectedProperty().bindBidirectional(vm.retired());
        retired.setWrapText(true);
        Button save = Widgets.button("village-save", m.text("village.save"), "primary");
        save.disableProperty().bind(vm.busy());
        save.setOnAction(e -> vm.save());
        VBox form = new VBox(
                Widgets.labelled(m.text("village.number"), number, Widgets.error("village-number-error", vm.numberError())),
                Widgets.warning("village-same-number", vm.sameNumber()),
                Widgets.labelled(m.text("village.name"), Widgets.field("village-name", vm.name(),
                        m.text("village.name.prompt")), Widgets.error("village-name-error", vm.nameError())),
                retired,
                Widgets.error("village-form-error", vm.error()),
                save);
        form.getStyleClass().addAll("screen", "form");
        ScrollPane scroll = Widgets.scrolling(form);
        root = scroll;
    }

    @Override
    public ObservableValue<String> title() {
        return m.text(vm.editing() ? "village.edit.title" : "village.add.title");
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
