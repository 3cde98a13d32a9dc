package th.wastebank.server.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.wastebank.member.MemberUpsert;
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
import th.wastebank.sync.SyncOp;
import th.wastebank.validation.Dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "ครบทุกอำเภอ" through the real server: Samut Songkhram (75) has three districts; two district
 * officers file their best-practice form for a month through the form itself, and the province's
 * page, the national page and the spreadsheet show which filed, with each district's form figures.
 */
@SharedServer
class BestPracticeDistrictsTest extends ServerTestBase {
    private static final String PROVINCE = "75";
    private static final String MUEANG = "7501";
    private static final String BANG_KHONTHI = "7502";
    private static final String AMPHAWA = "7503";
    private static final String VIDEO = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";

    /** Two months back, so that the browser test's month (the last one) and this one never meet. */
    private final YearMonth month = YearMonth.now(Dates.THAI).minusMonths(2);
    private String model;
    private String other;
    private StaffClient mueangOfficer;
    private StaffClient bangKhontiOfficer;
    private StaffClient provinceOfficer;

    @BeforeAll
    void twoOfTheThreeDistrictsFileTheirFormForTheMonth() {
        model = TestOrgs.create("ทต.ต้นแบบแม่กลอง", "750101");
        other = TestOrgs.create("อบต.บางคนทีทดสอบ", "750201");
        Ops ops = new Ops(month.atDay(10).atTime(10, 0).toInstant(ZoneOffset.UTC));
        UUID buyer = Ops.newId();
        List<SaleLine> lines = List.of(SaleLine.priced("ALU_CAN", 1_000, 4_500), SaleLine.priced("PAPER_MIXED", 3_000, 300));
        assertEquals(List.of("APPLIED"), api().pushStatuses(api().pair(model), List.of(
                member(ops, "นางแม่กลอง หนึ่ง", "บ้านคลองโคน หมู่ 1"),
                member(ops, "นายแม่กลอง สอง", "บ้านคลองโคน หมู่ 1"),
                member(ops, "นางแม่กลอง สาม", "บ้านบางจะเกร็ง หมู่ 2"),
                ops.op(buyer, new BuyerUpsert("ร้านรับซื้อแม่กลอง", "SHOP", null, null)),
                ops.op(Ops.newId(), new SaleRecord(buyer, month.atDay(20), lines,
                        lines.stream().mapToLong(SaleLine::amount).sum(), null, "นางแม่กลอง หนึ่ง"))))
                .stream().distinct().toList());
        assertEquals(List.of("APPLIED"), api().pushStatuses(api().pair(other), List.of(
                member(ops, "นายบางคนที หนึ่ง", "บ้านบางพรม หมู่ 3"))));

        mueangOfficer = StaffClient.signIn(api(), "DISTRICT", MUEANG);
        bangKhontiOfficer = StaffClient.signIn(api(), "DISTRICT", BANG_KHONTHI);
        provinceOfficer = StaffClient.signIn(api(), "PROVINCE", PROVINCE);
        assertEquals(303, file(mueangOfficer, MUEANG, model, VIDEO).status());
        assertEquals(303, file(bangKhontiOfficer, BANG_KHONTHI, other, "").status());
    }

    private static SyncOp member(Ops ops, String name, String village) {
        return ops.op(Ops.newId(), new MemberUpsert(name, "1", village, null, LocalDate.of(2025, 6, 1), 1));
    }

    /** A district officer saves the form for the month through the form page, as in a browser. */
    private WebSession.Page file(StaffClient officer, String district, String org, String video) {
        String path = "/web/reports/best-practice/" + district;
        Map<String, String> form = new HashMap<>(Map.of("month", month.toString(), "org", org,
                "a_2_1_1", "ผู้นำต้องทำก่อน", "videoUrl", video));
        form.put("_csrf", officer.csrf(path + "?month=" + month + "&org=" + org));
        return officer.postForm(path, form);
    }

    private String pagePath() {
        return "/web/reports/best-practice-districts/" + PROVINCE + "?month=" + month;
    }

    @Test
    void theProvincePageShowsEveryDistrictFiledOrNotWithTheFiguresOfEachDistrictsOwnForm() {
        WebSession.Page page = provinceOfficer.get(pagePath());
        assertEquals(200, page.status(), page.body());
        String html = page.body();
        assertTrue(html.contains("ส่งแล้ว 2 จาก 3 อำเภอ"), html);

        for (String district : List.of(MUEANG, BANG_KHONTHI)) {
            String form = provinceOfficer.get("/web/reports/best-practice/" + district + "?month=" + month).body();
            String row = row(html, district);
            assertTrue(row.contains("ส่งแล้ว"), row);
            for (String figure : List.of("villages", "members", "kg", "baht")) {
                assertEquals(formFigure(form, "v-" + figure), cell(row, "v-" + figure), district + " " + figure);
            }
        }
        String mueang = row(html, MUEANG);
        assertEquals("2", cell(mueang, "v-villages"));
        assertEquals("3", cell(mueang, "v-members"));
        assertEquals("4", cell(mueang, "v-kg"));
        assertEquals("54.00", cell(mueang, "v-baht"));
        assertTrue(mueang.contains("ทต.ต้นแบบแม่กลอง") && mueang.contains("href=\"" + VIDEO + "\""), mueang);
        assertTrue(mueang.contains(mueangOfficer.username()), "who filed it: " + mueang);
        assertTrue(row(html, BANG_KHONTHI).contains(bangKhontiOfficer.username()));
        assertEquals("0.00", cell(row(html, BANG_KHONTHI), "v-baht"));

        String amphawa = row(html, AMPHAWA);
        assertTrue(amphawa.contains("ยังไม่ส่ง") && amphawa.contains("อำเภออัมพวา"), amphawa);
        assertFalse(amphawa.contains("v-villages"), "no figures for a district that has not filed");
        Matcher notFiled = Pattern.compile("id=\"bpd-not-filed\">(.*?)</section>", Pattern.DOTALL).matcher(html);
        assertTrue(notFiled.find());
        assertTrue(notFiled.group(1).contains("ยังไม่ส่ง (1)") && notFiled.group(1).contains("อำเภออัมพวา")
                && !notFiled.group(1).contains("อำเภอบางคนที"), notFiled.group(1));
        assertTrue(html.contains(ThaiFormat.arabicDigits().month(month)), "the month in Thai with its Buddhist-era year");
    }

    @Test
    void withoutAMonthThePageIsThisMonthsInWhichNobodyHasFiledYet() {
        YearMonth now = YearMonth.now(Dates.THAI);
        String html = provinceOfficer.get("/web/reports/best-practice-districts/" + PROVINCE).body();
        assertTrue(html.contains("ส่งแล้ว 0 จาก 3 อำเภอ"), html);
        assertTrue(html.contains("value=\"" + now + "\" selected"), "this month is chosen");
        assertTrue(html.contains(">" + ThaiFormat.arabicDigits().month(now) + "</option>"), html);
    }

    @Test
    void theProvincesAreaPageLinksToIt() {
        String area = provinceOfficer.get("/web/provinces/" + PROVINCE).body();
        assertTrue(area.contains("href=\"/web/reports/best-practice-districts/75\""), area);
        StaffClient national = StaffClient.signIn(api(), "NATIONAL", null);
        assertTrue(national.get("/web/nation").body().contains("href=\"/web/reports/best-practice-districts\""));
    }

    @Test
    void theNationSeesEachProvinceWithHowManyOfItsDistrictsFiled() {
        StaffClient national = StaffClient.signIn(api(), "NATIONAL", null);
        WebSession.Page page = national.get("/web/reports/best-practice-districts?month=" + month);
        assertEquals(200, page.status(), page.body());
        String row = row(page.body(), PROVINCE);
        assertEquals("2", cell(row, "v-filed"));
        assertEquals("3", cell(row, "v-districts"));
        assertTrue(row.contains("href=\"/web/reports/best-practice-districts/75?month=" + month + "\""), row);
        assertTrue(row.contains("ยังไม่ส่ง 1"), row);
        assertEquals(200, national.get(pagePath()).status(), "national staff open any province");
    }

    @Test
    void theSpreadsheetHasADistrictARowWithTheFiguresAsNumbersAndIsAudited() throws IOException {
        WebSession.Page file = provinceOfficer.get("/web/reports/best-practice-districts/" + PROVINCE + "/xlsx?month="
                + month);
        assertEquals(200, file.status(), file.body());
        assertTrue(file.header("Content-Type").startsWith(Downloads.XLSX));
        assertTrue(file.header("Content-Disposition").contains("best-practice-districts-75-" + month + ".xlsx"));
        Map<String, Row> byCode = new HashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            Sheet sheet = wb.getSheet(BestPracticeDistrictsXlsx.SHEET);
            assertEquals(BestPracticeDistrictsXlsx.TITLE, sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("จังหวัดสมุทรสงคราม  ประจำเดือน " + ThaiFormat.arabicDigits().month(month),
                    sheet.getRow(1).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(2).getCell(0).getStringCellValue().startsWith("ส่งแล้ว 2 จาก 3 อำเภอ"));
            Row header = sheet.getRow(BestPracticeDistrictsXlsx.HEADER_ROW);
            List<String> headings = BestPracticeDistrictsXlsx.headings();
            for (int i = 0; i < headings.size(); i++) {
                assertEquals(headings.get(i), header.getCell(i).getStringCellValue());
            }
            assertEquals("๑.๔ จำนวนขยะที่ขายได้/เดือน (กิโลกรัม)", header.getCell(7).getStringCellValue());
            for (int r = BestPracticeDistrictsXlsx.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                byCode.put(sheet.getRow(r).getCell(1).getStringCellValue(), sheet.getRow(r));
            }
        }
        assertEquals(3, byCode.size());
        Row mueang = byCode.get(MUEANG);
        assertEquals("อำเภอเมืองสมุทรสงคราม", mueang.getCell(2).getStringCellValue());
        assertEquals("ส่งแล้ว", mueang.getCell(3).getStringCellValue());
        assertEquals("ทต.ต้นแบบแม่กลอง", mueang.getCell(4).getStringCellValue());
        double[] figures = {2, 3, 4.0, 54.0};
        for (int i = 0; i < figures.length; i++) {
            assertEquals(CellType.NUMERIC, mueang.getCell(5 + i).getCellType(), "column " + (5 + i));
            assertEquals(figures[i], mueang.getCell(5 + i).getNumericCellValue(), 1e-9);
        }
        assertEquals(VIDEO, mueang.getCell(9).getStringCellValue());
        assertEquals(VIDEO, mueang.getCell(9).getHyperlink().getAddress());
        assertEquals(CellType.NUMERIC, mueang.getCell(10).getCellType(), "when, as a date");
        assertEquals(mueangOfficer.username(), mueang.getCell(11).getStringCellValue());
        assertEquals(1.0, byCode.get(BANG_KHONTHI).getCell(6).getNumericCellValue(), 1e-9);
        assertNull(byCode.get(BANG_KHONTHI).getCell(9), "no video, no link");
        Row amphawa = byCode.get(AMPHAWA);
        assertEquals("ยังไม่ส่ง", amphawa.getCell(3).getStringCellValue());
        assertNull(amphawa.getCell(5), "no figures for a district that has not filed");
        assertEquals(1, Db.count("SELECT COUNT(*) FROM audit_log WHERE action = 'BEST_PRACTICE_DISTRICTS_XLSX_EXPORTED'"
                + " AND username = ? AND target = ? AND detail = ?", provinceOfficer.username(), PROVINCE,
                "month=" + month));
    }

    @Test
    void theNationsSpreadsheetHasAProvinceARowWithItsFiledAndAllDistrictsAsNumbers() throws IOException {
        StaffClient national = StaffClient.signIn(api(), "NATIONAL", null);
        WebSession.Page file = national.get("/web/reports/best-practice-districts/xlsx?month=" + month);
        assertEquals(200, file.status(), file.body());
        assertTrue(file.header("Content-Disposition").contains("best-practice-districts-TH-" + month + ".xlsx"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            Sheet sheet = wb.getSheet(BestPracticeDistrictsXlsx.SHEET);
            Row header = sheet.getRow(BestPracticeDistrictsXlsx.HEADER_ROW);
            assertEquals("ส่งแล้ว (อำเภอ)", header.getCell(3).getStringCellValue());
            Row samutSongkhram = null;
            for (int r = BestPracticeDistrictsXlsx.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                if (PROVINCE.equals(sheet.getRow(r).getCell(1).getStringCellValue())) {
                    samutSongkhram = sheet.getRow(r);
                }
            }
            assertTrue(samutSongkhram != null && sheet.getLastRowNum() - BestPracticeDistrictsXlsx.HEADER_ROW >= 77,
                    "every province, Samut Songkhram among them");
            assertEquals("จังหวัดสมุทรสงคราม", samutSongkhram.getCell(2).getStringCellValue());
            assertEquals(2.0, samutSongkhram.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(3.0, samutSongkhram.getCell(4).getNumericCellValue(), 1e-9);
            assertEquals(1.0, samutSongkhram.getCell(5).getNumericCellValue(), 1e-9);
            assertEquals("ยังไม่ครบ", samutSongkhram.getCell(6).getStringCellValue());
        }
        assertEquals(1, Db.count("SELECT COUNT(*) FROM audit_log WHERE action = 'BEST_PRACTICE_DISTRICTS_XLSX_EXPORTED'"
                + " AND username = ? AND target = 'TH'", national.username()));
        assertEquals(403, provinceOfficer.get("/web/reports/best-practice-districts/xlsx?month=" + month).status());
    }

    @Test
    void anOfficerOutsideTheProvinceIsRefusedAndAnUnknownProvinceIsNotFound() {
        StaffClient otherProvince = StaffClient.signIn(api(), "PROVINCE", "10");
        for (String path : List.of(pagePath(), "/web/reports/best-practice-districts/75/xlsx?month=" + month)) {
            WebSession.Page refused = otherProvince.get(path);
            assertEquals(403, refused.status(), path);
            assertTrue(refused.header("Content-Type").startsWith("text/html") && refused.body().contains("error-message"));
            assertEquals(403, mueangOfficer.get(path).status(), "a district officer sees the form, not the province's list");
            assertEquals(403, StaffClient.signIn(api(), "ORG", model).get(path).status());
        }
        assertEquals(403, provinceOfficer.get("/web/reports/best-practice-districts").status(), "the nation's page");
        assertEquals(0, Db.count("SELECT COUNT(*) FROM audit_log WHERE action = 'BEST_PRACTICE_DISTRICTS_XLSX_EXPORTED'"
                + " AND username = ?", otherProvince.username()), "a refused download is not a download");

        StaffClient national = StaffClient.signIn(api(), "NATIONAL", null);
        for (String code : List.of("99", "7", "abc", "7501")) {
            assertEquals(404, national.get("/web/reports/best-practice-districts/" + code).status(), code);
            assertEquals(404, national.get("/web/reports/best-practice-districts/" + code + "/xlsx").status(), code);
        }
        Api.Response anonymous = api().get("/web/reports/best-practice-districts/75/xlsx", null);
        assertEquals(303, anonymous.status());
    }

    @Test
    void aMonthThatIsNotOneOrIsStillToComeIsAThaiPageNotAnError500() {
        String next = YearMonth.now(Dates.THAI).plusMonths(1).toString();
        for (String bad : List.of("2026-13", "ตุลาคม", next, "1999-01")) {
            for (String path : List.of("/web/reports/best-practice-districts/75?month=",
                    "/web/reports/best-practice-districts/75/xlsx?month=", "/web/reports/best-practice-districts?month=",
                    "/web/reports/best-practice-districts/xlsx?month=")) {
                StaffClient who = path.contains("/75") ? provinceOfficer : StaffClient.signIn(api(), "NATIONAL", null);
                WebSession.Page page = who.get(path + java.net.URLEncoder.encode(bad, java.nio.charset.StandardCharsets.UTF_8));
                assertEquals(400, page.status(), path + bad);
                assertTrue(page.header("Content-Type").startsWith("text/html") && page.body().contains("เดือนไม่ถูกต้อง"),
                        page.body());
            }
        }
    }

    /** The table row of a district (or, on the national page, a province). */
    private static String row(String html, String code) {
        Matcher m = Pattern.compile("<tr id=\"[dp]-" + code + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "no row " + code + " in " + html);
        return m.group(1);
    }

    private static String cell(String row, String cls) {
        Matcher m = Pattern.compile("class=\"[^\"]*\\b" + cls + "\"[^>]*>([^<]*)<").matcher(row);
        assertTrue(m.find(), "no " + cls + " in " + row);
        return m.group(1);
    }

    private static String formFigure(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>\\s*<b>([^<]*)</b>").matcher(html);
        assertTrue(m.find(), "no " + id + " in the form");
        return m.group(1);
    }
}
