package th.wastebank.statement.doc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import th.wastebank.statement.MonthlyStatement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The statement drawn as PDF (Thai text in embedded Sarabun, Buddhist-era dates) and as XLSX (numeric cells). */
class StatementDocTest {
    static MonthlyStatement statement() {
        return new MonthlyStatement("ธนาคารขยะบ้านหนองน้ำใส", YearMonth.of(2026, 10), LocalDate.of(2026, 10, 31),
                List.of(new MonthlyStatement.MemberBalance("3", "มะลิ ใจดี", 90_150),
                        new MonthlyStatement.MemberBalance("7", "สมชาย ทองคำ", 273_905)), 364_055,
                List.of(new MonthlyStatement.MemberDeposits("3", "มะลิ ใจดี", 2, 12_345, 4_321)), 12_345, 4_321, 500,
                List.of(new MonthlyStatement.BuyerSales("ร้านรับซื้อของเก่าเจริญผล", 1, 40_000, 8_000),
                        new MonthlyStatement.BuyerSales("=HYPERLINK(\"http://x\")", 0, 0, 0)), 1, 40_000,
                8_000, 6_500, 1_500,
                List.of(new MonthlyStatement.StockLine("PET_CLEAR", "ขวดพลาสติกใส", 6_000, 600)), 600,
                new MonthlyStatement.Fund(5_000, 100, 2_000, 3_100));
    }

    @Test
    void thePdfCarriesTheStatementsThaiWordsAndFiguresInEmbeddedSarabunWithABuddhistEraMonth() throws IOException {
        byte[] bytes = StatementPdf.render(statement(), LocalDate.of(2026, 11, 2));
        Path dir = Path.of("target", "statement");
        Files.createDirectories(dir);
        Files.write(dir.resolve("statement.pdf"), bytes);
        PdfReader pdf = new PdfReader(bytes);
        List<String> fonts = embeddedFonts(pdf);
        assertFalse(fonts.isEmpty());
        assertTrue(fonts.stream().allMatch(f -> f.contains("Sarabun")), fonts.toString());
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(pdf);
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            text.append(extractor.getTextFromPage(p));
        }
        String found = skeleton(text.toString());
        for (String s : List.of(StatementText.TITLE, StatementText.BALANCES, StatementText.DEPOSITS, StatementText.SALES,
                StatementText.STOCK, StatementText.MARGIN, StatementText.FUND, "ประจำเดือน ตุลาคม 2569",
                "31 ตุลาคม 2569", "2 พฤศจิกายน 2569", "สมชาย ทองคำ", "2,739.05", "3,640.55", "12.345", "43.21",
                "ร้านรับซื้อของเก่าเจริญผล", "80.00", "ขวดพลาสติกใส", "15.00", "31.00")) {
            assertTrue(found.contains(skeleton(s)), s + " in " + text);
        }
    }

    @Test
    void theSpreadsheetsAmountsAndWeightsAreNumericCellsWithFormats() throws IOException {
        byte[] bytes = StatementXlsx.render(statement(), LocalDate.of(2026, 11, 2));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheet(StatementXlsx.SHEET);
            Cell somchai = find(sheet, "สมชาย ทองคำ").getCell(2);
            assertEquals(CellType.NUMERIC, somchai.getCellType());
            assertEquals(2_739.05, somchai.getNumericCellValue(), 1e-9);
            assertEquals("#,##0.00", somchai.getCellStyle().getDataFormatString());
            Row deposit = find(sheet, "มะลิ ใจดี", 1);
            assertEquals(12.345, deposit.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals("#,##0.000", deposit.getCell(3).getCellStyle().getDataFormatString());
            assertEquals(43.21, deposit.getCell(4).getNumericCellValue(), 1e-9);
            assertEquals(15.00, find(sheet, "ส่วนต่าง").getCell(2).getNumericCellValue(), 1e-9);
            assertEquals(31.00, find(sheet, "คงเหลือ ณ สิ้นเดือน").getCell(2).getNumericCellValue(), 1e-9);
            assertEquals(80.00, find(sheet, "ร้านรับซื้อของเก่าเจริญผล").getCell(4).getNumericCellValue(), 1e-9);
            assertEquals(CellType.STRING, find(sheet, "'=HYPERLINK(\"http://x\")").getCell(1).getCellType(),
                    "a buyer named like a formula is quoted");
        }
    }

    private static Row find(Sheet sheet, String label) {
        return find(sheet, label, 0);
    }

    /** The {@code skip}+1-th row whose column B is {@code label}. */
    private static Row find(Sheet sheet, String label, int skip) {
        int seen = 0;
        for (Row r : sheet) {
            Cell b = r.getCell(1);
            if (b != null && b.getCellType() == CellType.STRING && b.getStringCellValue().equals(label) && seen++ == skip) {
                return r;
            }
        }
        throw new AssertionError("no row " + label);
    }

    static List<String> embeddedFonts(PdfReader pdf) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < pdf.getXrefSize(); i++) {
            PdfObject o = pdf.getPdfObject(i);
            if (o instanceof PdfDictionary d && PdfName.FONT.equals(d.get(PdfName.TYPE))
                    && !PdfName.CIDFONTTYPE2.equals(d.get(PdfName.SUBTYPE))) {
                assertEquals(PdfName.TYPE0, d.get(PdfName.SUBTYPE), "only embedded Type 0 fonts, no Helvetica");
                PdfDictionary cid = (PdfDictionary) PdfReader.getPdfObject(
                        d.getAsArray(PdfName.DESCENDANTFONTS).getPdfObject(0));
                assertNotNull(cid.getAsDict(PdfName.FONTDESCRIPTOR).get(PdfName.FONTFILE2), "font file embedded");
                names.add(d.get(PdfName.BASEFONT).toString());
            }
        }
        return names;
    }

    /** Letters only: the extractor loses tone marks over upper vowels and adds spaces (see BestPracticeReportTest). */
    static String skeleton(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E]", "");
    }
}
