package th.wastebank.client.member;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.VBox;

import th.wastebank.client.i18n.Messages;
import th.wastebank.client.ui.Choices;
import th.wastebank.client.ui.Widgets;

/** The member form's village picker ({@code #member-village}), and while the list is empty, the way to add one. */
final class VillagePickView {
    private VillagePickView() {
    }

    static Node of(VillagePickViewModel vm, Messages m) {
        ComboBox<VillagePickViewModel.Choice> box = Choices.combo("member-village", m, (f, c) -> c.shown());
        box.setItems(vm.choices());
        box.valueProperty().bindBidirectional(vm.picked());
        Button add = Widgets.button("member-village-add", m.text("member.village.add"), "secondary");
        add.setOnAction(e -> vm.addVillage());
        return new VBox(6, box,
                Choices.shownWhen(Widgets.label(m.text("member.village.noList"), "muted"), vm.noVillages()),
                Choices.shownWhen(add, vm.noVillages()));
    }
}
