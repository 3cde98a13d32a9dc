package th.wastebank.server.report;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.wastebank.server.support.Db;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.StaffClient;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.server.support.WebSession;
import th.wastebank.validation.Dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The district best-practice video as Uttaradit's letter asks it, through the real server: the
 * district states presenter, length, file name and logos on the form; unmet items are saved and shown
 * with their Thai reasons on the form and the province's page (and printed in the PDF), never refused. Uttaradit's due
 * date is seeded from its letter (14 Feb 2025), so a form saved now is late; only a province's own
 * officer sets its due date, audited.
 */
@SharedServer
class DistrictVideoChecklistTest extends ServerTestBase {
    private static final String UTTARADIT = "53";
    private static final String MUEANG = "5301";
    private static final String PHRAE = "54";
    private static final String GOOD_NAME = "ธนาคารขยะต้นแบบระดับอำเภอ (Best Practice) อำเภอเมืองอุตรดิตถ์จังหวัดอุตรดิตถ์.mp4";

    private final YearMonth month = YearMonth.now(Dates.THAI).minusMonths(3);
    private String model;
    private StaffClient district;

    @BeforeAll
    void aModelOrgAndItsDistrictOfficer() {
        model = TestOrgs.create("ทม.ต้นแบบอุตรดิตถ์", "530101");
        district = StaffClient.signIn(api(), "DISTRICT", MUEANG);
    }

    private WebSession.Page file(Map<String, String> checklist) {
        String path = "/web/reports/best-practice/" + MUEANG;
        Map<String, String> form = new HashMap<>(Map.of("month", month.toString(), "org", model,
                "videoUrl", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"));
        form.putAll(checklist);
        form.put("_csrf", district.csrf(path + "?month=" + month + "&org=" + model));
        return district.postForm(path, form);
    }

    private String formPage() {
        return district.get("/web/reports/best-practice/" + MUEANG + "?month=" + month + "&org=" + model).body();
    }

    @Test
    void unmetItemsAreSavedAndShownWithTheirThaiReasonsOnTheFormAndTheProvincesPage() {
        assertEquals(303, file(Map.of("a_3_presenter", "OTHER", "a_3_length", "6:10", "a_3_fileName", "วิดีโออำเภอ.mp4",
                "a_3_logo_MOI", "1", "a_3_logo_DLA", "1", "a_3_logo_LOCAL_VOLUNTEERS", "1", "a_3_logo_AREA", "1"))
                .status(), "saved, not refused");
        List<String> reasons = List.of("ผู้นำเสนอไม่ใช่นายอำเภอ ตามหนังสือจังหวัดให้นายอำเภอเป็นผู้นำเสนอ",
                "วิดีโอยาวเกิน ๕ นาที", "ชื่อไฟล์ไม่ขึ้นต้นด้วย &quot;ธนาคารขยะต้นแบบระดับอำเภอ (Best Practice) อำเภอ&quot;",
                "ไม่มีตราสัญลักษณ์: SDG Wheel", "ตราสัญลักษณ์ไม่อยู่มุมบนขวา");
        String form = formPage();
        for (String reason : reasons) {
            assertTrue(form.contains(reason), reason + " on the form");
        }
        assertTrue(form.contains("value=\"6:10\""), "the length as typed");

        StaffClient province = StaffClient.signIn(api(), "PROVINCE", UTTARADIT);
        String page = province.get("/web/reports/best-practice-districts/" + UTTARADIT + "?month=" + month).body();
        String row = page.substring(page.indexOf("id=\"d-" + MUEANG + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        for (String reason : reasons) {
            assertTrue(row.contains(reason), reason + " on the province's page: " + row);
        }

        WebSession.Page pdf = district.get("/web/reports/best-practice/" + MUEANG + "/pdf?month=" + month + "&org=" + model);
        assertEquals(200, pdf.status());
        assertEquals("%PDF", new String(pdf.bytes(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

        assertEquals(303, file(Map.of("a_3_presenter", "DISTRICT_CHIEF", "a_3_length", "4:45", "a_3_fileName", GOOD_NAME,
                "a_3_logo_MOI", "1", "a_3_logo_DLA", "1", "a_3_logo_LOCAL_VOLUNTEERS", "1", "a_3_logo_SDG_WHEEL", "1",
                "a_3_logo_AREA", "1", "a_3_logosTopRight", "1")).status());
        assertFalse(formPage().contains("id=\"bp-video-unmet\""), "all met: nothing listed");

        WebSession.Page typo = file(Map.of("a_3_length", "ห้านาที"));
        assertEquals(400, typo.status());
        assertTrue(typo.body().contains("ความยาววิดีโอต้องเป็นนาที:วินาที เช่น 4:30"), "a length that is not one is refused");
    }

    @Test
    void uttaraditsDueDateIsItsLettersAndAFormSavedAfterItIsLate() {
        assertEquals(303, file(Map.of("a_3_presenter", "DISTRICT_CHIEF")).status());
        StaffClient province = StaffClient.signIn(api(), "PROVINCE", UTTARADIT);
        String page = province.get("/web/reports/best-practice-districts/" + UTTARADIT + "?month=" + month).body();
        assertTrue(page.contains("กำหนดส่งวิดีโอธนาคารขยะต้นแบบระดับอำเภอ: 14 ก.พ. 2568"), page);
        String row = page.substring(page.indexOf("id=\"d-" + MUEANG + "\""));
        assertTrue(row.substring(0, row.indexOf("</tr>")).contains("ส่งหลังกำหนด"));
        assertTrue(formPage().contains("ส่งหลังกำหนด"), "the district sees it too");

        WebSession.Page xlsx = province.get("/web/reports/best-practice-districts/" + UTTARADIT + "/xlsx?month=" + month);
        assertEquals(200, xlsx.status(), xlsx.body());
        Map<String, String> lateness = new HashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            for (Row r : wb.getSheetAt(0)) {
                if (r.getCell(1) != null && r.getCell(1).getStringCellValue().matches("53\\d\\d")) {
                    lateness.put(r.getCell(1).getStringCellValue(), r.getCell(12).getStringCellValue());
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals("ส่งหลังกำหนด", lateness.get(MUEANG), "in the spreadsheet too");
        assertTrue(lateness.size() > 1 && lateness.entrySet().stream().filter(e -> !e.getKey().equals(MUEANG))
                .allMatch(e -> e.getValue().equals("เลยกำหนดแล้ว")), lateness.toString());
    }

    @Test
    void onlyTheProvincesOwnOfficerSetsItsDueDateAndEachChangeIsAudited() {
        String path = "/web/reports/best-practice-districts/" + PHRAE;
        StaffClient officer = StaffClient.signIn(api(), "PROVINCE", PHRAE);
        assertTrue(officer.get(path).body().contains("จังหวัดยังไม่ได้กำหนดวันส่งวิดีโอธนาคารขยะต้นแบบระดับอำเภอ"));

        WebSession.Page set = officer.postForm(path + "/due", Map.of("due", "2026-03-31", "_csrf", officer.csrf(path)));
        assertEquals(303, set.status(), set.body());
        assertTrue(officer.get(path).body().contains("กำหนดส่งวิดีโอธนาคารขยะต้นแบบระดับอำเภอ: 31 มี.ค. 2569 (กำหนดโดย "
                + officer.username() + ")"));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM audit_log WHERE action = 'BEST_PRACTICE_DUE_SET' AND username = ?"
                + " AND target = ? AND detail = ?", officer.username(), PHRAE, "due=2026-03-31"));

        WebSession.Page bad = officer.postForm(path + "/due", Map.of("due", "31/03/2569", "_csrf", officer.csrf(path)));
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("วันกำหนดส่งไม่ถูกต้อง"), bad.body());

        Map<StaffClient, String> outsiders = Map.of(
                StaffClient.signIn(api(), "PROVINCE", UTTARADIT), "/web/reports/best-practice-districts/" + UTTARADIT,
                StaffClient.signIn(api(), "NATIONAL", null), "/web/reports/best-practice-districts/" + PHRAE,
                StaffClient.signIn(api(), "DISTRICT", "5401"), "/web/reports/best-practice/5401");
        outsiders.forEach((outsider, ownPage) -> assertEquals(403, outsider.postForm(path + "/due",
                Map.of("due", "2020-01-01", "_csrf", outsider.csrf(ownPage))).status(), ownPage));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM best_practice_due WHERE province_code = ? AND due_on = '2026-03-31'",
                PHRAE), "unchanged by those outside");
    }
}
