package th.wastebank.client.welfare;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javafx.beans.property.SimpleIntegerProperty;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.member.Member;
import th.wastebank.client.testing.TestClient;
import th.wastebank.ledger.EntryKind;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FundHistoryViewModelTest {
    @Test
    void showsTheBalanceAndEveryEntryNewestFirstAndReloadsAfterASync(@TempDir Path tmp) {
        try (TestClient client = new TestClient(tmp)) {
            Member m = client.member("นางบุญมา ศรีสุข", "7", "หมู่ 4");
            client.member("นายสมชาย รักษ์โลก", "45", "หมู่ 2");
            Scheme funeral = WelfareFixture.funeral(client.ctx);
            Claim death = WelfareFixture.death(client.ctx, funeral, m);
            client.ctx.fund().contribute(100_000, "SALE_MARGIN", null);
            SimpleIntegerProperty syncTicks = new SimpleIntegerProperty();
            FundHistoryViewModel vm = new FundHistoryViewModel(client.ctx.fund(), syncTicks, client.screens);
            vm.refresh();
            assertEquals(100_000, vm.summary().get().balance());

            client.clock.advance(Duration.ofMinutes(1));
            WelfareFixture.levyFor(client.ctx, funeral, death);
            client.clock.advance(Duration.ofMinutes(1));
            client.ctx.fund().pay(death.id(), 50_000, "นายสมชาย เหรัญญิก", "นางสมหญิง ประธาน");
            syncTicks.set(1);

            assertEquals(54_000, vm.summary().get().balance());
            assertEquals(List.of(EntryKind.WELFARE_PAYOUT, EntryKind.WELFARE_LEVY, EntryKind.WELFARE_CONTRIBUTION),
                    vm.rows().stream().map(r -> r.entry().kind()).toList());
            assertEquals("นางบุญมา ศรีสุข", vm.rows().get(0).memberName());
            assertEquals(2, vm.rows().get(1).members());
        }
    }
}
