package th.wastebank.client.welfare;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.SimpleIntegerProperty;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.member.Member;
import th.wastebank.client.testing.TestClient;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClaimsViewModelTest {
    @Test
    void listsClaimsTheLatestEventFirstAndOpensOne(@TempDir Path tmp) {
        try (TestClient client = new TestClient(tmp)) {
            Member a = client.member("นางหนึ่ง", "1", "หมู่ 1");
            Member b = client.member("นายสอง", "2", "หมู่ 1");
            Scheme hospital = WelfareFixture.hospital(client.ctx);
            Claim older = client.ctx.claims().file(new ClaimService.Draft(hospital.id(), a.id(),
                    client.today().minusDays(9), 2L, null, List.of()));
            Claim newer = client.ctx.claims().file(new ClaimService.Draft(hospital.id(), b.id(),
                    client.today().minusDays(1), 3L, null, List.of()));
            SimpleIntegerProperty syncTicks = new SimpleIntegerProperty();
            ClaimsViewModel vm = new ClaimsViewModel(client.ctx.claims(), syncTicks, client.screens);
            vm.refresh();

            assertEquals(List.of(newer.id(), older.id()), vm.items().stream().map(Claim::id).toList());
            vm.open(vm.items().get(1));
            vm.add();
            assertEquals(List.of("claim " + older.id(), "fileClaim"), client.routes.visits());
        }
    }
}
