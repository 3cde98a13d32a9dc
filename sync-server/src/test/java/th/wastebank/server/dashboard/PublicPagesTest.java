package th.wastebank.server.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.wastebank.product.ProductUpsert;
import th.wastebank.progress.MilestoneRecord;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.Pictures;
import th.wastebank.server.support.TusRequests;
import th.wastebank.server.support.WebSession;
import th.wastebank.validation.Dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.wastebank.server.dashboard.DashboardFixture.DISTRICT_3609;
import static th.wastebank.server.dashboard.DashboardFixture.HUAI;
import static th.wastebank.server.dashboard.DashboardFixture.HUAI_NAME;
import static th.wastebank.server.dashboard.DashboardFixture.NAYANGKLAK;
import static th.wastebank.server.dashboard.DashboardFixture.NAYANGKLAK_NAME;
import static th.wastebank.server.dashboard.DashboardFixture.ORG_HUAI;
import static th.wastebank.server.dashboard.DashboardFixture.ORG_NAYANGKLAK;
import static th.wastebank.server.dashboard.DashboardFixture.PASSWORD;
import static th.wastebank.server.dashboard.DashboardFixture.PROVINCE_36;

/**
 * The public pages over real HTTP (ADR 0023): off until the อปท.'s officer switches them on (only
 * the officers who manage the อปท.'s phones may, and each switch is in the audit log); an unknown or
 * unpublished page is the Thai "not found" page; a published page shows the product, its photos and
 * story, the video link, members and kilograms by month, but no member's name and no money; it
 * carries Open Graph tags with absolute addresses and makes no session; only a published อปท.'s
 * product photos are served without sign-in.
 */
@MicronautTest(transactional = false)
class PublicPagesTest extends DashboardTestBase {
    private static final String VIDEO = "https://youtu.be/dQw4w9WgXcQ";
    private static final String STORY = "สานจากถุงพลาสติกที่สมาชิกนำมาฝาก ลายผ้าทอของตำบล";
    private DashboardFixture country;
    private String basketSha;
    private String meetingSha;
    private String huaiSha;

    @Override
    String schema() {
        return "wastebank_public_pages";
    }

    @BeforeAll
    void countryWithPhotos() throws Exception {
        country = buildCountry();
        byte[] basket = Pictures.noise("png", 640, 480, 81);
        byte[] meeting = Pictures.noise("png", 640, 480, 82);
        byte[] huaiBag = Pictures.noise("png", 640, 480, 83);
        basketSha = Pictures.sha256(basket);
        meetingSha = Pictures.sha256(meeting);
        huaiSha = Pictures.sha256(huaiBag);
        TusRequests nayangklak = new TusRequests(base(), country.nayangklakPhone.token());
        assertEquals(204, nayangklak.upload(basket, "basket.png").statusCode());
        assertEquals(204, nayangklak.upload(meeting, "meeting.png").statusCode());
        assertEquals(204, new TusRequests(base(), country.huaiPhone.token()).upload(huaiBag, "bag.png").statusCode());
        Ops ops = new Ops(Instant.now());
        LocalDate today = LocalDate.now(Dates.THAI);
        List<String> statuses = api().pushStatuses(country.nayangklakPhone, List.of(
                ops.op(Ops.newId(), new ProductUpsert("กระเป๋าสานลายผ้าทอ", "DRY_NON_RECYCLABLE", "ถุงพลาสติก", STORY,
                        "กลุ่มสตรีบ้านนายางกลัก", 25_000L, "SELLING", List.of(basketSha), 1)),
                ops.milestone(new MilestoneRecord(4, today, "ถ่ายทำที่ศาลาหมู่บ้าน", null, null, null, null, VIDEO, 240L,
                        null, List.of(meetingSha)))));
        assertEquals(List.of("APPLIED"), statuses.stream().distinct().toList(), statuses::toString);
        UUID huaiProduct = Ops.newId();
        assertEquals(List.of("APPLIED"), api().pushStatuses(country.huaiPhone, List.of(ops.op(huaiProduct,
                new ProductUpsert("ถุงผ้ารีไซเคิล", "DRY_NON_RECYCLABLE", null, null, null, null, "SELLING",
                        List.of(huaiSha), 1)))));
    }

    @Test
    void unknownAndUnpublishedPagesAreTheThaiNotFoundPageAndNoSessionIsMade() {
        switchPage(ORG_NAYANGKLAK, NAYANGKLAK, false);
        switchPage(ORG_HUAI, HUAI, false);
        WebSession visitor = new WebSession(base());
        for (String path : List.of("/p/" + NAYANGKLAK, "/p/" + HUAI, "/p/W999999", "/p/province/36", "/p/province/99",
                "/p/province/xx", "/p/" + NAYANGKLAK + "/photos/" + basketSha + "/thumb")) {
            WebSession.Page page = visitor.get(path);
            assertEquals(404, page.status(), path);
            assertTrue(page.body().contains("ไม่พบหน้าที่ต้องการ"), () -> path + ": " + page.body());
            assertTrue(page.raw().headers().allValues("Set-Cookie").isEmpty(), path + " set a cookie");
        }
    }

    @Test
    void onlyTheOfficersWhoManageTheOrgSwitchItsPageAndEachSwitchIsAudited() {
        switchPage(ORG_NAYANGKLAK, NAYANGKLAK, false);
        long audited = country.count("SELECT COUNT(*) FROM audit_log WHERE action = 'PUBLIC_PAGE_ON' AND target = ?",
                NAYANGKLAK);
        for (String outsider : List.of(PROVINCE_36, DISTRICT_3609, ORG_HUAI)) {
            WebSession web = new WebSession(base());
            web.signInOk(outsider, PASSWORD);
            String csrf = web.get("/web/orgs/" + HUAI).csrf();
            WebSession.Page refused = web.post("/web/orgs/" + NAYANGKLAK + "/public-page",
                    Map.of("_csrf", csrf, "published", "yes"));
            assertEquals(403, refused.status(), outsider);
        }
        WebSession officer = new WebSession(base());
        officer.signInOk(ORG_NAYANGKLAK, PASSWORD);
        assertEquals(403, officer.post("/web/orgs/" + NAYANGKLAK + "/public-page", Map.of("published", "yes")).status(),
                "a form without its token");
        assertEquals(404, new WebSession(base()).get("/p/" + NAYANGKLAK).status(), "the refusals published nothing");

        switchPage(ORG_NAYANGKLAK, NAYANGKLAK, true);
        assertEquals(audited + 1, country.count("SELECT COUNT(*) FROM audit_log WHERE action = 'PUBLIC_PAGE_ON'"
                + " AND target = ? AND username = ?", NAYANGKLAK, ORG_NAYANGKLAK));
        assertEquals(200, new WebSession(base()).get("/p/" + NAYANGKLAK).status());
        String dashboard = officer.get("/web/orgs/" + NAYANGKLAK).body();
        assertTrue(dashboard.contains("id=\"public-page-link\" href=\"/p/" + NAYANGKLAK + "\""), "the link on the dashboard");

        switchPage(ORG_NAYANGKLAK, NAYANGKLAK, false);
        assertEquals(1, country.count("SELECT COUNT(*) FROM audit_log WHERE action = 'PUBLIC_PAGE_OFF' AND target = ?"
                + " AND id = (SELECT MAX(id) FROM audit_log)", NAYANGKLAK));
        assertEquals(404, new WebSession(base()).get("/p/" + NAYANGKLAK).status(), "switched off, hidden again");
        assertFalse(officer.get("/web/orgs/" + NAYANGKLAK).body().contains("public-page-link"));
    }

    @Test
    void thePublishedPageShowsTheProductVideoMembersAndKilogramsButNoNameNorMoney() {
        switchPage(ORG_NAYANGKLAK, NAYANGKLAK, true);
        WebSession.Page page = new WebSession(base()).get("/p/" + NAYANGKLAK);
        assertEquals(200, page.status());
        String html = page.body();
        for (String shown : List.of(NAYANGKLAK_NAME, "อำเภอเทพสถิต", "จังหวัดชัยภูมิ", "กระเป๋าสานลายผ้าทอ", STORY,
                "ตะกร้าสานลายผ้าทอ", "href=\"" + VIDEO + "\"", "<b id=\"public-members\">3</b>", "17.750", "5.000",
                "/p/" + NAYANGKLAK + "/photos/" + basketSha + "/thumb")) {
            assertTrue(html.contains(shown), () -> "the page lacks " + shown);
        }
        for (String hidden : List.of("นางสมศรี", "ใจดี", "นายบุญมี", "รักษ์โลก", "นางสาวมาลี", "ศรีสุข", "ร้านวงษ์พาณิชย์",
                "กลุ่มสตรีบ้านนายางกลัก", "250.00", "124.00", "104.00", "บาท", meetingSha, "_csrf")) {
            assertFalse(html.contains(hidden), () -> "the public page shows " + hidden);
        }
        assertTrue(page.raw().headers().allValues("Set-Cookie").isEmpty(), "a public visitor gets no cookie");
        assertEquals("public, no-cache", page.header("Cache-Control"), "kept, but asked for again: switched off shows at once");
    }

    @Test
    void sharedLinksCarryOpenGraphTagsWithAbsoluteAddresses() {
        switchPage(ORG_NAYANGKLAK, NAYANGKLAK, true);
        String base = base().replaceAll("/$", "");
        String html = new WebSession(base()).get("/p/" + NAYANGKLAK).body();
        assertEquals("website", meta(html, "og:type"));
        assertEquals("th_TH", meta(html, "og:locale"));
        assertTrue(meta(html, "og:title").startsWith(NAYANGKLAK_NAME), meta(html, "og:title"));
        assertTrue(meta(html, "og:description").contains("สมาชิก 3 คน"), meta(html, "og:description"));
        assertEquals(base + "/p/" + NAYANGKLAK, meta(html, "og:url"));
        assertEquals(base + "/p/" + NAYANGKLAK + "/photos/" + basketSha + "/thumb", meta(html, "og:image"));
        assertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));

        String province = new WebSession(base()).get("/p/province/36").body();
        assertEquals(base + "/p/province/36", meta(province, "og:url"));
        assertEquals(base + "/p/" + NAYANGKLAK + "/photos/" + basketSha + "/thumb", meta(province, "og:image"));
        assertEquals("th_TH", meta(province, "og:locale"));
    }

    @Test
    void onlyAPublishedOrgsProductPhotosAreServedWithoutSignIn() {
        switchPage(ORG_NAYANGKLAK, NAYANGKLAK, true);
        switchPage(ORG_HUAI, HUAI, false);
        WebSession visitor = new WebSession(base());
        WebSession.Page thumb = visitor.get("/p/" + NAYANGKLAK + "/photos/" + basketSha + "/thumb");
        assertEquals(200, thumb.status());
        assertEquals("image/jpeg", thumb.header("Content-Type"));
        assertEquals("public, max-age=600", thumb.header("Cache-Control"));
        assertNull(thumb.setCookie("wb_session"));
        assertEquals(200, visitor.get("/p/" + NAYANGKLAK + "/photos/" + basketSha).status());
        // the video's meeting photo of a published อปท., another อปท.'s product photo, an unpublished one's
        assertEquals(404, visitor.get("/p/" + NAYANGKLAK + "/photos/" + meetingSha + "/thumb").status());
        assertEquals(404, visitor.get("/p/" + NAYANGKLAK + "/photos/" + huaiSha + "/thumb").status());
        assertEquals(404, visitor.get("/p/" + HUAI + "/photos/" + huaiSha + "/thumb").status());
        assertEquals(404, visitor.get("/p/" + HUAI + "/photos/" + huaiSha).status());
        // the officers' address of the same photos still asks for sign-in
        assertEquals(303, visitor.get("/web/orgs/" + NAYANGKLAK + "/photos/" + meetingSha + "?variant=thumb").status());
        assertEquals(303, visitor.get("/web/orgs/" + HUAI + "/photos/" + huaiSha + "?variant=thumb").status());
    }

    @Test
    void theProvincePageListsOnlyItsPublishedOrgs() {
        switchPage(ORG_NAYANGKLAK, NAYANGKLAK, true);
        switchPage(ORG_HUAI, HUAI, false);
        WebSession.Page page = new WebSession(base()).get("/p/province/36");
        assertEquals(200, page.status());
        String html = page.body();
        assertTrue(html.contains(NAYANGKLAK_NAME) && html.contains("href=\"/p/" + NAYANGKLAK + "\""), html);
        assertTrue(html.contains("กระเป๋าสานลายผ้าทอ") && html.contains("22.750"), "the product and 12 months' kg");
        assertFalse(html.contains(HUAI_NAME), "an unpublished อปท. is not listed");
        assertFalse(html.contains("นางสมศรี") || html.contains("บาท"), "no member name, no money");
        assertEquals(404, new WebSession(base()).get("/p/province/63").status(), "a province with none published");

        switchPage(ORG_HUAI, HUAI, true);
        assertTrue(new WebSession(base()).get("/p/province/36").body().contains(HUAI_NAME));
        switchPage(ORG_HUAI, HUAI, false);
    }

    /** Signs in as the อปท.'s officer and presses the dashboard's switch as the page offers it. */
    private void switchPage(String officer, String org, boolean on) {
        WebSession web = new WebSession(base());
        web.signInOk(officer, PASSWORD);
        String csrf = web.get("/web/orgs/" + org).csrf();
        WebSession.Page done = web.post("/web/orgs/" + org + "/public-page",
                Map.of("_csrf", csrf, "published", on ? "yes" : "no"));
        assertEquals(303, done.status(), done::body);
    }

    private static String meta(String html, String property) {
        Matcher m = Pattern.compile("<meta property=\"" + Pattern.quote(property) + "\" content=\"([^\"]*)\">").matcher(html);
        assertTrue(m.find(), () -> "no " + property + " in " + html);
        return m.group(1);
    }
}
