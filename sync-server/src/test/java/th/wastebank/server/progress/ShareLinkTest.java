package th.wastebank.server.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import th.wastebank.progress.MilestoneRecord;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.StaffClient;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.validation.Dates;
import th.wastebank.validation.Limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The links volunteers paste from the apps' share buttons, through the real push API: each is
 * applied, kept exactly as typed (never expanded, never replaced by a normal form), and the อปท.
 * page and the district's progress report show it marked "ลิงก์แบบย่อ" when it is a short link.
 */
@SharedServer
class ShareLinkTest extends ServerTestBase {
    private static final String SUB_DISTRICT = "360401";
    private static final String FILE_NAME =
            "การเพิ่มมูลค่าจากขยะโดยผสมผสานกับอัตลักษณ์ท้องถิ่น (Soft Power) ขององค์การบริหารส่วนตำบลบ้านยาง.mp4";
    private static final String MARK = "ลิงก์แบบย่อ";

    @ParameterizedTest
    @CsvSource({
            "https://vt.tiktok.com/ZSjAbC123/, true",
            "https://vm.tiktok.com/ZMhXyZ789/, true",
            "https://www.facebook.com/share/v/1AbCdEfGhJ/, true",
            "https://www.facebook.com/share/r/15xYz9AbC/?mibextid=rS40aB7S9Ucbxw6v, true",
            "https://m.facebook.com/share/v/1AbCdEfGhJ/, true",
            "https://fb.watch/abCdEf123/, true",
            "https://youtu.be/dQw4w9WgXcQ?si=AbCdEfGh12345, true",
            "https://m.facebook.com/watch/?v=1234567890123456, false",
            "https://m.youtube.com/watch?v=dQw4w9WgXcQ&si=AbCdEf, false",
            "https://youtube.com/live/dQw4w9WgXcQ?si=AbCdEf, false"
    })
    void aStepFourWithTheLinkIsAppliedKeptAsTypedAndMarkedWhenShort(String link, boolean shortLink) {
        String org = TestOrgs.create("อบต.แชร์ลิงก์", SUB_DISTRICT);
        Api.Device phone = api().pair(org);
        MilestoneRecord video = new MilestoneRecord(4, LocalDate.now(Dates.THAI), null, null, null, null, null, link,
                240L, FILE_NAME, List.of());
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, List.of(new Ops(Instant.now()).milestone(video))));

        assertEquals(link, api().get("/api/v1/progress/orgs/" + org, ADMIN_TOKEN).json().get("videoUrl"));
        assertEquals("[]", api().get("/api/v1/admin/orgs/" + org + "/review-flags", ADMIN_TOKEN).body());

        String page = StaffClient.signIn(api(), "ORG", org).get("/web/orgs/" + org).body();
        String section = page.substring(page.indexOf("<section class=\"card\" id=\"video\">"));
        section = section.substring(0, section.indexOf("</section>"));
        String href = link.replace("&", "&amp;");
        assertTrue(section.contains("href=\"" + href + "\"") && section.contains(">" + href + "</a>"), section);
        assertEquals(shortLink, section.contains("id=\"video-short-link\""), section);
        assertEquals(shortLink, section.contains(MARK), section);

        String report = StaffClient.signIn(api(), "DISTRICT", SUB_DISTRICT.substring(0, 4))
                .get("/web/reports/progress?area=" + SUB_DISTRICT.substring(0, 4)).body();
        int row = report.indexOf("/web/orgs/" + org + "\"");
        assertTrue(row >= 0, report);
        String line = report.substring(row, report.indexOf("</tr>", row));
        assertTrue(line.contains(">" + href + "</a>"), line);
        assertEquals(shortLink, line.contains(MARK), line);
    }

    @Test
    void aShareLinkWithALongQueryIsKeptWhole() {
        String org = TestOrgs.create("อบต.ลิงก์ยาว", SUB_DISTRICT);
        Api.Device phone = api().pair(org);
        String start = "https://www.facebook.com/share/v/1AbCdEfGhJ/?mibextid=";
        String link = start + "x".repeat(Limits.MAX_URL_LENGTH - start.length());
        MilestoneRecord reported = new MilestoneRecord(5, LocalDate.now(Dates.THAI), null, null, null, null, null, link,
                null, null, List.of());
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, List.of(new Ops(Instant.now()).milestone(reported))));
        assertEquals(link, api().get("/api/v1/progress/orgs/" + org, ADMIN_TOKEN).json().get("videoUrl"));
    }
}
