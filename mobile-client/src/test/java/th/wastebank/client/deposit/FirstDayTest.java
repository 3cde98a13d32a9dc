package th.wastebank.client.deposit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import th.wastebank.client.testing.FreshPhoneTest;

/** A first day: the deposit screen with no prices says prices come first and leads to the price board. */
class FirstDayTest extends FreshPhoneTest {
    private DepositViewModel depositScreen() {
        DepositViewModel vm = new DepositViewModel(client.ctx.members(), client.ctx.prices(), client.ctx.deposits(),
                client.clock, null, client.screens);
        vm.load();
        return vm;
    }

    @Test
    void withNoPricesTheDepositScreenSaysSoAndOpensThePriceBoard() {
        DepositViewModel vm = depositScreen();

        assertTrue(vm.noPrices().get());
        vm.openPrices();
        assertEquals("prices", client.routes.last());
    }

    @Test
    void onePriceIsEnoughToTakeDeposits() {
        client.price("PET_CLEAR", 800);

        assertFalse(depositScreen().noPrices().get());
    }
}
