package th.wastebank.client.welfare;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.testing.TestClient;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContributionViewModelTest {
    @Test
    void moneyIntoTheFundNeedsAnAmountAndRecordsItsSource(@TempDir Path tmp) {
        try (TestClient client = new TestClient(tmp)) {
            ContributionViewModel vm = new ContributionViewModel(client.ctx.fund(), client.screens);
            vm.save();
            assertEquals("กรุณากรอกจำนวนเงิน", vm.amountError().get());
            vm.amountText().set("0");
            vm.save();
            assertEquals("จำนวนเงินต้องมากกว่าศูนย์", vm.amountError().get());

            vm.amountText().set("1500,50");
            vm.source().set("DONATION");
            vm.note().set("ผู้ใหญ่บ้านบริจาค");
            vm.save();

            assertEquals(150_050, client.ctx.fund().balance());
            FundRow row = client.ctx.fund().history().get(0);
            assertEquals("DONATION", row.source());
            assertEquals("ผู้ใหญ่บ้านบริจาค", row.title());
            assertEquals("รับเงิน 1,500.50 บาท เข้ากองทุนแล้ว", client.notices.get(0));
            assertEquals("back", client.routes.last());
        }
    }
}
