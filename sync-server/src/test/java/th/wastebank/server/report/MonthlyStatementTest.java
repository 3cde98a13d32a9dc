package th.wastebank.server.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.wastebank.deposit.DepositLine;
import th.wastebank.money.Money;
import th.wastebank.sale.BuyerUpsert;
import th.wastebank.sale.SaleLine;
import th.wastebank.sale.SaleRecord;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.StaffClient;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.server.support.WebSession;
import th.wastebank.statement.doc.StatementXlsx;
import th.wastebank.sync.SyncOp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committee's monthly statement downloaded from the อปท. page, its figures exact against what a
 * phone pushed through the real push API (balances at the month's end, deposits, sales, stock,
 * margin, the welfare fund), only for officers whose area holds the อปท., and audited; and the org
 * page's fiscal-year section.
 */
@SharedServer
class MonthlyStatementTest extends ServerTestBase {
    private static final long ALU_PRICE = 4_550;
    private static final long ALU = Money.amountFor(1_234, ALU_PRICE);

    private String org;
    private StaffClient officer;

    @BeforeAll
    void aBankWithSeptemberOctoberAndNovember() {
        org = TestOrgs.create("อบต.งบเดือนทดสอบ", "360101");
        Api.Device phone = api().pair(org);
        Ops sept = new Ops(Instant.parse("2026-09-15T03:00:00Z"));
        Ops oct = new Ops(Instant.parse("2026-10-10T03:00:00Z"));
        Ops lastNightOfOct = new Ops(Instant.parse("2026-10-31T17:30:00Z")); // 1 November in Thailand
        UUID somsri = Ops.newId();
        UUID somchai = Ops.newId();
        UUID scheme = Ops.newId();
        UUID buyer = Ops.newId();
        List<SyncOp> pushed = List.of(
                sept.member(somsri, "นางสมศรี ใจดี"), sept.member(somchai, "นายสมชาย ทองคำ"),
                sept.deposit(somsri, 5_000), sept.contribution(5_000),
                oct.deposit(somsri, DepositLine.priced("ALU_CAN", 1_234, ALU_PRICE)), oct.deposit(somchai, 2_500),
                oct.withdrawal(somsri, 1_000), oct.funeralScheme(scheme, 100_000, 150, 0),
                oct.levy(Ops.newId(), scheme, "นายดำ", List.of(somsri, somchai), 150),
                oct.op(buyer, new BuyerUpsert("ร้านรับซื้อของเก่าเจริญผล", "SHOP", null, null)),
                oct.op(Ops.newId(), new SaleRecord(buyer, LocalDate.of(2026, 10, 20),
                        List.of(SaleLine.priced("PET_CLEAR", 6_000, 1_000)), 6_000, null, "นางสมศรี ใจดี")),
                lastNightOfOct.deposit(somchai, 1_000));
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, pushed).stream().distinct().toList());
        officer = StaffClient.signIn(api(), "ORG", org);
    }

    @Test
    void theSpreadsheetsFiguresAreExactToTheSatang() throws IOException {
        WebSession.Page file = officer.get("/web/orgs/" + org + "/statement/xlsx?month=2026-10");
        assertEquals(200, file.status(), file.body());
        assertEquals(Downloads.XLSX, file.header("Content-Type"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            Sheet sheet = wb.getSheet(StatementXlsx.SHEET);
            assertEquals(40.00 + ALU / 100.0 - 10.00 - 1.50, number(sheet, "นางสมศรี ใจดี", 0, 2), 1e-9);
            assertEquals(20.00 - 1.50, number(sheet, "นายสมชาย ทองคำ", 0, 2), 1e-9, "November's deposit is not October's");
            assertEquals(ALU / 100.0, number(sheet, "นางสมศรี ใจดี", 1, 4), 1e-9);
            assertEquals(1.234, number(sheet, "นางสมศรี ใจดี", 1, 3), 1e-9);
            assertEquals(20.00, number(sheet, "นายสมชาย ทองคำ", 1, 4), 1e-9);
            assertEquals(60.00, number(sheet, "ร้านรับซื้อของเก่าเจริญผล", 0, 4), 1e-9);
            assertEquals(6.000, number(sheet, "ร้านรับซื้อของเก่าเจริญผล", 0, 3), 1e-9);
            // 7.5 kg of PET bought at 8 baht/kg, 6 kg sold at 10: cost 48, margin 12, 1.5 kg (12 baht) left
            assertEquals(1.5, number(sheet, "ขวดพลาสติกใส", 0, 2), 1e-9);
            assertEquals(12.00, number(sheet, "ขวดพลาสติกใส", 0, 3), 1e-9);
            assertEquals(ALU / 100.0, number(sheet, "กระป๋องอลูมิเนียม", 0, 3), 1e-9);
            assertEquals(48.00, number(sheet, "ต้นทุนขยะที่ขาย (ทุนเฉลี่ย)", 0, 2), 1e-9);
            assertEquals(12.00, number(sheet, "ส่วนต่าง", 0, 2), 1e-9);
            assertEquals(50.00, number(sheet, "ยอดยกมา", 0, 2), 1e-9);
            assertEquals(3.00, number(sheet, "รับเข้ากองทุน", 0, 2), 1e-9);
            assertEquals(0.00, number(sheet, "จ่ายออกจากกองทุน", 0, 2), 1e-9);
            assertEquals(53.00, number(sheet, "คงเหลือ ณ สิ้นเดือน", 0, 2), 1e-9);
        }
        assertEquals(1, Db.count("SELECT COUNT(*) FROM audit_log WHERE action = 'STATEMENT_XLSX_EXPORTED' AND username = ?"
                + " AND target = ?", officer.username(), org));
    }

    @Test
    void thePdfSaysItInThaiWithTheBuddhistEraMonth() throws IOException {
        WebSession.Page file = officer.get("/web/orgs/" + org + "/statement/pdf?month=2026-10");
        assertEquals(200, file.status(), file.body());
        assertEquals(Downloads.PDF, file.header("Content-Type"));
        PdfReader pdf = new PdfReader(file.bytes());
        String text = skeleton(new PdfTextExtractor(pdf).getTextFromPage(1));
        for (String s : List.of("รายงานประจำเดือนของคณะกรรมการธนาคารขยะ", "ธนาคารขยะ อบต.งบเดือนทดสอบ",
                "ประจำเดือน ตุลาคม 2569", "นางสมศรี ใจดี", "ร้านรับซื้อของเก่าเจริญผล", "60.00", "53.00")) {
            assertTrue(text.contains(skeleton(s)), s + " in " + text);
        }
        assertEquals(1, Db.count("SELECT COUNT(*) FROM audit_log WHERE action = 'STATEMENT_PDF_EXPORTED' AND username = ?"
                + " AND target = ?", officer.username(), org));
    }

    @Test
    void anotherOrgsOfficerIsRefusedAndAFutureMonthIsABadRequest() {
        String other = TestOrgs.create("อบต.ข้างเคียงทดสอบ", "360101");
        StaffClient stranger = StaffClient.signIn(api(), "ORG", other);
        assertEquals(403, stranger.get("/web/orgs/" + org + "/statement/pdf?month=2026-10").status());
        assertEquals(403, stranger.get("/web/orgs/" + org + "/statement/xlsx?month=2026-10").status());
        assertEquals(404, officer.get("/web/orgs/W999999/statement/pdf?month=2026-10").status());
        assertEquals(400, officer.get("/web/orgs/" + org + "/statement/pdf?month=2999-01").status());
        assertEquals(400, officer.get("/web/orgs/" + org + "/statement/pdf?month=ตุลา").status());
    }

    @Test
    void theOrgPageShowsThisAndLastFiscalYearAndOffersTheStatement() {
        String page = officer.get("/web/orgs/" + org).body();
        assertTrue(page.contains("id=\"fiscal-years\""), page);
        // today is in fiscal 2570 (October 2026 on) or later; the page shows it and the one before
        int be = th.wastebank.year.FiscalYear.of(LocalDate.now(th.wastebank.validation.Dates.THAI)).buddhistYear();
        assertTrue(page.contains("ปีงบประมาณ " + be) && page.contains("ปีงบประมาณ " + (be - 1)), page);
        assertTrue(page.contains("/web/orgs/" + org + "/statement/pdf"), page);
        if (be == 2570) {
            assertTrue(page.contains(Money.formatBaht(ALU + 2_000 + 800)), "this year's deposits: " + page);
            assertTrue(page.contains(Money.formatBaht(4_000)), "last year's deposits: " + page);
        }
    }

    /** The number in column {@code col} of the {@code skip}+1-th row labelled {@code label} in column B. */
    private static double number(Sheet sheet, String label, int skip, int col) {
        int seen = 0;
        for (Row r : sheet) {
            Cell b = r.getCell(1);
            if (b != null && b.getCellType() == CellType.STRING && b.getStringCellValue().equals(label) && seen++ == skip) {
                assertEquals(CellType.NUMERIC, r.getCell(col).getCellType(), label);
                return r.getCell(col).getNumericCellValue();
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static String skeleton(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E]", "");
    }
}
