package th.wastebank.server.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import th.wastebank.progress.MilestoneRecord;
import th.wastebank.progress.VideoRules;
import th.wastebank.server.review.ReviewFlags;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.StaffClient;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.validation.Dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Step 4's checklist through the real push API: a video that misses items (someone else presenting,
 * logos left unticked, a file name without the อปท.'s name) is applied, never refused, and flagged per
 * item; each flag reads as a Thai sentence on the review queue, and the อปท. page lists the unmet items
 * with their reasons. A step 4 from an older phone (no checklist) is not flagged for what it could not say.
 */
@SharedServer
class VideoChecklistFlagsTest extends ServerTestBase {
    private static final String PHONE = "โทรศัพท์ อถล. วิดีโอ";
    private static final List<String> ALL_LOGOS = List.of("MOI", "DLA", "PROVINCE", "ORG", "LOCAL_VOLUNTEERS");
    private static final Pattern FLAG = Pattern.compile(
            "data-kind=\"([A-Z_]+)\"[^>]*>.*?<p class=\"sentence\">(.*?)</p>", Pattern.DOTALL);

    private static MilestoneRecord step4(Long seconds, String file, String presenter, String presenterName,
                                         List<String> logos) {
        return new MilestoneRecord(4, LocalDate.now(Dates.THAI), null, null, null, null, null,
                "https://vt.tiktok.com/ZSabc123/", seconds, file, List.of(), List.of(), null, List.of(), null, null,
                null, null, presenter, presenterName, logos);
    }

    private static List<String> kinds(String org) {
        long orgId = Db.count("SELECT id FROM org WHERE code = ?", org);
        List<String> out = new ArrayList<>();
        for (String kind : List.of(ReviewFlags.VIDEO_TOO_LONG, ReviewFlags.VIDEO_FILE_NAME, ReviewFlags.VIDEO_PRESENTER,
                ReviewFlags.VIDEO_LOGOS)) {
            if (Db.count("SELECT COUNT(*) FROM review_flag WHERE org_id = ? AND kind = ?", orgId, kind) > 0) {
                out.add(kind);
            }
        }
        return out;
    }

    @Test
    void eachUnmetItemIsAppliedAndFlaggedWithItsThaiReasonOnTheQueueAndTheOrgPage() {
        String org = TestOrgs.create("อบต.รายการวิดีโอ");
        Api.Device phone = api().pair(org, PHONE);
        String noName = VideoRules.FILE_NAME_PREFIX + "องค์การบริหารส่วนตำบล.mp4";
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, List.of(new Ops(Instant.now()).milestone(
                step4(250L, noName, "OTHER", "นายสมชาย ปลัด", List.of("MOI", "DLA", "ORG", "LOCAL_VOLUNTEERS"))))));
        assertEquals(List.of(ReviewFlags.VIDEO_FILE_NAME, ReviewFlags.VIDEO_PRESENTER, ReviewFlags.VIDEO_LOGOS),
                kinds(org));

        StaffClient staff = StaffClient.signIn(api(), "ORG", org);
        Map<String, String> shown = new java.util.HashMap<>();
        Matcher m = FLAG.matcher(staff.get("/web/orgs/" + org + "/review?lang=th").body());
        while (m.find()) {
            shown.put(m.group(1), m.group(2).replace("&quot;", "\"").strip());
        }
        assertTrue(shown.get(ReviewFlags.VIDEO_LOGOS).contains("ไม่มีตราสัญลักษณ์ตามหนังสือสั่งการ: จังหวัด"),
                shown.toString());
        assertTrue(shown.get(ReviewFlags.VIDEO_LOGOS).contains(PHONE), shown.toString());
        assertTrue(shown.get(ReviewFlags.VIDEO_PRESENTER).contains("(นายสมชาย ปลัด): ผู้นำเสนอไม่ใช่นายกเทศมนตรี"
                + "หรือนายกองค์การบริหารส่วนตำบล ตามหนังสือสั่งการ"), shown.toString());
        assertTrue(shown.get(ReviewFlags.VIDEO_FILE_NAME).endsWith(": ชื่อไฟล์ไม่มีชื่อ อปท. ต่อท้ายประเภท"),
                shown.toString());
        for (String s : shown.values()) {
            assertFalse(s.contains("LOGOS_MISSING") || s.contains("PROVINCE") || s.contains("null"), s);
        }

        String page = staff.get("/web/orgs/" + org + "?lang=th").body();
        assertTrue(page.contains("ผู้นำเสนอไม่ใช่นายกเทศมนตรีหรือนายกองค์การบริหารส่วนตำบล ตามหนังสือสั่งการ"), page);
        assertTrue(page.contains("ไม่มีตราสัญลักษณ์ตามหนังสือสั่งการ: จังหวัด"), page);
        assertTrue(page.contains("อื่น ๆ: นายสมชาย ปลัด"), "the presenter as stated");
        assertTrue(page.contains("ลิงก์แบบย่อ") || page.contains("short"), "the TikTok share link is marked short");
    }

    @Test
    void aVideoAsTheLetterAsksRaisesNoFlagAndOneFromAnOlderPhoneOnlyWhatItGave() {
        String good = TestOrgs.create("อบต.วิดีโอครบ");
        Api.Device phone = api().pair(good, PHONE);
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, List.of(new Ops(Instant.now()).milestone(step4(
                299L, VideoRules.FILE_NAME_PREFIX + "เมืองพัทยา.mp4", "MAYOR", "นายปรเมศวร์ งามพิเชษฐ์", ALL_LOGOS)))));
        assertEquals(List.of(), kinds(good));

        String old = TestOrgs.create("อบต.โทรศัพท์รุ่นเก่า");
        Api.Device oldPhone = api().pair(old, PHONE);
        assertEquals(List.of("APPLIED"), api().pushStatuses(oldPhone, List.of(new Ops(Instant.now()).milestone(
                new MilestoneRecord(4, LocalDate.now(Dates.THAI), null, null, null, null, null,
                        "https://youtu.be/dQw4w9WgXcQ", 200L, null, List.of())))));
        assertEquals(List.of(), kinds(old), "presenter, logos and a file name not stated by an older phone");
        String page = StaffClient.signIn(api(), "ORG", old).get("/web/orgs/" + old + "?lang=th").body();
        assertFalse(page.contains("class=\"unmet"), "no unmet list for what was not stated");
        assertTrue(page.contains("ไม่ได้ระบุ"), "its checklist shows as not stated");
    }
}
