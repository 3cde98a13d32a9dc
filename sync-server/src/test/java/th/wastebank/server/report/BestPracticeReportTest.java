package th.wastebank.server.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.wastebank.deposit.DepositLine;
import th.wastebank.deposit.DepositRecord;
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
import th.wastebank.server.support.WebSession;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.sync.SyncOp;
import th.wastebank.validation.Dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The district best-practice form through the real server: data pushed by a phone, a district
 * officer signed in through the sign-in form, and the page, the PDF and the spreadsheet read back.
 */
@SharedServer
class BestPracticeReportTest extends ServerTestBase {
    private static final String DISTRICT = "3601";
    private static final String OTHER_DISTRICT = "3602";
    private static final String MONTH = "2026-10";
    private static final Instant IN_OCTOBER = Instant.parse("2026-10-10T03:00:00Z");

    private String model;
    private String neighbour;
    private StaffClient officer;

    @BeforeAll
    void aModelWasteBankWithAMonthOfDepositsAndSales() {
        model = TestOrgs.create("อบต.ต้นแบบน้ำใส", "360101");
        neighbour = TestOrgs.create("อบต.บ้านเขว้าทดสอบ", "360201");
        Api.Device phone = api().pair(model);
        Ops ops = new Ops(IN_OCTOBER);
        UUID somsri = Ops.newId();
        UUID somchai = Ops.newId();
        UUID boonmee = Ops.newId();
        UUID noVillage = Ops.newId();
        UUID joinedLater = Ops.newId();
        SyncOp mistaken = ops.deposit(boonmee, 1_000);
        UUID buyer = Ops.newId();
        List<SyncOp> pushed = List.of(
                member(ops, somsri, "นางสมศรี ใจดี", "บ้านโนนสะอาด หมู่ 1", LocalDate.of(2025, 6, 1)),
                member(ops, somchai, "นายสมชาย ใจดี", "บ้านโนนสะอาด หมู่ 1", LocalDate.of(2025, 6, 1)),
                member(ops, boonmee, "นายบุญมี มีสุข", "บ้านหนองบัว หมู่ 2", LocalDate.of(2026, 1, 15)),
                member(ops, noVillage, "นางสาวไม่มี หมู่บ้าน", null, LocalDate.of(2026, 2, 1)),
                member(ops, joinedLater, "นายมาใหม่ ทีหลัง", "บ้านใหม่ หมู่ 7", LocalDate.of(2026, 11, 2)),
                ops.deposit(somsri, 2_500),
                ops.deposit(somchai, DepositLine.priced("ALU_CAN", 1_200, 4_000), DepositLine.priced("PAPER_MIXED", 3_075, 250)),
                mistaken,
                ops.op(Ops.newId(), DepositRecord.of(somsri, Instant.parse("2026-09-15T03:00:00Z"),
                        List.of(DepositLine.priced("PET_CLEAR", 5_000, 800)))),
                ops.withdrawal(somsri, 1_000),
                ops.reverse(mistaken.entityId(), "ชั่งซ้ำ"),
                ops.op(buyer, new BuyerUpsert("ร้านรับซื้อของเก่าทดสอบ", "SHOP", null, null)),
                sale(ops, buyer, LocalDate.of(2026, 10, 20), SaleLine.priced("ALU_CAN", 1_000, 4_500),
                        SaleLine.priced("PAPER_MIXED", 3_000, 300)),
                sale(ops, buyer, LocalDate.of(2026, 10, 31), SaleLine.priced("PET_CLEAR", 250, 1_000)),
                sale(ops, buyer, LocalDate.of(2026, 9, 30), SaleLine.priced("PET_CLEAR", 5_000, 900)));
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, pushed).stream().distinct().toList());
        officer = StaffClient.signIn(api(), "DISTRICT", DISTRICT);
    }

    private static SyncOp sale(Ops ops, UUID buyer, LocalDate day, SaleLine... lines) {
        List<SaleLine> all = List.of(lines);
        return ops.op(Ops.newId(), new SaleRecord(buyer, day, all, all.stream().mapToLong(SaleLine::amount).sum(), null,
                "นางสมศรี ใจดี"));
    }

    private static SyncOp member(Ops ops, UUID id, String name, String village, LocalDate joined) {
        return ops.op(id, new MemberUpsert(name, "1", village, null, joined, 1));
    }

    private String formPath() {
        return "/web/reports/best-practice/" + DISTRICT + "?month=" + MONTH + "&org=" + model;
    }

    private static String byId(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>\\s*<b>([^<]*)</b>").matcher(html);
        assertTrue(m.find(), "no " + id + " in the page");
        return m.group(1);
    }

    /**
     * The org's dashboard and the official form count villages and members by the one definition
     * (a village trimmed, a blank one none; a member active once joined): the same figures even
     * for villages stored empty or as spaces (rows a phone can no longer send).
     */
    @Test
    void theDashboardAndTheFormCountTheSameVillagesAndMembersWhenSomeVillagesAreBlankOrSpaces() {
        String org = TestOrgs.create("อบต.หมู่บ้านว่าง", "360101");
        Api.Device phone = api().pair(org);
        Ops ops = new Ops(Instant.now());
        List<String> villages = List.of("บ้านโนนสะอาด", "บ้านโนนสะอาด", "บ้านหนองบัว", "ว่าง", "ช่องว่าง", "ต้นช่องว่าง");
        List<SyncOp> members = new ArrayList<>();
        for (int i = 0; i < villages.size(); i++) {
            members.add(member(ops, Ops.newId(), "สมาชิก " + i, villages.get(i), LocalDate.of(2025, 6, 1)));
        }
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, members).stream().distinct().toList());
        String ofOrg = "UPDATE member m JOIN org o ON o.id = m.org_id SET m.village = %s WHERE o.code = '" + org
                + "' AND m.village = %s";
        Db.execute(String.format(ofOrg, "''", "'ว่าง'"));
        Db.execute(String.format(ofOrg, "'   '", "'ช่องว่าง'"));
        Db.execute(String.format(ofOrg, "'  บ้านหนองบัว'", "'ต้นช่องว่าง'"));
        assertEquals(4, Db.count("SELECT COUNT(DISTINCT m.village) FROM member m JOIN org o ON o.id = m.org_id"
                + " WHERE o.code = ? AND m.village IS NOT NULL", org),
                "four villages as the dashboard counted them before: the blank one and one with spaces in front");

        WebSession.Page dashboard = officer.get("/web/orgs/" + org);
        WebSession.Page form = officer.get("/web/reports/best-practice/" + DISTRICT + "?month="
                + YearMonth.now(Dates.THAI) + "&org=" + org);

        assertEquals(200, dashboard.status(), dashboard.body());
        assertEquals(200, form.status(), form.body());
        assertEquals("2", figure(dashboard.body(), "หมู่บ้าน/ชุมชนที่เข้าร่วม"), "blank and spaces are no village");
        assertEquals("2", byId(form.body(), "v-villages"));
        assertEquals("6", figure(dashboard.body(), "สมาชิก"));
        assertEquals("6", byId(form.body(), "v-members"));
    }

    private static String figure(String html, String label) {
        Matcher m = Pattern.compile("<b>([^<]*)</b><span>" + Pattern.quote(label) + "</span>").matcher(html);
        assertTrue(m.find(), "no figure " + label + " on the dashboard");
        return m.group(1);
    }

    @Test
    void partOneCountsExactlyTheVillagesMembersAndTheKilogramsAndBahtSoldToBuyersInTheMonth() {
        WebSession.Page page = officer.get(formPath());
        assertEquals(200, page.status(), page.body());
        String html = page.body();
        assertEquals("2", byId(html, "v-villages"), "two named villages among the members who had joined by October");
        assertEquals("4", byId(html, "v-members"), "the member who joined in November is not counted for October");
        assertEquals("4.25", byId(html, "v-kg"), "1,000 + 3,000 + 250 g sold in October; September's sale left out,"
                + " and what members deposited is not what the bank sold");
        assertEquals("56.50", byId(html, "v-baht"), "45.00 + 9.00 + 2.50 baht from the buyers");
        assertTrue(html.contains("อบต.ต้นแบบน้ำใส") && html.contains("เมืองชัยภูมิ"), "๑.๑ names the อปท. and the district");
        assertTrue(html.contains(BestPracticeForm.SOLD_NOTE), "the page says where ขายได้ comes from");
        assertFalse(html.contains(BestPracticeForm.NOT_SOLD_NOTE));
        assertTrue(html.contains(">" + BestPracticeForm.NO_WELFARE_DATA + "</textarea>"), "๑.๖ says there is no welfare data yet");
        for (BestPracticeForm.Question q : BestPracticeForm.questions().toList()) {
            assertTrue(html.contains(q.label()), q.label());
        }
    }

    @Test
    void aMonthInWhichTheBankSoldNothingSaysSoUnderPartOne() {
        WebSession.Page page = officer.get("/web/reports/best-practice/" + DISTRICT + "?month=2026-11&org=" + model);
        assertEquals(200, page.status(), page.body());
        String html = page.body();
        assertEquals("0", byId(html, "v-kg"), "no sale in November, though members deposited in October");
        assertEquals("0.00", byId(html, "v-baht"));
        assertTrue(html.contains(BestPracticeForm.NOT_SOLD_NOTE), "the form says no sale was recorded that month");
        assertFalse(html.contains(BestPracticeForm.SOLD_NOTE));
    }

    @Test
    void itemOneSixDescribesTheWelfareTheBankRunsFromItsData() {
        String caring = TestOrgs.create("อบต.สวัสดิการดี", "360101");
        Api.Device phone = api().pair(caring);
        Ops ops = new Ops(IN_OCTOBER);
        UUID member = Ops.newId();
        UUID scheme = Ops.newId();
        UUID claim = Ops.newId();
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, List.of(
                member(ops, member, "นางบุญเรือน ใจบุญ", "บ้านโนนสะอาด หมู่ 1", LocalDate.of(2024, 1, 1)),
                ops.funeralScheme(scheme, 300_000, 2_000, 6),
                ops.contribution(500_000),
                ops.claim(claim, scheme, member, LocalDate.of(2026, 10, 9)),
                ops.payout(claim, 300_000))).stream().distinct().toList());
        String html = officer.get("/web/reports/best-practice/" + DISTRICT + "?month=" + MONTH + "&org=" + caring).body();
        assertTrue(html.contains("ฌาปนกิจสงเคราะห์สมาชิก (ฌาปนกิจ) จ่ายครั้งละ 3,000.00 บาท"
                + " เงินจากหักจากบัญชีสมาชิกทุกคนต่อเหตุการณ์ 20.00 บาท — ถึงสิ้นเดือนจ่ายสวัสดิการแล้ว 1 ราย"
                + " รวม 3,000.00 บาท กองทุนสวัสดิการคงเหลือ 2,000.00 บาท"), html);
        assertFalse(html.contains(">" + BestPracticeForm.NO_WELFARE_DATA + "</textarea>"), "the textarea holds the data, not the blank");
    }

    @Test
    void itemOneSixLeavesOutAPayoutThatWasReversedAndCountsItBackIntoTheFund() {
        String caring = TestOrgs.create("อบต.จ่ายผิดคืนแล้ว", "360101");
        Api.Device phone = api().pair(caring);
        Ops ops = new Ops(IN_OCTOBER);
        UUID first = Ops.newId();
        UUID second = Ops.newId();
        UUID scheme = Ops.newId();
        UUID paidClaim = Ops.newId();
        UUID wrongClaim = Ops.newId();
        SyncOp wrongPayout = ops.payout(wrongClaim, 300_000);
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, List.of(
                member(ops, first, "นางบุญเรือน ใจบุญ", "บ้านโนนสะอาด หมู่ 1", LocalDate.of(2024, 1, 1)),
                member(ops, second, "นายบุญมา ใจบุญ", "บ้านโนนสะอาด หมู่ 1", LocalDate.of(2024, 1, 1)),
                ops.funeralScheme(scheme, 300_000, 2_000, 6),
                ops.contribution(900_000),
                ops.claim(paidClaim, scheme, first, LocalDate.of(2026, 10, 9)),
                ops.claim(wrongClaim, scheme, second, LocalDate.of(2026, 10, 9)),
                ops.payout(paidClaim, 300_000),
                wrongPayout)).stream().distinct().toList());
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, List.of(ops.reverse(wrongPayout.entityId(), "จ่ายผิดราย"))));
        String html = officer.get("/web/reports/best-practice/" + DISTRICT + "?month=" + MONTH + "&org=" + caring).body();
        assertTrue(html.contains("ถึงสิ้นเดือนจ่ายสวัสดิการแล้ว 1 ราย รวม 3,000.00 บาท กองทุนสวัสดิการคงเหลือ 6,000.00 บาท"),
                html);
    }

    @Test
    void theSpreadsheetIsLaidOutLikeTheFormWithNumbersAsNumbers() throws IOException {
        saveAnswers(officer, "2026-08", Map.of("a_2_1_1", "ผู้นำต้องทำก่อน ผู้ใหญ่บ้านพาทำทุกเดือน",
                "a_1_6", "ฌาปนกิจสงเคราะห์ หักบัญชีละ 20 บาทต่อศพ",
                "videoUrl", "https://youtu.be/dQw4w9WgXcQ"));
        WebSession.Page file = officer.get("/web/reports/best-practice/" + DISTRICT + "/xlsx?month=2026-08&org=" + model);
        assertEquals(200, file.status(), file.body());
        assertTrue(file.header("Content-Type").startsWith(Downloads.XLSX), file.header("Content-Type"));
        assertTrue(file.header("Content-Disposition").contains("best-practice-3601-2026-08"));
        Map<String, Row> rows = new HashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            Sheet sheet = wb.getSheet(BestPracticeXlsx.SHEET);
            assertNotNull(sheet);
            assertEquals(BestPracticeForm.TITLE, sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("อำเภอเมืองชัยภูมิ จังหวัดชัยภูมิ  ประจำเดือน สิงหาคม 2569",
                    sheet.getRow(1).getCell(0).getStringCellValue());
            for (Row row : sheet) {
                Cell label = row.getCell(1);
                if (label != null && label.getCellType() == CellType.STRING) {
                    rows.put(label.getStringCellValue(), row);
                }
            }
            assertEquals("๑.๑", text(rows.get(BestPracticeForm.ITEM_1_1), 0));
            assertEquals("อบต.ต้นแบบน้ำใส", text(rows.get(BestPracticeForm.ITEM_1_1), 2));
            assertEquals("เมืองชัยภูมิ", text(rows.get(BestPracticeForm.ITEM_1_1_DISTRICT), 2));
            assertNumber(rows.get(BestPracticeForm.ITEM_1_2), "๑.๒", 2, BestPracticeForm.UNIT_PLACES);
            assertNumber(rows.get(BestPracticeForm.ITEM_1_3), "๑.๓", 4, BestPracticeForm.UNIT_PEOPLE);
            assertNumber(rows.get(BestPracticeForm.ITEM_1_4), "๑.๔", 0, BestPracticeForm.UNIT_KG);
            assertNumber(rows.get(BestPracticeForm.ITEM_1_5), "๑.๕", 0, BestPracticeForm.UNIT_BAHT);
            assertEquals("ฌาปนกิจสงเคราะห์ หักบัญชีละ 20 บาทต่อศพ", text(rows.get(BestPracticeForm.ITEM_1_6), 2));
            assertEquals(BestPracticeForm.PART2, sheet.getRow(rows.get(BestPracticeForm.ITEM_1_6).getRowNum() + 3)
                    .getCell(0).getStringCellValue());
            for (BestPracticeForm.Section s : BestPracticeForm.PART2_SECTIONS) {
                assertEquals(s.number(), text(rows.get(s.title()), 0));
                for (BestPracticeForm.Question q : s.questions()) {
                    assertEquals(q.number(), text(rows.get(q.label()), 0), q.label());
                }
            }
            assertEquals("ผู้นำต้องทำก่อน ผู้ใหญ่บ้านพาทำทุกเดือน", text(rows.get("ปัจจัยความสำเร็จ"), 2));
            assertEquals("", text(rows.get("กลวิธีในการขับเคลื่อนธนาคารขยะ"), 2));
            Row video = rows.get(BestPracticeForm.PART3_ITEM);
            assertEquals("https://youtu.be/dQw4w9WgXcQ", text(video, 2));
            assertEquals("https://youtu.be/dQw4w9WgXcQ", video.getCell(2).getHyperlink().getAddress());
        }

        WebSession.Page october = officer.get("/web/reports/best-practice/" + DISTRICT + "/xlsx?month=" + MONTH
                + "&org=" + model);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(october.bytes()))) {
            Sheet sheet = wb.getSheet(BestPracticeXlsx.SHEET);
            List<Double> numbers = new ArrayList<>();
            for (Row row : sheet) {
                Cell c = row.getCell(2);
                if (c != null && c.getCellType() == CellType.NUMERIC) {
                    numbers.add(c.getNumericCellValue());
                }
            }
            assertEquals(List.of(2.0, 4.0, 4.25, 56.5), numbers, "villages, members, kg and baht sold as numeric cells");
            assertEquals(BestPracticeForm.NO_WELFARE_DATA, text(sheet.getRow(10), 2));
        }
    }

    @Test
    void thePdfCarriesTheFormsThaiLabelsAndFiguresInEmbeddedSarabun() throws IOException {
        WebSession.Page file = officer.get("/web/reports/best-practice/" + DISTRICT + "/pdf?month=" + MONTH
                + "&org=" + model);
        assertEquals(200, file.status(), file.body());
        assertEquals(Downloads.PDF, file.header("Content-Type"));
        PdfReader pdf = new PdfReader(file.bytes());
        assertTrue(pdf.getPageSize(1).getWidth() > 594 && pdf.getPageSize(1).getWidth() < 596, "A4");
        List<String> fonts = embeddedFonts(pdf);
        assertFalse(fonts.isEmpty());
        assertTrue(fonts.stream().allMatch(f -> f.contains("Sarabun")), fonts.toString());

        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(pdf);
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            text.append(extractor.getTextFromPage(p));
        }
        String found = skeleton(text.toString());
        List<String> labels = new ArrayList<>(List.of(BestPracticeForm.TITLE, BestPracticeForm.PART1,
                BestPracticeForm.ITEM_1_1, BestPracticeForm.ITEM_1_2, BestPracticeForm.ITEM_1_3, BestPracticeForm.ITEM_1_4,
                BestPracticeForm.ITEM_1_5, BestPracticeForm.ITEM_1_6, BestPracticeForm.PART2, BestPracticeForm.PART3,
                BestPracticeForm.PART3_ITEM, BestPracticeForm.NO_WELFARE_DATA, "อบต.ต้นแบบน้ำใส", "อำเภอเมืองชัยภูมิ",
                "ประจำเดือน ตุลาคม 2569", "4.25 กิโลกรัม", "56.50 บาท", "4 คน", "2 แห่ง"));
        BestPracticeForm.PART2_SECTIONS.forEach(s -> {
            labels.add(s.number() + " " + s.title());
            s.questions().forEach(q -> labels.add(q.number() + " " + q.label()));
        });
        for (String label : labels) {
            assertTrue(found.contains(skeleton(label)), "missing in the PDF: " + label);
        }
        assertTrue(Db.count("SELECT COUNT(*) FROM audit_log WHERE action = 'BEST_PRACTICE_PDF_EXPORTED' AND username = ?"
                + " AND target = ?", officer.username(), DISTRICT) >= 1);
    }

    @Test
    void thaiDigitsAreAnOptionOfThePdf() throws IOException {
        WebSession.Page file = officer.get("/web/reports/best-practice/" + DISTRICT + "/pdf?month=" + MONTH
                + "&org=" + model + "&digits=th");
        String text = skeleton(new PdfTextExtractor(new PdfReader(file.bytes())).getTextFromPage(1));
        assertTrue(text.contains(skeleton("๔.๒๕ กิโลกรัม")) && text.contains(skeleton("๕๖.๕๐ บาท"))
                && text.contains(skeleton("ตุลาคม ๒๕๖๙")), text);
    }

    @Test
    void partsTwoAndThreeAreSavedAndComeBackOnThePage() {
        WebSession.Page saved = saveAnswers(officer, "2026-07", Map.of(
                "a_2_4_3", "เครือข่าย อถล. โรงเรียน และวัดในพื้นที่", "a_2_3_1", "ค่าเก็บขนลดลง 12,000 บาทต่อปี",
                "videoUrl", "https://www.youtube.com/shorts/dQw4w9WgXcQ"));
        assertEquals(303, saved.status(), saved.body());
        assertTrue(saved.header("Location").contains("saved=1"));
        String json = Db.string("SELECT part2 FROM best_practice_report WHERE district_code = ? AND month = '2026-07-01'",
                DISTRICT);
        Map<String, Object> part2 = Api.parse(json);
        assertEquals("เครือข่าย อถล. โรงเรียน และวัดในพื้นที่", part2.get("2.4.3"));
        assertEquals("ค่าเก็บขนลดลง 12,000 บาทต่อปี", part2.get("2.3.1"));
        assertEquals("https://www.youtube.com/shorts/dQw4w9WgXcQ", Db.string("SELECT video_url FROM best_practice_report"
                + " WHERE district_code = ? AND month = '2026-07-01'", DISTRICT));
        String page = officer.get(saved.header("Location")).body();
        assertTrue(page.contains("เครือข่าย อถล. โรงเรียน และวัดในพื้นที่") && page.contains("id=\"bp-saved\""), page);
        assertEquals(1, Db.count("SELECT COUNT(*) FROM audit_log WHERE action = 'BEST_PRACTICE_SAVED' AND username = ?"
                + " AND detail LIKE '%2026-07%'", officer.username()));
    }

    @Test
    void aVideoLinkOffYouTubeIsRefusedAndWhatWasTypedIsKept() {
        WebSession.Page refused = saveAnswers(officer, "2026-06", Map.of("a_2_1_2", "ประชาคมทุกหมู่บ้าน",
                "videoUrl", "https://example.com/video.mp4"));
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("ประชาคมทุกหมู่บ้าน") && refused.body().contains("ต้องเป็นลิงก์วิดีโอบน YouTube"));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM best_practice_report WHERE district_code = ?"
                + " AND month = '2026-06-01'", DISTRICT));
    }

    @Test
    void savingWithoutTheFormsCsrfTokenIsRefused() {
        Map<String, String> form = new HashMap<>(Map.of("month", "2026-05", "org", model, "a_2_1_1", "ไม่ควรถูกบันทึก"));
        assertEquals(403, officer.postForm("/web/reports/best-practice/" + DISTRICT, form).status());
        form.put("_csrf", "not-the-token");
        assertEquals(403, officer.postForm("/web/reports/best-practice/" + DISTRICT, form).status());
        assertEquals(0, Db.count("SELECT COUNT(*) FROM best_practice_report WHERE district_code = ?"
                + " AND month = '2026-05-01'", DISTRICT));
    }

    @Test
    void aDistrictOfficerCannotSeeOrDownloadAnotherDistrictsReportEvenByGuessingUrls() {
        StaffClient other = StaffClient.signIn(api(), "DISTRICT", OTHER_DISTRICT);
        String query = "?month=" + MONTH + "&org=" + model;
        WebSession.Page refused = other.get("/web/reports/best-practice/" + DISTRICT + query);
        assertTrue(refused.header("Content-Type").startsWith("text/html") && refused.body().contains("error-message"),
                "a refusal is a page in Thai, not an error 500");
        for (String path : List.of("", "/pdf", "/xlsx")) {
            assertEquals(403, other.get("/web/reports/best-practice/" + DISTRICT + path + query).status(), path);
            assertEquals(404, other.get("/web/reports/best-practice/" + OTHER_DISTRICT + path + query).status(),
                    "another district's อปท. under one's own district: " + path);
        }
        assertEquals(200, other.get("/web/reports/best-practice/" + OTHER_DISTRICT + "?month=" + MONTH + "&org="
                + neighbour).status());
        String token = other.csrf("/web/reports/best-practice/" + OTHER_DISTRICT);
        assertEquals(403, other.postForm("/web/reports/best-practice/" + DISTRICT, Map.of("_csrf", token,
                "month", "2026-04", "org", model, "a_2_1_1", "แอบแก้")).status());
        assertEquals(0, Db.count("SELECT COUNT(*) FROM best_practice_report WHERE district_code = ?"
                + " AND month = '2026-04-01'", DISTRICT));

        StaffClient orgStaff = StaffClient.signIn(api(), "ORG", model);
        assertEquals(403, orgStaff.get("/web/reports/best-practice/" + DISTRICT + "/pdf" + query).status());
        StaffClient province = StaffClient.signIn(api(), "PROVINCE", "36");
        assertEquals(200, province.get("/web/reports/best-practice/" + DISTRICT + "/pdf" + query).status());
        assertEquals(403, StaffClient.signIn(api(), "PROVINCE", "10").get("/web/reports/best-practice/" + DISTRICT
                + "/xlsx" + query).status());
    }

    @Test
    void theDistrictAndOrgPagesLinkToTheReports() {
        String district = officer.get("/web/districts/" + DISTRICT).body();
        assertTrue(district.contains("href=\"/web/reports/best-practice/3601\"")
                && district.contains("href=\"/web/reports/progress?area=3601\"")
                && district.contains("href=\"/web/reports/late?area=3601\""), district);
        String org = officer.get("/web/orgs/" + model).body();
        assertTrue(org.contains("href=\"/web/reports/best-practice/3601?org=" + model + "\""), org);
    }

    @Test
    void withoutSigningInTheReportSendsYouToTheSignInPage() {
        Api.Response r = api().get("/web/reports/best-practice/" + DISTRICT + "/pdf?month=" + MONTH, null);
        assertEquals(303, r.status());
        assertTrue(r.raw().headers().firstValue("Location").orElse("").startsWith("/login"));
    }

    private WebSession.Page saveAnswers(StaffClient who, String month, Map<String, String> answers) {
        Map<String, String> form = new HashMap<>(answers);
        form.put("_csrf", who.csrf("/web/reports/best-practice/" + DISTRICT + "?month=" + month + "&org=" + model));
        form.put("month", month);
        form.put("org", model);
        return who.postForm("/web/reports/best-practice/" + DISTRICT, form);
    }

    private static String text(Row row, int column) {
        assertNotNull(row);
        Cell c = row.getCell(column);
        return c == null ? "" : c.getStringCellValue();
    }

    private static void assertNumber(Row row, String number, double value, String unit) {
        assertNotNull(row);
        assertEquals(number, row.getCell(0).getStringCellValue());
        assertEquals(CellType.NUMERIC, row.getCell(2).getCellType());
        assertEquals(value, row.getCell(2).getNumericCellValue(), 1e-9);
        assertEquals(unit, row.getCell(3).getStringCellValue());
    }

    /** BaseFont names of the PDF's fonts, each checked to be a Type 0 font embedded with Identity-H. */
    private static List<String> embeddedFonts(PdfReader pdf) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < pdf.getXrefSize(); i++) {
            PdfObject o = pdf.getPdfObject(i);
            if (o instanceof PdfDictionary d && PdfName.FONT.equals(d.get(PdfName.TYPE))
                    && !PdfName.CIDFONTTYPE2.equals(d.get(PdfName.SUBTYPE))) {
                assertEquals(PdfName.TYPE0, d.get(PdfName.SUBTYPE), "only embedded Type 0 fonts, no Helvetica");
                assertEquals(new PdfName("Identity-H"), d.get(PdfName.ENCODING));
                PdfDictionary cid = (PdfDictionary) PdfReader.getPdfObject(
                        d.getAsArray(PdfName.DESCENDANTFONTS).getPdfObject(0));
                PdfDictionary descriptor = cid.getAsDict(PdfName.FONTDESCRIPTOR);
                assertNotNull(descriptor.get(PdfName.FONTFILE2), "font file embedded");
                names.add(d.get(PdfName.BASEFONT).toString());
            }
        }
        return names;
    }

    /**
     * Text as a PDF text extractor can give it back: OpenPDF's ToUnicode map has no entry for the
     * glyphs the font substitutes for a tone mark over an upper vowel (ที่ is drawn right but reads
     * back as ที), and the extractor inserts spaces between shaped glyphs. So compare letters only:
     * NFKC, no spaces, no above/below vowels and tone marks.
     */
    private static String skeleton(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E]", "");
    }
}
