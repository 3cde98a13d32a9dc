package th.wastebank.client.statement;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.member.Member;
import th.wastebank.client.platform.DocumentShare;
import th.wastebank.client.platform.ShareService;
import th.wastebank.client.sale.SaleService;
import th.wastebank.client.testing.TestClient;
import th.wastebank.sale.SaleLine;
import th.wastebank.statement.MonthlyStatement;
import th.wastebank.statement.doc.StatementXlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The statement screen's view model against the real store: the year's totals, a month's figures, and the share. */
class StatementViewModelTest {
    /** What the screen handed to the share sheet. */
    private record Handed(String fileName, byte[] bytes, String mimeType, String subject) {
    }

    @Test
    void theMonthsStatementAndTheYearComeFromThisPhonesStoreAndAreSharedAsPdfAndSpreadsheet(@TempDir Path tmp)
            throws Exception {
        try (TestClient client = new TestClient(tmp)) {
            client.price("CARDBOARD", 300);
            Member somsri = client.member("นางสมศรี ใจดี", "1", "หมู่ 4");
            client.ctx.deposits().record(somsri.id(), List.of(new DepositService.LineDraft("CARDBOARD", 100_000)));
            client.ctx.withdrawals().record(somsri.id(), 5_000, "สมชาย ประธาน", "สมหญิง เหรัญญิก");
            SaleService.Buyer shop = client.ctx.sales().addBuyer("ร้านวงษ์พาณิชย์", "SHOP", null, null);
            client.ctx.sales().record(shop.id(), List.of(SaleLine.priced("CARDBOARD", 60_000, 450)), "สมหญิง", null);

            List<Handed> handed = new ArrayList<>();
            DocumentShare share = (fileName, bytes, mimeType, subject) -> {
                handed.add(new Handed(fileName, bytes, mimeType, subject));
                return new ShareService.Shared(tmp.resolve(fileName), true);
            };
            StatementViewModel vm = new StatementViewModel(client.ctx.statements(), share, client.screens);
            assertEquals(YearMonth.of(2026, 10), vm.month().get(), "last month by default");
            vm.load();
            assertEquals(0, vm.statement().get().depositSatang(), "nothing deposited in October");
            vm.nextMonth();
            vm.nextMonth();
            assertEquals(YearMonth.of(2026, 11), vm.month().get(), "never past this month");

            MonthlyStatement s = vm.statement().get();
            assertEquals(List.of(new MonthlyStatement.MemberBalance("", "นางสมศรี ใจดี", 30_000 - 5_000)), s.balances());
            assertEquals(30_000, s.depositSatang());
            assertEquals(5_000, s.withdrawalSatang());
            assertEquals(List.of(new MonthlyStatement.BuyerSales("ร้านวงษ์พาณิชย์", 1, 60_000, 27_000)), s.sales());
            assertEquals(18_000, s.costSatang(), "60 kg at the average cost of 3 baht");
            assertEquals(9_000, s.marginSatang());
            assertEquals(12_000, s.stockValueSatang(), "40 kg left at 3 baht");
            assertEquals("ปีงบประมาณ 2570", vm.years().get(0).year().nameTh());
            assertEquals(List.of(100_000L, 30_000L, 5_000L, 27_000L, 9_000L), List.of(vm.years().get(0).depositGrams(),
                    vm.years().get(0).depositSatang(), vm.years().get(0).withdrawalSatang(), vm.years().get(0).saleSatang(),
                    vm.years().get(0).marginSatang()));
            assertEquals("ปีงบประมาณ 2569", vm.years().get(1).year().nameTh());
            assertEquals(0, vm.years().get(1).depositSatang());

            vm.sharePdf();
            Handed pdf = handed.get(0);
            assertEquals("statement-2026-11.pdf", pdf.fileName());
            assertEquals(StatementViewModel.PDF, pdf.mimeType());
            assertEquals("รายงานประจำเดือนของคณะกรรมการธนาคารขยะ พฤศจิกายน 2569", pdf.subject());
            String text = new PdfTextExtractor(new PdfReader(pdf.bytes())).getTextFromPage(1).replaceAll("\\s", "");
            assertTrue(text.contains("ร้านวงษ์พาณิชย์") && text.contains("270.00"), text);
            assertEquals("ส่งรายงานให้แอปที่เลือกแล้ว", client.notices.get(client.notices.size() - 1));

            vm.shareXlsx();
            Handed xlsx = handed.get(1);
            assertEquals("statement-2026-11.xlsx", xlsx.fileName());
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
                assertTrue(wb.getSheet(StatementXlsx.SHEET).getPhysicalNumberOfRows() > 10);
            }
            assertNull(vm.error().get());
            assertTrue(!vm.busy().get());
        }
    }

    @Test
    void aShareThatFailsSaysSoInThai(@TempDir Path tmp) {
        try (TestClient client = new TestClient(tmp)) {
            DocumentShare broken = (fileName, bytes, mimeType, subject) -> {
                throw new java.io.IOException("disk full");
            };
            StatementViewModel vm = new StatementViewModel(client.ctx.statements(), broken, client.screens);
            vm.load();
            vm.sharePdf();
            assertEquals("แชร์รายงานไม่สำเร็จ กรุณาลองอีกครั้ง", vm.error().get());
            assertTrue(!vm.busy().get());
        }
    }
}
