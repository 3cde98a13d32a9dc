package th.wastebank.server.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.StaffClient;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.server.support.WebSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names and answers typed to look like spreadsheet formulas, exported by the real server as CSV and
 * XLSX: every such text cell starts with a single quote, so Excel shows it instead of running it,
 * and numbers stay numbers.
 */
@SharedServer
class FormulaInjectionTest extends ServerTestBase {
    private static final String DISTRICT = "3613";
    private static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example/\",\"คลิก\")";
    private String org;
    private StaffClient officer;

    @BeforeAll
    void anOrgNamedLikeAFormula() {
        org = TestOrgs.create(FORMULA_NAME, "361301");
        officer = StaffClient.signIn(api(), "DISTRICT", DISTRICT);
    }

    @Test
    void cellTextStartingWithAFormulaCharacterGetsAQuoteAndNumbersAreLeftAlone() {
        for (String formula : List.of("=1+2", "+1", "-5", "@SUM(A1)", "\t=1", "\r=1")) {
            assertEquals("'" + formula, CellText.neutral(formula));
        }
        for (String plain : List.of("", "อบต.นายางกลัก", "1 = 1", "https://www.youtube.com/watch?v=x", "'=1")) {
            assertEquals(plain, CellText.neutral(plain));
        }
        assertEquals(-5L, CellText.csv(-5L), "a number stays a number");
        assertEquals("'-5", CellText.csv("-5"));
    }

    @Test
    void theProgressAndLateCsvQuoteAFormulaName() throws IOException {
        CSVRecord progress = row(csv(officer.get("/web/reports/progress/csv?area=" + DISTRICT)));
        assertEquals("'" + FORMULA_NAME, progress.get(2));
        assertTrue(progress.get(0).matches("[0-9]+"), "the running number is unquoted: " + progress.get(0));

        CSVRecord late = row(csv(officer.get("/web/reports/late/csv?area=" + DISTRICT)));
        assertEquals("'" + FORMULA_NAME, late.get(2));
    }

    @Test
    void theProgressSpreadsheetQuotesAFormulaNameAndKeepsNumbersNumeric() throws IOException {
        WebSession.Page file = officer.get("/web/reports/progress/xlsx?area=" + DISTRICT);
        assertEquals(200, file.status());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            Row row = find(wb.getSheetAt(0), 1, org);
            assertEquals(CellType.STRING, row.getCell(2).getCellType());
            assertEquals("'" + FORMULA_NAME, row.getCell(2).getStringCellValue());
            assertEquals(CellType.NUMERIC, row.getCell(0).getCellType());
            assertEquals(CellType.NUMERIC, row.getCell(10).getCellType());
        }
    }

    @Test
    void theBestPracticeSpreadsheetQuotesFormulaAnswersAndTheOrgName() throws IOException {
        String page = "/web/reports/best-practice/" + DISTRICT + "?month=2026-10&org=" + org;
        Map<String, String> form = new HashMap<>(Map.of("_csrf", officer.csrf(page), "month", "2026-10", "org", org));
        List<BestPracticeForm.Question> questions = BestPracticeForm.questions().toList();
        form.put(questions.get(0).field(), "=1+2");
        form.put(questions.get(1).field(), "-5 กิโลกรัมต่อเดือน");
        form.put(questions.get(2).field(), "@SUM(A1:A9)");
        assertEquals(303, officer.postForm("/web/reports/best-practice/" + DISTRICT, form).status());

        WebSession.Page file = officer.get("/web/reports/best-practice/" + DISTRICT + "/xlsx?month=2026-10&org=" + org);
        assertEquals(200, file.status());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            List<String> texts = new ArrayList<>();
            for (Row row : wb.getSheetAt(0)) {
                Cell c = row.getCell(2);
                if (c != null && c.getCellType() == CellType.STRING) {
                    texts.add(c.getStringCellValue());
                }
                if (c != null && c.getCellType() == CellType.FORMULA) {
                    throw new AssertionError("a formula cell in row " + row.getRowNum());
                }
            }
            assertTrue(texts.containsAll(List.of("'" + FORMULA_NAME, "'=1+2", "'-5 กิโลกรัมต่อเดือน", "'@SUM(A1:A9)")),
                    texts.toString());
            Row members = find(wb.getSheetAt(0), 0, "๑.๓");
            assertEquals(CellType.NUMERIC, members.getCell(2).getCellType(), "Part 1 figures stay numbers");
        }
    }

    private static Row find(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell c = row.getCell(column);
            if (c != null && c.getCellType() == CellType.STRING && text.equals(c.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row with " + text + " in column " + column);
    }

    private CSVRecord row(List<CSVRecord> records) {
        return records.stream().filter(r -> r.size() > 2 && org.equals(r.get(1))).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + org + ": " + records));
    }

    private static List<CSVRecord> csv(WebSession.Page file) throws IOException {
        assertEquals(200, file.status(), file.body());
        String text = new String(file.bytes(), 3, file.bytes().length - 3, StandardCharsets.UTF_8);
        return CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
    }
}
