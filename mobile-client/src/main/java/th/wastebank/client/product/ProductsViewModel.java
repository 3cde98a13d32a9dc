package th.wastebank.client.product;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import th.wastebank.client.ui.Lists;
import th.wastebank.client.ui.ScreenContext;

/** The products list: every product of the อปท. with its sync state, the way to add one and to edit one. */
public final class ProductsViewModel {
    private final ProductService products;
    private final ScreenContext ui;
    private final ObservableList<Product> items = FXCollections.observableArrayList();
    private final ChangeListener<Object> reloadAfterSync = (o, was, now) -> refresh();

    /** @param syncChanges ticks when a sync may have brought another phone's products */
    public ProductsViewModel(ProductService products, ObservableValue<?> syncChanges, ScreenContext ui) {
        this.products = products;
        this.ui = ui;
        syncChanges.addListener(new WeakChangeListener<>(reloadAfterSync));
    }

    public void refresh() {
        ui.async().run(products::list, list -> Lists.replaceIfChanged(items, list),
                failure -> ui.notifier().show(ui.explain(failure)));
    }

    public void add() {
        ui.routes().registerProduct();
    }

    public void open(Product product) {
        ui.routes().editProduct(product.id());
    }

    public ObservableList<Product> items() {
        return items;
    }
}
