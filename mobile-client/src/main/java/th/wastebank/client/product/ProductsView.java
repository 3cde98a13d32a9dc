package th.wastebank.client.product;

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

/** Products: what the list is for, the add button, and one row per product with its sync state. */
public final class ProductsView implements Screen {
    private final ProductsViewModel vm;
    private final Messages m;
    private final Node root;

    public ProductsView(ProductsViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        Label intro = Widgets.label(m.text("products.intro"), "muted");
        Button add = Widgets.button("products-add", m.text("products.add"), "primary");
        add.setOnAction(e -> vm.add());
        ListView<Product> list = Widgets.list("products-list", vm.items(), this::row);
        list.setPlaceholder(Widgets.emptyState("products-empty", m.text("products.none"), m.text("products.add"), vm::add));
        VBox content = new VBox(intro, add, list);
        content.getStyleClass().addAll("screen", "list-screen");
        root = content;
    }

    private Node row(Product p) {
        Label name = Widgets.text(p.name(), "row-title");
        HBox top = new HBox(name, Widgets.hSpacer(), Widgets.syncChip(m, p.syncState()));
        top.setAlignment(Pos.CENTER_LEFT);
        Label kind = Widgets.label(m.show(p, (f, x) -> x.kind() == null ? ""
                : f.thai() ? x.kind().nameTh() : x.kind().nameEn()), "row-detail");
        Label details = Widgets.label(m.show(p, (f, x) -> String.join(" · ",
                x.status() == null ? "" : f.thai() ? x.status().nameTh() : x.status().nameEn(),
                m.get("products.photos", f.number(x.photos().size())),
                x.priceSatang() == null ? "" : f.baht(x.priceSatang())).replaceAll("( · )+$", "")), "row-detail");
        VBox row = Widgets.tappable(new VBox(top, kind, details), () -> vm.open(p));
        row.getStyleClass().addAll("member-row", "product-row");
        return row;
    }

    @Override
    public ObservableValue<String> title() {
        return m.text("products.title");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        vm.refresh();
    }

    public ProductsViewModel viewModel() {
        return vm;
    }
}
