package th.wastebank.client.price;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;

import javafx.beans.property.SimpleIntegerProperty;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.testing.TestClient;
import th.wastebank.material.MaterialCatalogue;

class PriceBoardViewModelTest {
    @TempDir
    Path tmp;
    private TestClient client;
    private final SimpleIntegerProperty syncChanges = new SimpleIntegerProperty();
    private PriceBoardViewModel vm;

    @BeforeEach
    void setUp() {
        client = new TestClient(tmp);
        vm = new PriceBoardViewModel(client.ctx.prices(), client.ctx.sync()::nudge, client.clock, syncChanges,
                client.screens);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private PriceRow row(String code) {
        return vm.rows().stream().filter(r -> r.materialCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void listsEveryStandardMaterialWithTodaysPriceOrNone() {
        client.price("PET_CLEAR", 800);
        vm.load();

        assertEquals(MaterialCatalogue.standard().size(), vm.rows().size());
        assertEquals("ขวดพลาสติกใส", vm.rows().get(0).nameTh());
        assertEquals(800L, row("PET_CLEAR").pricePerKg());
        assertNull(row("COPPER").pricePerKg());
        assertEquals(LocalDate.of(2026, 11, 23), vm.today().get());
    }

    @Test
    void aPriceFromTomorrowIsNotTodaysPrice() {
        client.price("PET_CLEAR", 800);
        client.ctx.prices().set("PET_CLEAR", 900, LocalDate.of(2026, 11, 24), null);
        vm.load();

        assertEquals(800L, row("PET_CLEAR").pricePerKg());
    }

    @Test
    void theBanksOwnMaterialIsListedWithItsThaiName() {
        client.ctx.prices().set("OWN_OIL_BOTTLE", 200, LocalDate.of(2026, 11, 1), "ขวดน้ำมันเครื่อง");
        vm.load();

        assertEquals("ขวดน้ำมันเครื่อง", row("OWN_OIL_BOTTLE").nameTh());
    }

    @Test
    void theBoardReloadsWhenASyncBringsChanges() {
        vm.load();
        client.price("CARDBOARD", 300);

        syncChanges.set(1);

        assertEquals(300L, row("CARDBOARD").pricePerKg());
    }

    @Test
    void pullingFromTheServerWakesTheSyncAndSaysSo() {
        vm.pullFromServer();
        assertEquals(client.messages.get("prices.pulling"), client.notices.get(0));
    }

    @Test
    void tappingARowOpensItsPriceForm() {
        vm.load();
        vm.edit(row("ALU_CAN"));
        assertEquals("editPrice ALU_CAN", client.routes.last());
        vm.addOwnMaterial();
        assertEquals("addOwnMaterial", client.routes.last());
    }
}
