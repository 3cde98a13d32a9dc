package th.wastebank.server.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import th.wastebank.deposit.DepositLine;
import th.wastebank.deposit.DepositRecord;
import th.wastebank.progress.MilestoneRecord;
import th.wastebank.server.review.ReviewFlags;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Browser;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.WebSession;
import th.wastebank.sync.SyncOp;
import th.wastebank.validation.Dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.wastebank.server.dashboard.DashboardFixture.HUAI;
import static th.wastebank.server.dashboard.DashboardFixture.NAYANGKLAK;
import static th.wastebank.server.dashboard.DashboardFixture.ORG_HUAI;
import static th.wastebank.server.dashboard.DashboardFixture.ORG_NAYANGKLAK;
import static th.wastebank.server.dashboard.DashboardFixture.PASSWORD;

/**
 * The review queue reads as sentences an officer can act on: with flags of every kind pushed through
 * the sync API by a phone named "โทรศัพท์กรรมการ 1", each flag says whose, how much in baht, when in
 * the Buddhist era and from which phone, links to the member's passbook, keeps the raw detail behind
 * a closed "รายละเอียด", and the page fits 1280 and 390 px without scrolling sideways.
 */
@MicronautTest(transactional = false)
class ReviewQueueInWordsBrowserTest extends DashboardBrowserTestBase {
    private static final String PHONE = "โทรศัพท์กรรมการ 1";
    /** A long Thai name (no spaces to break at inside it) that must wrap on a phone. */
    private static final String LONG_NAME = "นางสาวประภัสสรวรรณาภิรมย์ ศรีสุวรรณภูมิพิพัฒน์ไพบูลย์วงศ์ตระกูลชัย";
    private static final String OLD_TIMER = "นายอยู่นาน มั่นคง";
    private static final String[] MONTHS = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
        "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};

    private UUID longNamed;
    private UUID oldTimer;
    private UUID newcomer;
    private SyncOp duplicateNumbered;
    private Dimension desktop;

    @Override
    String schema() {
        return "wastebank_web_review_words";
    }

    @BeforeAll
    void flagsOfEveryKind() {
        if (country == null) {
            return;
        }
        Api.Device phone = api().pair(HUAI, PHONE);
        Ops ops = new Ops(Instant.now());
        LocalDate today = LocalDate.now(Dates.THAI);
        longNamed = Ops.newId();
        oldTimer = Ops.newId();
        newcomer = Ops.newId();
        Instant now = Instant.now();
        duplicateNumbered = ops.op(Ops.newId(), DepositRecord.of(newcomer, now,
                List.of(DepositLine.priced("PET_CLEAR", 1_000, 800))).withReceiptNo("AA-000001"));
        UUID product = Ops.newId();
        UUID scheme = Ops.newId();
        UUID early = Ops.newId();
        UUID fine = Ops.newId();
        List<List<SyncOp>> batches = List.of(
                List.of(ops.member(longNamed, LONG_NAME, today.minusYears(2)),
                        ops.member(oldTimer, OLD_TIMER, today.minusYears(2)),
                        ops.member(newcomer, "นายมาใหม่ ใจดี", today.minusDays(3)),
                        // 30 baht out of an empty account
                        ops.withdrawal(longNamed, 3_000)),
                // edited again from a stale version: a conflict; a second member of the same name
                List.of(ops.member(longNamed, LONG_NAME, 1), ops.member(Ops.newId(), OLD_TIMER)),
                List.of(ops.product(product, "ตะกร้าสานจากถุงพลาสติก", 1)),
                List.of(ops.product(product, "ตะกร้าสานจากถุงพลาสติก (แก้ไข)", 1)),
                List.of(ops.milestone(new MilestoneRecord(4, today, null, null, null, null, null,
                        "https://www.facebook.com/huai/videos/1234567890123/", 420L, "VID_0001.mp4", List.of()))),
                List.of(ops.funeralScheme(scheme, 500_000, 2_000, 6)),
                List.of(ops.funeralScheme(scheme, 500_000, 2_000, 6),
                        ops.claim(early, scheme, newcomer, today),
                        ops.claim(fine, scheme, oldTimer, today),
                        ops.claim(Ops.newId(), scheme, oldTimer, today),
                        ops.levy(Ops.newId(), scheme, fine.toString(), List.of(oldTimer), 2_000),
                        ops.payout(fine, 500_000)),
                List.of(ops.payout(fine, 500_000)),
                List.of(ops.price("PET_CLEAR", 800, null)),
                List.of(ops.deposit(oldTimer, DepositLine.priced("PET_CLEAR", 1_000, 1_000_000))),
                // two deposits printed with one receipt number: the second is stored without it
                List.of(ops.op(Ops.newId(), DepositRecord.of(oldTimer, now,
                        List.of(DepositLine.priced("PET_CLEAR", 1_000, 800))).withReceiptNo("AA-000001"))),
                List.of(duplicateNumbered));
        for (List<SyncOp> batch : batches) {
            List<String> statuses = api().pushStatuses(phone, batch);
            assertTrue(statuses.stream().allMatch("APPLIED"::equals), statuses + " for " + batch);
        }
    }

    @AfterEach
    void desktopWindow() {
        if (browser != null && desktop != null) {
            browser.driver().manage().window().setSize(desktop);
        }
    }

    @Test
    void theFixtureRaisedFlagsOfEveryKind() {
        Set<String> raised = new TreeSet<>();
        for (String kind : everyKind()) {
            if (country.count("SELECT COUNT(*) FROM review_flag f JOIN org o ON o.id = f.org_id WHERE o.code = ?"
                    + " AND f.kind = ?", HUAI, kind) > 0) {
                raised.add(kind);
            }
        }
        assertEquals(new TreeSet<>(everyKind()), raised);
    }

    @Test
    void eachFlagIsASentenceWithNameBahtDateAndPhoneAndFitsADesktop() {
        browser.signIn(ORG_HUAI, PASSWORD);
        browser.go("/web/orgs/" + HUAI + "/review");
        List<WebElement> flags = browser.all(".flag");
        Set<String> kinds = new TreeSet<>();
        for (WebElement flag : flags) {
            String kind = flag.getAttribute("data-kind");
            kinds.add(kind);
            String sentence = flag.findElement(By.cssSelector(".sentence")).getText();
            String shown = flag.getText();
            assertFalse(sentence.isBlank() || sentence.contains("?"), kind + ": " + sentence);
            assertFalse(shown.contains("{\"") || shown.contains("deviceId"), kind + " shows raw detail: " + shown);
            assertTrue(sentence.contains("(" + PHONE + ")") || sentence.contains("(โทรศัพท์ทดสอบ)"),
                    kind + " names the phone: " + sentence);
            WebElement details = flag.findElement(By.cssSelector("details.raw"));
            assertEquals("รายละเอียด", details.findElement(By.tagName("summary")).getText());
            assertEquals(null, details.getAttribute("open"), "closed at first");
        }
        assertTrue(kinds.containsAll(everyKind()), "every kind is shown: " + kinds);

        String negative = sentence("NEGATIVE_BALANCE", LONG_NAME);
        assertEquals("ยอดเงินของ " + LONG_NAME + " ติดลบ 30.00 บาท หลังการถอนเงินเมื่อ " + thaiToday() + " (" + PHONE + ")",
                negative);
        assertTrue(sentence("WELFARE_PAYOUT_ABOVE_RULE", OLD_TIMER).contains("รวม 10,000.00 บาท เกินที่ระเบียบกำหนด 5,000.00 บาท"),
                sentence("WELFARE_PAYOUT_ABOVE_RULE", OLD_TIMER));
        assertTrue(sentence("WELFARE_NOT_ELIGIBLE", "นายมาใหม่ ใจดี").contains("ไม่ผ่านเงื่อนไข"));
        assertTrue(sentence("PRICE_OFF_BOARD", OLD_TIMER).contains("10,000.00 บาท/กก. (ราคาประกาศ 8.00 บาท/กก.)"),
                sentence("PRICE_OFF_BOARD", OLD_TIMER));
        assertTrue(sentence("VIDEO_TOO_LONG", "").contains("7:00 นาที"), sentence("VIDEO_TOO_LONG", ""));
        assertEquals("เลขที่ใบรับฝาก AA-000001 ที่ นายมาใหม่ ใจดี ได้รับเมื่อ " + thaiToday() + " (" + PHONE
                + ") ซ้ำกับรายการฝากของ " + OLD_TIMER + " เมื่อ " + thaiToday() + " ระบบบันทึกการฝากแล้ว โดยใช้เลขที่ "
                + legacyNumber() + " แทน", sentence("RECEIPT_NO_DUPLICATE", "นายมาใหม่ ใจดี"));
        assertFitsTheWidth("review at 1280");
        browser.snapshot("web-05-review");

        WebElement first = browser.find(".flag[data-kind='NEGATIVE_BALANCE'] details.raw summary");
        first.click();
        assertTrue(browser.text(".flag[data-kind='NEGATIVE_BALANCE'] details.raw pre").contains("\"balance\""));
        assertFitsTheWidth("review at 1280 with a detail open");
    }

    @Test
    void theQueueFitsAPhonesWidthWithLongNamesAndOpenDetails() {
        desktop = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.signIn(ORG_HUAI, PASSWORD);
        browser.go("/web/orgs/" + HUAI + "/review");
        assertFitsTheWidth("review at 390");
        browser.snapshot("web-07-review-390");
        for (WebElement summary : browser.all(".flag details.raw summary")) {
            browser.js("arguments[0].scrollIntoView()", summary);
            summary.click();
        }
        assertFitsTheWidth("review at 390 with every detail open");
        browser.go("/web/orgs/" + HUAI + "/members/" + longNamed);
        assertFitsTheWidth("passbook at 390");
    }

    @Test
    void theLinkOpensTheMembersPassbookWithTheRunningBalance() {
        browser.signIn(ORG_HUAI, PASSWORD);
        browser.go("/web/orgs/" + HUAI + "/review");
        browser.find(".flag[data-kind='NEGATIVE_BALANCE'] a.member-link[href$='" + longNamed + "']").click();
        browser.waitUntil(d -> !browser.all("#member-name").isEmpty());
        assertEquals(LONG_NAME, browser.text("#member-name"));
        assertEquals("-30.00 บาท", browser.text("#member-balance"));
        List<WebElement> rows = browser.all("#passbook tr");
        String last = rows.get(rows.size() - 1).getText();
        assertTrue(last.contains("ถอนเงิน") && last.contains("-30.00"), last);
        browser.snapshot("web-08-member-passbook");
    }

    @Test
    void thePassbookShowsEachDepositsReceiptNumberAndTheOldNumberForOneWithout() {
        browser.signIn(ORG_HUAI, PASSWORD);
        browser.go("/web/orgs/" + HUAI + "/members/" + oldTimer);
        browser.waitUntil(d -> !browser.all("#passbook").isEmpty());
        assertEquals("เลขที่", browser.all("#passbook th").get(2).getText());
        List<String> numbers = browser.all("#passbook td.receipt-no").stream().map(WebElement::getText).toList();
        assertTrue(numbers.contains("AA-000001"), numbers.toString());
        browser.go("/web/orgs/" + HUAI + "/members/" + newcomer);
        browser.waitUntil(d -> !browser.all("#passbook").isEmpty());
        numbers = browser.all("#passbook td.receipt-no").stream().map(WebElement::getText).toList();
        assertTrue(numbers.contains(legacyNumber()), numbers.toString());
    }

    private String legacyNumber() {
        return duplicateNumbered.entityId().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void theSentencesAreInEnglishWhenTheOfficerChoseEnglish() {
        browser.signIn(ORG_HUAI, PASSWORD);
        browser.go("/web/orgs/" + HUAI + "/review?lang=en");
        LocalDate today = LocalDate.now(Dates.THAI);
        String en = today.getDayOfMonth() + " " + List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                "Sep", "Oct", "Nov", "Dec").get(today.getMonthValue() - 1) + " " + today.getYear();
        assertEquals(LONG_NAME + "'s balance is 30.00 baht below zero after a withdrawal on " + en + " (" + PHONE + ")",
                sentence("NEGATIVE_BALANCE", LONG_NAME));
        browser.go("/web/orgs/" + HUAI + "/review?lang=th");
    }

    @Test
    void aPassbookOutsideTheOfficersAreaIsRefusedAndAnotherOrgsMemberIsNotFound() {
        WebSession other = new WebSession(base());
        other.signInOk(ORG_NAYANGKLAK, PASSWORD);
        WebSession.Page refused = other.get("/web/orgs/" + HUAI + "/members/" + longNamed);
        assertEquals(403, refused.status());
        WebSession.Page missing = other.get("/web/orgs/" + NAYANGKLAK + "/members/" + longNamed);
        assertEquals(404, missing.status());
        WebSession mine = new WebSession(base());
        mine.signInOk(ORG_HUAI, PASSWORD);
        assertEquals(200, mine.get("/web/orgs/" + HUAI + "/members/" + longNamed).status());
    }

    /** The sentence of the first flag of {@code kind} that mentions {@code who}. */
    private String sentence(String kind, String who) {
        List<String> seen = new ArrayList<>();
        for (WebElement s : browser.all(".flag[data-kind='" + kind + "'] .sentence")) {
            seen.add(s.getText());
            if (s.getText().contains(who)) {
                return s.getText();
            }
        }
        throw new AssertionError("no " + kind + " about " + who + ": " + seen);
    }

    private static String thaiToday() {
        LocalDate today = LocalDate.now(Dates.THAI);
        return today.getDayOfMonth() + " " + MONTHS[today.getMonthValue() - 1] + " " + (today.getYear() + 543);
    }

    private static List<String> everyKind() {
        return List.of(ReviewFlags.NEGATIVE_BALANCE, ReviewFlags.MEMBER_CONFLICT, ReviewFlags.POSSIBLE_DUPLICATE_MEMBER,
                ReviewFlags.PRODUCT_CONFLICT, ReviewFlags.VIDEO_TOO_LONG, ReviewFlags.VIDEO_FILE_NAME,
                ReviewFlags.WELFARE_SCHEME_CONFLICT, ReviewFlags.WELFARE_NOT_ELIGIBLE,
                ReviewFlags.WELFARE_DUPLICATE_CLAIM, ReviewFlags.WELFARE_FUND_NEGATIVE,
                ReviewFlags.WELFARE_DOUBLE_PAYOUT, ReviewFlags.WELFARE_PAYOUT_ABOVE_RULE, ReviewFlags.LEVY_MISMATCH,
                ReviewFlags.PRICE_OFF_BOARD, ReviewFlags.RECEIPT_NO_DUPLICATE);
    }

    private void assertFitsTheWidth(String page) {
        Browser.Widths widths = browser.widths();
        assertTrue(widths.fit(), widths.describe(page));
    }
}
