package th.wastebank.client.product;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.SimpleIntegerProperty;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.testing.TestClient;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProductsViewModelTest {
    @Test
    void listsTheProductsAndOpensOneToEditOrANewOne(@TempDir Path tmp) {
        try (TestClient client = new TestClient(tmp)) {
            SimpleIntegerProperty syncTicks = new SimpleIntegerProperty();
            ProductsViewModel vm = new ProductsViewModel(client.ctx.products(), syncTicks, client.screens);
            vm.refresh();
            assertEquals(List.of(), vm.items());

            Product compost = client.ctx.products().register(new ProductService.Draft("ปุ๋ยหมัก", "WET_ORGANIC", null,
                    null, null, null, "IDEA", List.of()));
            syncTicks.set(1);
            assertEquals(List.of(compost), vm.items());

            vm.open(compost);
            vm.add();
            assertEquals(List.of("editProduct " + compost.id(), "registerProduct"), client.routes.visits());
        }
    }
}
