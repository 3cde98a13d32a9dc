package th.wastebank.client.village;

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

/** The อปท.'s villages: one row per village ("หมู่ที่ 4 บ้านหนองบัว", retired marked), the add button. */
public final class VillagesView implements Screen {
    private final VillagesViewModel vm;
    private final Messages m;
    private final Node root;

    public VillagesView(VillagesViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        Button add = Widgets.button("village-add", m.text("village.add"), "primary");
        add.setOnAction(e -> vm.add());
        ListView<Village> list = Widgets.list("village-list", vm.villages(), this::row);
        list.setPlaceholder(Widgets.emptyState("village-empty", m.text("village.none"), m.text("village.add"), vm::add));
        VBox content = new VBox(Widgets.label(m.text("village.intro"), "muted"), add, list,
                Widgets.error("village-error", vm.error()));
        content.getStyleClass().addAll("screen", "list-screen");
        root = content;
    }

    private Node row(Village v) {
        Label name = Widgets.text(v.label(), "row-title");
        HBox top = new HBox(name, Widgets.hSpacer(), Widgets.syncChip(m, v.syncState()));
        top.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(top);
        if (v.retired()) {
            row.getChildren().add(Widgets.text(m.get("village.retired.tag"), "row-detail"));
        }
        VBox open = Widgets.tappable(row, () -> vm.edit(v));
        open.setId("village-row-" + v.id());
        open.getStyleClass().add("list-row");
        return open;
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("village.title");
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
