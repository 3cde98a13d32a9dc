package th.wastebank.server.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import th.wastebank.product.ProductUpsert;
import th.wastebank.progress.MilestoneRecord;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Browser;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.Pictures;
import th.wastebank.server.support.TusRequests;
import th.wastebank.server.support.WebSession;
import th.wastebank.validation.Dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.wastebank.server.dashboard.DashboardFixture.HUAI;
import static th.wastebank.server.dashboard.DashboardFixture.NAIMUEANG;
import static th.wastebank.server.dashboard.DashboardFixture.NATIONAL;
import static th.wastebank.server.dashboard.DashboardFixture.NAYANGKLAK;
import static th.wastebank.server.dashboard.DashboardFixture.ORG_HUAI;
import static th.wastebank.server.dashboard.DashboardFixture.PASSWORD;

/**
 * Each step's evidence on the อปท. page, pushed through the real sync API by a phone named
 * "โทรศัพท์ อถล. 1": date, phone and recorder, note, the income models and groups picked on step 1 by
 * their Thai names, participants, the product with its kind, materials, story, group and price, step 3's
 * income and workers, the video with its checks, and the photos as thumbnails that open full size in a
 * CSS lightbox, fitting a phone's width; an old op naming the waste bank as the model shown and flagged;
 * the area pages summing step 3's income and workers per month.
 */
@MicronautTest(transactional = false)
class StepEvidenceBrowserTest extends DashboardBrowserTestBase {
    private static final String PHONE = "โทรศัพท์ อถล. 1";
    private static final String GOOD_NAME =
            "การเพิ่มมูลค่าจากขยะโดยผสมผสานกับอัตลักษณ์ท้องถิ่น (Soft Power) ขององค์การบริหารส่วนตำบลห้วยยายจิ๋ว.mp4";
    private static final int FULL_WIDTH = 800;

    private final LocalDate today = LocalDate.now(Dates.THAI);

    @Override
    String schema() {
        return "wastebank_web_evidence";
    }

    private static MilestoneRecord step(long n, LocalDate day, String note, List<String> models, String modelOther,
                                        List<String> groups, String groupOther, Long participants, UUID product,
                                        String url, Long seconds, String file, List<String> photos, Long income,
                                        Long workers) {
        return new MilestoneRecord(n, day, note, null, participants, participants == null ? null : MilestoneRecord.TRAINING,
                product, url, seconds, file, photos, models, modelOther, groups, groupOther, "นางสมศรี ใจดี", income,
                workers);
    }

    @BeforeAll
    void fiveStepsWithPhotos() throws Exception {
        if (country == null) {
            return;
        }
        Api.Device phone = api().pair(HUAI, PHONE);
        TusRequests uploads = new TusRequests(base(), phone.token());
        byte[] meeting = Pictures.noise("png", FULL_WIDTH, 600, 71);
        byte[] basket = Pictures.noise("png", FULL_WIDTH, 500, 72);
        assertEquals(204, uploads.upload(meeting, "meeting.png").statusCode());
        assertEquals(204, uploads.upload(basket, "basket.png").statusCode());
        Ops ops = new Ops(Instant.now());
        UUID product = Ops.newId();
        List<String> statuses = api().pushStatuses(phone, List.of(
                ops.op(product, new ProductUpsert("ตะกร้าสานจากถุงพลาสติก", "DRY_NON_RECYCLABLE", "ถุงพลาสติก, เชือกกล้วย",
                        "สานตามลายผ้าทอของหมู่บ้าน", "กลุ่มสตรีบ้านห้วย", 15_000L, "SELLING",
                        List.of(Pictures.sha256(basket)), 1)),
                ops.milestone(step(1, today.minusDays(20), "ประชุมที่ศาลาหมู่บ้าน",
                        List.of("DRY_NON_RECYCLABLE_PRODUCT", "OTHER"), "ร้านซ่อมเสื้อผ้าเก่า",
                        List.of("LOCAL_VOLUNTEERS", "WOMEN", "OTHER"), "วิสาหกิจชุมชนทอผ้า", null, null, null, null, null,
                        List.of(Pictures.sha256(meeting)), null, null)),
                ops.milestone(step(2, today.minusDays(15), null, null, null, null, null, 35L, null, null, null, null,
                        List.of(), null, null)),
                ops.milestone(step(3, today.minusDays(10), null, null, null, null, null, null, product, null, null, null,
                        List.of(Pictures.sha256(basket)), 450_075L, 9L)),
                ops.milestone(step(4, today.minusDays(3), null, null, null, null, null, null, null,
                        "https://youtu.be/dQw4w9WgXcQ", 420L, GOOD_NAME, List.of(), null, null))));
        assertEquals(List.of("APPLIED"), statuses.stream().distinct().toList(), statuses::toString);
    }

    @Test
    void eachStepShowsItsEvidenceInThai() {
        WebSession web = new WebSession(base());
        web.signInOk(ORG_HUAI, PASSWORD);
        String page = web.get("/web/orgs/" + HUAI).body();
        for (String shown : List.of("หลักฐานแต่ละขั้นตอน", "นางสมศรี ใจดี", "(เครื่อง " + PHONE + ")", "ประชุมที่ศาลาหมู่บ้าน",
                "ผลิตภัณฑ์จากขยะแห้งที่ไม่สามารถขายเป็นขยะรีไซเคิลได้", "อื่น ๆ: ร้านซ่อมเสื้อผ้าเก่า",
                "อาสาสมัครท้องถิ่นรักษ์โลก", "กลุ่มสตรี", "อื่น ๆ: วิสาหกิจชุมชนทอผ้า", "35 · จัดอบรม",
                "ตะกร้าสานจากถุงพลาสติก", "ขยะแห้งที่ไม่สามารถขายเป็นขยะรีไซเคิลได้", "ถุงพลาสติก, เชือกกล้วย",
                "สานตามลายผ้าทอของหมู่บ้าน", "กลุ่มสตรีบ้านห้วย", "150.00", "4,500.75", "https://youtu.be/dQw4w9WgXcQ</a>\n                        <span class=\"small short-link\">ลิงก์แบบย่อ",
                "7:00", GOOD_NAME, "ยาวไม่เกิน 5 นาที</span>:\n                    <b>ไม่ผ่าน",
                "ชื่อไฟล์ตามหนังสือสั่งการ</span>:\n                    <b>ผ่าน")) {
            assertTrue(page.contains(shown), () -> "the page lacks " + shown);
        }
        assertFalse(page.contains("ธนาคารขยะไม่นับเป็นรูปแบบ"), "nothing to flag on this step 1");
        int step5 = page.indexOf("id=\"step-5\"");
        assertTrue(page.indexOf("ยังไม่ได้บันทึก", step5) > step5, "step 5 is not recorded yet");
    }

    @Test
    void thumbnailsLoadAClickShowsTheFullPhotoAndThePageFitsAPhone() {
        browser.signIn(ORG_HUAI, PASSWORD);
        browser.go("/web/orgs/" + HUAI);
        List<WebElement> thumbs = browser.all("#step-1 .evidence-gallery img");
        assertEquals(1, thumbs.size());
        assertEquals(2, browser.all("#evidence .evidence-gallery img").size(), "step 1's and step 3's photos");
        for (WebElement img : browser.all("#evidence .evidence-gallery img")) {
            assertTrue(((Number) browser.js("return arguments[0].complete && arguments[0].naturalWidth", img)).longValue() > 0,
                    "a thumbnail did not load: " + img.getAttribute("src"));
        }
        assertFalse(browser.find("#photo-1-0").isDisplayed(), "the full photo waits for a click");
        browser.click("#step-1 .evidence-gallery a.thumb");
        browser.waitUntil(d -> browser.find("#photo-1-0").isDisplayed());
        WebElement full = browser.find("#photo-1-0 img.full");
        browser.waitUntil(d -> ((Number) browser.js("return arguments[0].complete ? arguments[0].naturalWidth : 0", full))
                .longValue() == FULL_WIDTH);
        browser.click("#photo-1-0 .lightbox-close");
        browser.waitUntil(d -> !browser.find("#photo-1-0").isDisplayed());

        phoneWindow(390, 844);
        browser.go("/web/orgs/" + HUAI + "#step-3");
        Browser.Widths widths = browser.widths();
        assertTrue(widths.fit(), widths.describe("the อปท. page with its evidence"));
        browser.click("#step-3 .evidence-gallery a.thumb");
        browser.waitUntil(d -> browser.find("#photo-3-0").isDisplayed());
        long shown = ((Number) browser.js("return Math.round(arguments[0].getBoundingClientRect().width)",
                browser.find("#photo-3-0 img.full"))).longValue();
        assertTrue(shown > 0 && shown <= 390, "the full photo is " + shown + " px wide on a 390 px screen");
        assertTrue(browser.widths().fit(), "the open lightbox fits the phone");
    }

    @Test
    void anOldStepOneNamingTheWasteBankIsShownAsTypedAndFlaggedForReview() {
        Api.Device old = api().pair(NAIMUEANG);
        List<String> statuses = api().pushStatuses(old, List.of(new Ops(Instant.now()).milestone(
                new MilestoneRecord(1, today, null, "ธนาคารขยะ", null, null, null, null, null, null, List.of()))));
        assertEquals(List.of("APPLIED"), statuses);
        String flags = api().get("/api/v1/admin/orgs/" + NAIMUEANG + "/review-flags", ADMIN_TOKEN).body();
        assertTrue(flags.contains("INCOME_MODEL_WASTE_BANK"), flags);

        WebSession web = new WebSession(base());
        web.signInOk(NATIONAL, PASSWORD);
        String page = web.get("/web/orgs/" + NAIMUEANG).body();
        assertTrue(page.contains("<dd class=\"income-model-typed\">ธนาคารขยะ</dd>"), "shown as typed");
        assertTrue(page.contains("ธนาคารขยะไม่นับเป็นรูปแบบการสร้างรายได้ตามหนังสือสั่งการ"), "flagged beside it");
        String review = web.get("/web/orgs/" + NAIMUEANG + "/review").body();
        assertTrue(review.contains("ระบุรูปแบบการสร้างรายได้ว่า &quot;ธนาคารขยะ&quot; ซึ่งเป็นธนาคารขยะ"), review);
    }

    @Test
    void theAreaPagesSumStepThreesIncomeAndWorkersPerMonthTheLatestOfAMonthCounting() {
        Api.Device phone = api().pair(NAYANGKLAK);
        Ops ops = new Ops(Instant.now());
        UUID product = Ops.newId();
        LocalDate lastMonth = today.minusMonths(1).withDayOfMonth(10);
        List<String> statuses = api().pushStatuses(phone, List.of(ops.product(product, "ไม้กวาดขวดพลาสติก", 1),
                ops.milestone(step(3, today, null, null, null, null, null, null, product, null, null, null, List.of(),
                        100_000L, 3L)),
                ops.milestone(step(3, today, null, null, null, null, null, null, product, null, null, null, List.of(),
                        120_000L, 4L)),
                ops.milestone(step(3, lastMonth, null, null, null, null, null, null, product, null, null, null,
                        List.of(), 50_000L, 2L))));
        assertEquals(List.of("APPLIED"), statuses.stream().distinct().toList(), statuses::toString);
        // นายางกลัก's latest of this month (1,200 baht by 4) and last month's 500 by 2, with ห้วยยายจิ๋ว's 4,500.75 by 9 in its month
        YearMonth huai = YearMonth.from(today.minusDays(10));
        YearMonth now = YearMonth.from(today);
        YearMonth before = YearMonth.from(lastMonth);
        Map<YearMonth, long[]> expected = Map.of(
                now, new long[] {120_000L + (huai.equals(now) ? 450_075L : 0), 4 + (huai.equals(now) ? 9 : 0)},
                before, new long[] {50_000L + (huai.equals(before) ? 450_075L : 0), 2 + (huai.equals(before) ? 9 : 0)});
        WebSession web = new WebSession(base());
        web.signInOk(NATIONAL, PASSWORD);
        for (String area : List.of("/web/districts/3609", "/web/provinces/36", "/web/nation")) {
            String page = web.get(area).body();
            for (Map.Entry<YearMonth, long[]> e : expected.entrySet()) {
                String row = page.substring(page.indexOf("id=\"income-" + e.getKey() + "\""));
                row = row.substring(0, row.indexOf("</tr>"));
                long satang = e.getValue()[0];
                assertTrue(row.contains(String.format("%,d.%02d", satang / 100, satang % 100)), area + ": " + row);
                assertTrue(row.contains("<td class=\"num income-workers\">" + e.getValue()[1] + "</td>"), area + ": " + row);
            }
        }
    }
}
