package th.wastebank.e2e;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.progress.MilestoneService;
import th.wastebank.progress.MilestoneStep;
import th.wastebank.progress.VideoChecklist;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.StaffClient;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.validation.Dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Step 4 end to end (issue 15): a phone with no signal records the soft-power video with the short
 * link the TikTok app's share button gives and the province's logo left unticked; the phone saves it
 * and says why; once in signal, the real server applies it (never refuses it), flags the missing logo,
 * keeps the link as typed, marked short, and the อปท. page gives the reason in Thai.
 */
class VideoChecklistSyncTest extends OnRunningServer {
    private static final String LINK = "https://vt.tiktok.com/ZSjAbC123/";
    private static final String FILE_NAME =
            "การเพิ่มมูลค่าจากขยะโดยผสมผสานกับอัตลักษณ์ท้องถิ่น (Soft Power) ขององค์การบริหารส่วนตำบลวิดีโอครบ.mp4";
    private static final String REASON = "ไม่มีตราสัญลักษณ์ตามหนังสือสั่งการ: จังหวัด";

    @Test
    void aStepFourWithAShortTikTokLinkAndAnUntickedLogoArrivesFlaggedWithItsThaiReason(@TempDir Path dir)
            throws Exception {
        Api api = server.api();
        String org = TestOrgs.create("อบต.วิดีโอครบ");
        long orgId = Db.count("SELECT id FROM org WHERE code = ?", org);
        try (ClientContext phone = phone(dir)) {
            phone.pairing().pair(server.url(), api.pairingCode(org), "โทรศัพท์ อถล.");

            // no signal: the video with four of the five logos, presented by the chief executive
            MilestoneService.Saved saved = phone.milestones().record(new MilestoneService.Draft(MilestoneStep.VIDEO,
                    LocalDate.now(Dates.THAI), null, null, null, null, null, "vt.tiktok.com/ZSjAbC123/", 270L,
                    FILE_NAME, List.of(), List.of(), null, List.of(), null, "นางสมศรี ใจดี", null, null,
                    "CHIEF_EXECUTIVE", "นายสมชาย ใจกว้าง", List.of("MOI", "DLA", "ORG", "LOCAL_VOLUNTEERS")));
            assertEquals(List.of(VideoChecklist.Unmet.LOGOS_MISSING), saved.warnings());
            assertEquals(REASON, saved.milestone().checklist().reason(VideoChecklist.Unmet.LOGOS_MISSING, true));
            assertEquals(1, phone.outbox().pendingCount());

            // back in signal
            phone.sync().syncOnce();
            assertEquals(0, phone.outbox().pendingCount());
            assertEquals(List.of(), phone.outbox().rejected(), "applied, never refused");
            assertEquals(1, Db.count("SELECT COUNT(*) FROM review_flag WHERE org_id = ? AND kind = 'VIDEO_LOGOS'",
                    orgId));
            assertEquals(0, Db.count("SELECT COUNT(*) FROM review_flag WHERE org_id = ? AND kind <> 'VIDEO_LOGOS'",
                    orgId), "the other items are met");

            StaffClient officer = StaffClient.signIn(api, "ORG", org);
            String page = officer.get("/web/orgs/" + org + "?lang=th").body();
            int step4 = page.indexOf("id=\"step-4\"");
            assertTrue(step4 > 0, page);
            String evidence = page.substring(step4, page.indexOf("</article>", step4));
            assertTrue(evidence.contains(REASON), evidence);
            assertTrue(evidence.contains(LINK) && evidence.contains("ลิงก์แบบย่อ"), "kept as typed, marked short");
            assertTrue(evidence.contains("นายกองค์การบริหารส่วนตำบล นายสมชาย ใจกว้าง"), evidence);
            String review = officer.get("/web/orgs/" + org + "/review?lang=th").body();
            assertTrue(review.contains(REASON) && review.contains("โทรศัพท์ อถล."), review);
        }
    }
}
