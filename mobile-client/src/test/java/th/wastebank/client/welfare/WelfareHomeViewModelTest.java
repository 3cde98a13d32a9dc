package th.wastebank.client.welfare;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.SimpleIntegerProperty;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.testing.TestClient;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WelfareHomeViewModelTest {
    @Test
    void showsTheFundAndTheSchemesAndFollowsASync(@TempDir Path tmp) {
        try (TestClient client = new TestClient(tmp)) {
            SimpleIntegerProperty syncTicks = new SimpleIntegerProperty();
            WelfareHomeViewModel vm = new WelfareHomeViewModel(client.ctx.fund(), client.ctx.schemes(), syncTicks,
                    client.screens);
            vm.refresh();
            assertEquals(new FundSummary(0, 0, 0, 0, 0, 0), vm.summary().get());
            assertEquals(List.of(), vm.schemes());

            Scheme funeral = WelfareFixture.funeral(client.ctx);
            client.ctx.fund().contribute(250_000, "DONATION", null);
            syncTicks.set(1);

            assertEquals(250_000, vm.summary().get().balance());
            assertEquals(250_000, vm.summary().get().contributed());
            assertEquals(List.of(funeral), vm.schemes());
        }
    }

    @Test
    void leadsToEveryWelfareScreen(@TempDir Path tmp) {
        try (TestClient client = new TestClient(tmp)) {
            WelfareHomeViewModel vm = new WelfareHomeViewModel(client.ctx.fund(), client.ctx.schemes(),
                    new SimpleIntegerProperty(), client.screens);
            Scheme funeral = WelfareFixture.funeral(client.ctx);
            vm.newScheme();
            vm.open(funeral);
            vm.openClaims();
            vm.runLevy();
            vm.contribute();
            vm.openHistory();
            assertEquals(List.of("editScheme", "editScheme " + funeral.id(), "claims", "levy", "contribute",
                    "fundHistory"), client.routes.visits());
        }
    }
}
