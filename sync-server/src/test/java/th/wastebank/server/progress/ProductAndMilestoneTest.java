package th.wastebank.server.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.progress.MilestoneRecord;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.sync.SyncOp;
import th.wastebank.validation.Dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Products and the five steps through the real push API, and where the org then stands. */
@SharedServer
class ProductAndMilestoneTest extends ServerTestBase {
    private static final String GOOD_NAME =
            "การเพิ่มมูลค่าจากขยะโดยผสมผสานกับอัตลักษณ์ท้องถิ่น (Soft Power) ขององค์การบริหารส่วนตำบลนายางกลัก.mp4";

    private static MilestoneRecord step(long step, LocalDate day, String income, Long people, UUID product, String url,
                                        Long seconds, String fileName) {
        return new MilestoneRecord(step, day, null, income, people, null, product, url, seconds, fileName, List.of());
    }

    private static String code(Api.Response r, int i) {
        Map<?, ?> reason = (Map<?, ?>) r.results().get(i).get("reason");
        return reason == null ? (String) r.results().get(i).get("status") : (String) reason.get("code");
    }

    @Test
    void anOrgWalksTheFiveStepsAndItsProgressFollows() {
        String org = TestOrgs.create("อบต.ห้าขั้นตอน");
        Api.Device device = api().pair(org);
        Ops ops = new Ops(Instant.now());
        LocalDate today = LocalDate.now(Dates.THAI);
        UUID basket = Ops.newId();
        Api.Response r = api().push(device, List.of(
                ops.milestone(step(1, today.minusDays(30), "ตะกร้าสานจากถุงพลาสติก", null, null, null, null, null)),
                ops.milestone(step(2, today.minusDays(20), null, 42L, null, null, null, null)),
                ops.product(basket, "ตะกร้าสานลายผ้าทอ", 1, "a".repeat(64)),
                ops.milestone(step(3, today.minusDays(10), null, null, basket, null, null, null)),
                ops.milestone(step(4, today.minusDays(3), null, null, null,
                        "https://youtube.com/shorts/dQw4w9WgXcQ?si=share", 295L, GOOD_NAME)),
                ops.milestone(step(5, today, null, null, null, "https://youtu.be/dQw4w9WgXcQ", null, null))));
        assertEquals(List.of("APPLIED"), r.results().stream().map(m -> m.get("status")).distinct().toList(), r.body());

        Map<String, Object> progress = api().get("/api/v1/progress/orgs/" + org, ADMIN_TOKEN).json();
        assertEquals(List.of(today.minusDays(30).toString(), today.minusDays(20).toString(),
                today.minusDays(10).toString(), today.minusDays(3).toString(), today.toString()), progress.get("steps"));
        assertEquals("https://youtu.be/dQw4w9WgXcQ", progress.get("videoUrl"), "the latest link, kept as typed");
        assertEquals(1, ((Number) progress.get("products")).intValue());
        assertEquals(List.of(), progress.get("lacks"));
        assertEquals("[]", api().get("/api/v1/admin/orgs/" + org + "/review-flags", ADMIN_TOKEN).body());
    }

    @Test
    void aLongVideoOrABadlyNamedFileIsRecordedAndFlagged() {
        String org = TestOrgs.create("อบต.วิดีโอยาว");
        Api.Device device = api().pair(org);
        Ops ops = new Ops(Instant.now());
        Api.Response r = api().push(device, List.of(ops.milestone(step(4, LocalDate.now(Dates.THAI), null, null, null,
                "https://www.facebook.com/nayangklak/videos/1234567890123/", 420L, "VID_0001.mp4"))));
        assertEquals("APPLIED", r.results().get(0).get("status"));
        String flags = api().get("/api/v1/admin/orgs/" + org + "/review-flags", ADMIN_TOKEN).body();
        assertTrue(flags.contains("VIDEO_TOO_LONG") && flags.contains("VIDEO_FILE_NAME"), flags);
        assertEquals("https://www.facebook.com/nayangklak/videos/1234567890123/",
                api().get("/api/v1/progress/orgs/" + org, ADMIN_TOKEN).json().get("videoUrl"));
    }

    @Test
    void aVideoElsewhereOrAnotherOrgsProductIsRefused() {
        String org = TestOrgs.create("อบต.ลิงก์ผิด");
        String other = TestOrgs.create("อบต.เจ้าของสินค้า");
        Api.Device device = api().pair(org);
        Api.Device otherDevice = api().pair(other);
        UUID theirs = Ops.newId();
        api().pushStatuses(otherDevice, List.of(new Ops().product(theirs, "ไม้กวาดขวดพลาสติก", 1)));
        Ops ops = new Ops(Instant.now());
        LocalDate today = LocalDate.now(Dates.THAI);
        Api.Response r = api().push(device, List.of(
                ops.milestone(step(4, today, null, null, null, "https://vimeo.com/123456", 100L, null)),
                ops.milestone(step(3, today, null, null, theirs, null, null, null)),
                ops.product(theirs, "ยึดสินค้าคนอื่น", 2)));
        assertEquals("VIDEO_HOST_NOT_ALLOWED", code(r, 0));
        assertEquals("UNKNOWN_PRODUCT", code(r, 1));
        assertEquals("ENTITY_CONFLICT", code(r, 2));
        Map<String, Object> progress = api().get("/api/v1/progress/orgs/" + org, ADMIN_TOKEN).json();
        assertNull(progress.get("videoUrl"));
        assertEquals(List.of("PRODUCT", "VIDEO"), progress.get("lacks"));
    }

    @Test
    void theDistrictListShowsWhoLacksAProductOrAVideoAndWhoHasNotReportedThisRound() {
        String reporting = TestOrgs.create("อบต.รายงานแล้ว");
        String silent = TestOrgs.create("อบต.เงียบ");
        Api.Device device = api().pair(reporting);
        Ops ops = new Ops(Instant.now());
        UUID product = Ops.newId();
        api().pushStatuses(device, List.of(ops.product(product, "ปุ๋ยหมักจากใบไม้", 1),
                ops.milestone(step(3, LocalDate.now(Dates.THAI), null, null, product, null, null, null))));

        Map<String, Object> district = api().get("/api/v1/progress/districts/3609", ADMIN_TOKEN).json();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> orgs = (List<Map<String, Object>>) district.get("orgs");
        Map<String, Object> mine = orgs.stream().filter(o -> o.get("code").equals(reporting)).findFirst().orElseThrow();
        Map<String, Object> theirs = orgs.stream().filter(o -> o.get("code").equals(silent)).findFirst().orElseThrow();
        assertEquals(List.of("VIDEO"), mine.get("lacks"));
        assertEquals(List.of("PRODUCT", "VIDEO"), theirs.get("lacks"));

        String round = api().get("/api/v1/progress/rounds?area=3609", ADMIN_TOKEN).body();
        Map<String, Object> parsed = Api.parse(round);
        assertTrue(String.valueOf(parsed.get("notReported")).contains(silent), round);
        assertTrue(!String.valueOf(parsed.get("notReported")).contains(reporting), round);
    }

    @Test
    void takUsesItsOwnReportingDays() {
        Map<String, Object> round = api().get("/api/v1/progress/rounds?area=63", ADMIN_TOKEN).json();
        int due = LocalDate.parse((String) round.get("dueOn")).getDayOfMonth();
        assertTrue(due == 3 || due == 13, "Tak's rounds end on the 3rd or 13th, not " + due);
        Map<String, Object> elsewhere = api().get("/api/v1/progress/rounds?area=36", ADMIN_TOKEN).json();
        int dueElsewhere = LocalDate.parse((String) elsewhere.get("dueOn")).getDayOfMonth();
        assertTrue(dueElsewhere == 5 || dueElsewhere == 15);
    }

    @Test
    void progressNeedsTheOperatorToken() {
        assertEquals(401, api().get("/api/v1/progress", null).status());
        String org = TestOrgs.create("อบต.ไม่มีสิทธิ์");
        assertEquals(401, api().get("/api/v1/progress/orgs/" + org, api().pair(org).token()).status());
        assertEquals(404, api().get("/api/v1/progress/orgs/NO-SUCH", ADMIN_TOKEN).status());
    }

    @Test
    void productEditsFromTwoPhonesKeepBothAndRaiseAFlag() {
        String org = TestOrgs.create("อบต.สินค้าแก้พร้อมกัน");
        Api.Device a = api().pair(org);
        Api.Device b = api().pair(org);
        UUID id = Ops.newId();
        api().pushStatuses(a, List.of(new Ops().product(id, "กระถางยางรถยนต์", 1)));
        api().pushStatuses(a, List.of(new Ops().product(id, "กระถางยางรถยนต์ลายไทย", 2)));
        SyncOp fromB = new Ops().product(id, "กระถางยางรถยนต์ทาสี", 2);
        assertEquals(List.of("APPLIED"), api().pushStatuses(b, List.of(fromB)));
        assertEquals("กระถางยางรถยนต์ทาสี", Db.string("SELECT name FROM product WHERE id = UNHEX(REPLACE(?, '-', ''))",
                id.toString()));
        assertTrue(api().get("/api/v1/admin/orgs/" + org + "/review-flags", ADMIN_TOKEN).body().contains("PRODUCT_CONFLICT"));
    }
}
