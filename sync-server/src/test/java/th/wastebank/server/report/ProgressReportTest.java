package th.wastebank.server.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.wastebank.progress.MilestoneRecord;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.StaffClient;
import th.wastebank.server.support.WebSession;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.sync.SyncOp;
import th.wastebank.validation.Dates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "1 อปท. 1 ผลิตภัณฑ์" progress report and the late list of a district through the real server:
 * one อปท. that reported this round, one that never started, one that finished long ago.
 */
@SharedServer
class ProgressReportTest extends ServerTestBase {
    private static final String DISTRICT = "3603";
    private static final String VIDEO = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";
    /** The TikTok app's share link, which the อปท. that finished all five steps pasted. */
    private static final String SHORT = "https://vt.tiktok.com/ZSjqR8aBc/";
    private static final String FILE_NAME =
            "การเพิ่มมูลค่าจากขยะโดยผสมผสานกับอัตลักษณ์ท้องถิ่น (Soft Power) ขององค์การบริหารส่วนตำบลคอนสวรรค์.mp4";

    private final LocalDate today = LocalDate.now(Dates.THAI);
    private String active;
    private String idle;
    private String finished;
    private StaffClient officer;

    @BeforeAll
    void threeOrgsAtThreeStages() {
        active = TestOrgs.create("อบต.ก้าวหน้า", "360301");
        idle = TestOrgs.create("อบต.ยังไม่เริ่ม", "360301");
        finished = TestOrgs.create("อบต.ครบแล้ว", "360301");
        walk(active, Instant.now(), today.minusDays(12), 4);
        walk(finished, Instant.now().minus(Duration.ofDays(60)), today.minusDays(90), 5);
        // a round is decided by when the server received a report: this one reached it back then too
        Db.execute("UPDATE milestone m JOIN org o ON o.id = m.org_id SET m.received_at = m.recorded_at"
                + " WHERE o.code = '" + finished + "'");
        Db.execute("UPDATE product_receipt r JOIN org o ON o.id = r.org_id SET r.received_at = r.phone_at"
                + " WHERE o.code = '" + finished + "'");
        officer = StaffClient.signIn(api(), "DISTRICT", DISTRICT);
    }

    /** Records steps 1..{@code upTo}, a day apart from {@code first}, as a phone would at {@code at}. */
    private void walk(String org, Instant at, LocalDate first, int upTo) {
        Api.Device phone = api().pair(org);
        Ops ops = new Ops(at);
        UUID product = Ops.newId();
        List<SyncOp> steps = new ArrayList<>(List.of(
                ops.milestone(step(1, first, "ตะกร้าสานจากถุงพลาสติก", null, null, null, null)),
                ops.milestone(step(2, first.plusDays(1), null, 30L, null, null, null)),
                ops.product(product, "ตะกร้าสานลายผ้าทอ", 1),
                ops.milestone(step(3, first.plusDays(2), null, null, product, null, null)),
                ops.milestone(step(4, first.plusDays(3), null, null, null, upTo == 5 ? SHORT : VIDEO, 295L))));
        if (upTo == 5) {
            steps.add(ops.milestone(step(5, first.plusDays(4), null, null, null, SHORT, null)));
        }
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, steps).stream().distinct().toList());
    }

    private static MilestoneRecord step(long step, LocalDate day, String income, Long people, UUID product, String url,
                                        Long seconds) {
        return new MilestoneRecord(step, day, null, income, people, null, product, url, seconds,
                seconds == null ? null : FILE_NAME, List.of());
    }

    private static List<CSVRecord> csv(WebSession.Page file) throws IOException {
        assertEquals(200, file.status(), file.body());
        assertEquals("text/csv; charset=utf-8", file.header("Content-Type").toLowerCase());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(file.bytes(), 3),
                "UTF-8 with a byte-order mark, so Excel reads Thai");
        String text = new String(file.bytes(), 3, file.bytes().length - 3, StandardCharsets.UTF_8);
        return CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
    }

    @Test
    void theProgressCsvHasOneRowPerOrgWithItsStepsVideoAndWhetherItReportedThisRound() throws IOException {
        List<CSVRecord> records = csv(officer.get("/web/reports/progress/csv?area=" + DISTRICT));
        assertEquals(ProgressExports.headings(), records.get(0).toList());
        Map<String, CSVRecord> byOrg = records.subList(1, records.size()).stream()
                .collect(Collectors.toMap(r -> r.get(1), r -> r));
        assertTrue(records.subList(1, records.size()).stream().allMatch(r -> r.get(3).equals("คอนสวรรค์")),
                "only the district's อปท.");

        CSVRecord a = byOrg.get(active);
        assertEquals(List.of("อบต.ก้าวหน้า", "คอนสวรรค์", "ชัยภูมิ"), a.toList().subList(2, 5));
        assertEquals(List.of(today.minusDays(12).toString(), today.minusDays(11).toString(),
                today.minusDays(10).toString(), today.minusDays(9).toString(), ""), a.toList().subList(5, 10));
        assertEquals(List.of("1", VIDEO, "4:55", "รายงานแล้ว", today.toString(), today.toString()),
                a.toList().subList(10, 16), "received today, and the phone said today");

        CSVRecord b = byOrg.get(idle);
        assertEquals(List.of("", "", "", "", "", "0", "", "", "ยังไม่รายงาน", ""), b.toList().subList(5, 15));

        CSVRecord c = byOrg.get(finished);
        assertEquals(today.minusDays(86).toString(), c.get(9), "step 5");
        assertEquals("ครบ 5 ขั้นตอนแล้ว", c.get(13));
        assertEquals("", c.get(14));
        assertEquals(List.of(SHORT, "ลิงก์แบบย่อ"), List.of(c.get(11), c.get(16)), "kept as typed, marked short");
        assertEquals("", a.get(16));
        assertTrue(Db.count("SELECT COUNT(*) FROM audit_log WHERE action = 'PROGRESS_CSV_EXPORTED' AND username = ?"
                + " AND target = ?", officer.username(), DISTRICT) >= 1);
    }

    @Test
    void theProgressSpreadsheetHasBuddhistEraDateCellsAndNumbers() throws IOException {
        WebSession.Page file = officer.get("/web/reports/progress/xlsx?area=" + DISTRICT);
        assertEquals(200, file.status(), file.body());
        assertTrue(file.header("Content-Disposition").contains("progress-3603-"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            Sheet sheet = wb.getSheet(ProgressExports.SHEET);
            assertEquals(ProgressExports.TITLE, sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("อำเภอคอนสวรรค์ จังหวัดชัยภูมิ", sheet.getRow(1).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(2).getCell(0).getStringCellValue().startsWith("รอบรายงาน "));
            Row header = sheet.getRow(5);
            List<String> headings = ProgressExports.headings();
            for (int i = 0; i < headings.size(); i++) {
                assertEquals(headings.get(i), header.getCell(i).getStringCellValue());
            }
            Row a = null;
            List<String> codes = new ArrayList<>();
            for (int r = 6; r <= sheet.getLastRowNum(); r++) {
                codes.add(sheet.getRow(r).getCell(1).getStringCellValue());
                if (active.equals(sheet.getRow(r).getCell(1).getStringCellValue())) {
                    a = sheet.getRow(r);
                }
            }
            assertTrue(codes.containsAll(List.of(active, idle, finished)), codes.toString());
            assertEquals("อบต.ก้าวหน้า", a.getCell(2).getStringCellValue());
            for (int s = 0; s < 4; s++) {
                Cell day = a.getCell(5 + s);
                assertEquals(CellType.NUMERIC, day.getCellType());
                assertEquals(today.minusDays(12 - s), day.getLocalDateTimeCellValue().toLocalDate());
                assertTrue(day.getCellStyle().getDataFormatString().contains("[$-1070000]"), "shown in the Buddhist era");
            }
            assertNull(a.getCell(9), "step 5 not reached");
            assertEquals(1.0, a.getCell(10).getNumericCellValue());
            assertEquals(VIDEO, a.getCell(11).getStringCellValue());
            assertEquals(295, Math.round(a.getCell(12).getNumericCellValue() * 86_400));
            assertEquals("รายงานแล้ว", a.getCell(13).getStringCellValue());
            assertEquals(today, a.getCell(14).getLocalDateTimeCellValue().toLocalDate());
        }
    }

    @Test
    void theProgressPageListsTheOrgsAndLinksItsFiles() {
        WebSession.Page page = officer.get("/web/reports/progress?area=" + DISTRICT);
        assertEquals(200, page.status(), page.body());
        String html = page.body();
        assertTrue(html.contains("อบต.ก้าวหน้า") && html.contains("อบต.ยังไม่เริ่ม") && html.contains("อบต.ครบแล้ว"));
        assertTrue(html.contains("/web/reports/progress/xlsx?area=3603") && html.contains("/web/reports/progress/csv?area=3603"));
        assertEquals(200, officer.get("/web/reports/progress?round=last").status(), "the last round, of one's own district");
    }

    @Test
    void theLateListNamesWhoHasNotReportedThisRoundAndWhoMissedTheLast() throws IOException {
        List<CSVRecord> records = csv(officer.get("/web/reports/late/csv?area=" + DISTRICT));
        assertEquals(ProgressExports.lateHeadings(), records.get(0).toList());
        List<String> now = new ArrayList<>();
        List<String> last = new ArrayList<>();
        for (CSVRecord r : records.subList(1, records.size())) {
            if (List.of(active, idle, finished).contains(r.get(1))) {
                (r.get(0).startsWith("ยังไม่รายงานในรอบนี้") ? now : last).add(r.get(1));
            }
        }
        assertEquals(List.of(idle), now, "the one that reported this round and the finished one are not expected");
        assertTrue(last.contains(idle) && last.contains(active) && !last.contains(finished), last.toString());
        CSVRecord idleRow = records.stream().filter(r -> r.get(1).equals(idle)).findFirst().orElseThrow();
        assertEquals(List.of("อบต.ยังไม่เริ่ม", "คอนสวรรค์", "ชัยภูมิ", "0", "", "ผลิตภัณฑ์, วิดีโอ"),
                idleRow.toList().subList(2, 8));

        String page = officer.get("/web/reports/late?area=" + DISTRICT).body();
        assertTrue(page.contains("อบต.ยังไม่เริ่ม") && page.contains("/web/reports/late/csv?area=3603"));
        assertTrue(Db.count("SELECT COUNT(*) FROM audit_log WHERE action = 'LATE_LIST_CSV_EXPORTED' AND username = ?",
                officer.username()) >= 1);
    }

    @Test
    void areaReportsAreOnlyForStaffWhoseAreaHoldsThem() {
        StaffClient neighbour = StaffClient.signIn(api(), "DISTRICT", "3604");
        for (String path : List.of("/web/reports/progress", "/web/reports/progress/xlsx", "/web/reports/progress/csv",
                "/web/reports/late", "/web/reports/late/csv")) {
            assertEquals(403, neighbour.get(path + "?area=" + DISTRICT).status(), path);
            assertEquals(403, neighbour.get(path + "?area=36").status(), path + " of the province");
            assertEquals(200, neighbour.get(path).status(), path + " without an area is one's own district");
            assertEquals(404, neighbour.get(path + "?area=36%27--").status(), path);
        }
        String own = neighbour.get("/web/reports/progress/csv").body();
        assertTrue(own.lines().skip(1).allMatch(l -> l.contains(",เกษตรสมบูรณ์,")) && !own.contains(active), own);
        StaffClient province = StaffClient.signIn(api(), "PROVINCE", "36");
        assertEquals(200, province.get("/web/reports/progress/csv?area=" + DISTRICT).status());
        assertTrue(province.get("/web/reports/progress/csv").body().contains("อบต.ก้าวหน้า"), "the province's own");
        assertEquals(403, StaffClient.signIn(api(), "ORG", active).get("/web/reports/late?area=" + DISTRICT).status());
        assertTrue(StaffClient.signIn(api(), "NATIONAL", null).get("/web/reports/progress/csv").body()
                .contains("อบต.ครบแล้ว"), "the nation's");
    }
}
