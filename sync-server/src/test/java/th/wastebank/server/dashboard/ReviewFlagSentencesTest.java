package th.wastebank.server.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.LineNumberReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import th.wastebank.committee.CommitteeUpsert;
import th.wastebank.deposit.DepositLine;
import th.wastebank.dividend.DividendLine;
import th.wastebank.dividend.DividendPlan;
import th.wastebank.dividend.DividendRun;
import th.wastebank.material.MaterialCatalogue;
import th.wastebank.money.Money;
import th.wastebank.sale.BuyerUpsert;
import th.wastebank.sale.SaleLine;
import th.wastebank.sale.SaleRecord;
import th.wastebank.server.review.ReviewFlags;
import th.wastebank.server.sale.SaleReads;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.StaffClient;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.server.support.WebSession;
import th.wastebank.sync.SyncOp;
import th.wastebank.welfare.MarginRun;
import th.wastebank.welfare.SchemeUpsert;
import th.wastebank.withdrawal.WithdrawalRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The flags of selling, the roster, margin runs and dividends read as sentences on the review
 * queue: raised through the real push API by a phone named "โทรศัพท์กรรมการ 1", each says what
 * happened with the real names (buyer, member, committee members, scheme), kilograms and baht,
 * Buddhist-era days and the phone, in Thai and in English; none falls back to raw JSON, a bare
 * title or a missing key. Every flag kind has a title in every bundle, and no bundle says a key twice.
 */
@SharedServer
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewFlagSentencesTest extends ServerTestBase {
    private static final String PHONE = "โทรศัพท์กรรมการ 1";
    /** 2026-11-20 10:00 in Thailand. */
    private static final Instant PAID_AT = Instant.parse("2026-11-20T03:00:00Z");
    /** 2026-12-01 10:00 in Thailand. */
    private static final Instant RUN_AT = Instant.parse("2026-12-01T03:00:00Z");
    private static final List<String> NAMES = List.of("นายสมชาย ประธาน", "นางสมหญิง เหรัญญิก");
    private static final List<String> NEW_KINDS = List.of(ReviewFlags.SALE_OVERSOLD,
            ReviewFlags.APPROVERS_NOT_ON_COMMITTEE, ReviewFlags.MARGIN_RUN_ABOVE_MARGIN,
            ReviewFlags.DIVIDEND_ABOVE_MARGIN, ReviewFlags.DIVIDEND_MISMATCH);
    private static final Pattern FLAG = Pattern.compile(
            "data-kind=\"([A-Z_]+)\"[^>]*>.*?<p class=\"sentence\">(.*?)</p>(.*?)<details", Pattern.DOTALL);

    private final Ops ops = new Ops(PAID_AT);
    private String org;
    private long orgId;
    private UUID member;
    private UUID stranger;

    @BeforeAll
    void flagsOfSellingTheRosterMarginAndDividends() {
        org = TestOrgs.create("อบต.ธงเป็นถ้อยคำ");
        orgId = Db.count("SELECT id FROM org WHERE code = ?", org);
        Api.Device phone = api().pair(org, PHONE);
        member = Ops.newId();
        UUID buyer = Ops.newId();
        UUID saver = Ops.newId();
        UUID chair = Ops.newId();
        UUID retired = Ops.newId();
        UUID scheme = Ops.newId();
        stranger = Ops.newId();
        List<SyncOp> batch = List.of(
                ops.member(member, "นางสมศรี ใจดี"),
                ops.op(buyer, new BuyerUpsert("กรีนไลน์ รีไซเคิล", "COMPANY", null, null)),
                ops.op(chair, new CommitteeUpsert("นายสมชาย ประธาน", "CHAIR", LocalDate.of(2025, 10, 1), null, 1)),
                ops.op(retired, new CommitteeUpsert("นายเกษียณ พ้นวาระ", "MEMBER", LocalDate.of(2023, 10, 1),
                        LocalDate.of(2025, 9, 30), 1)),
                ops.op(scheme, new SchemeUpsert("กองทุนจากกำไรขาย", "OTHER", "FIXED", 50_000, null, 0, 0, 0,
                        "SALE_MARGIN", null, null, "ACTIVE", 1)),
                // 10 kg of cans bought at 40 baht; 12 kg sold at 50 baht: 2 kg more than the stock
                ops.deposit(member, DepositLine.priced("ALU_CAN", 10_000, 4_000)),
                ops.member(saver, "นายมานะ ฝากมาก"), ops.deposit(saver, DepositLine.priced("PET_CLEAR", 5_000, 800)),
                ops.op(Ops.newId(), SaleRecord.of(buyer, LocalDate.of(2026, 11, 20),
                        List.of(SaleLine.priced("ALU_CAN", 12_000, 5_000)), null, "สมหญิง เหรัญญิก")),
                // 20 baht paid out, approved by the chair and a member whose term ended in 2025
                ops.op(Ops.newId(), new WithdrawalRecord(member, 2_000, PAID_AT, NAMES)
                        .withApproverIds(List.of(chair, retired))),
                // October had no sales: 40 baht moved into the fund, approved by the chair and an id on no roster
                ops.op(Ops.newId(), new MarginRun(scheme, "2026-10", 4_000, 4_000, RUN_AT, NAMES,
                        List.of(chair, stranger))));
        List<String> statuses = api().pushStatuses(phone, batch);
        assertEquals(List.of("APPLIED"), statuses.stream().distinct().toList(), statuses.toString());
        // once the sale is stored: 1,000 baht shared out of a year whose margin the phone put at 2,000 baht, all
        // to one of the two depositors
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, List.of(ops.op(Ops.newId(), new DividendRun(2570,
                "BY_DEPOSITS", 5_000, 200_000, RUN_AT, List.of(new DividendLine(member, 100_000)), 100_000, NAMES,
                null)))));
    }

    @Test
    void theFixtureRaisedEachNewKind() {
        for (String kind : NEW_KINDS) {
            assertTrue(Db.count("SELECT COUNT(*) FROM review_flag WHERE org_id = ? AND kind = ?", orgId, kind) > 0, kind);
        }
        assertEquals(2, Db.count("SELECT COUNT(*) FROM review_flag WHERE org_id = ? AND kind = ?", orgId,
                ReviewFlags.APPROVERS_NOT_ON_COMMITTEE), "the withdrawal and the margin run");
    }

    @Test
    void eachFlagIsAThaiSentenceWithTheRealNamesFiguresAndDays() {
        Map<String, List<String>> shown = sentences("th");
        for (String kind : NEW_KINDS) {
            assertSentences(kind, shown, thaiTitle(kind));
        }
        String cans = MaterialCatalogue.find("ALU_CAN").orElseThrow().nameTh();
        assertEquals(List.of("ขายขยะให้ กรีนไลน์ รีไซเคิล เมื่อ 20 พ.ย. 2569 โดย สมหญิง เหรัญญิก (" + PHONE
                + ") เกินยอดคงเหลือในคลัง: " + cans + " ขาย 12.000 กก. แต่มีในคลังก่อนขาย 10.000 กก."),
                shown.get(ReviewFlags.SALE_OVERSOLD));
        String notTwo = " ซึ่งไม่ใช่กรรมการสองคนที่ต่างกันและอยู่ในวาระในวันนั้น: ";
        assertEquals(List.of("การถอนเงิน 20.00 บาท ของ นางสมศรี ใจดี เมื่อ 20 พ.ย. 2569 (" + PHONE
                        + ") ยืนยันโดย นายสมชาย ประธาน (ประธาน) และ นายเกษียณ พ้นวาระ (กรรมการ)" + notTwo
                        + "นายเกษียณ พ้นวาระ (กรรมการ) ไม่ได้อยู่ในวาระในวันนั้น (วาระ 1 ต.ค. 2566 ถึง 30 ก.ย. 2568)",
                "การโอนกำไรจากการขายเข้ากองทุนสวัสดิการ 40.00 บาท เมื่อ 1 ธ.ค. 2569 (" + PHONE
                        + ") ยืนยันโดย นายสมชาย ประธาน (ประธาน) และ รหัส " + stranger + notTwo + "รหัส " + stranger
                        + " ไม่อยู่ในรายชื่อคณะกรรมการของธนาคาร"),
                shown.get(ReviewFlags.APPROVERS_NOT_ON_COMMITTEE));
        String paid = " (จ่ายเมื่อ 1 ธ.ค. 2569 (" + PHONE + "))";
        assertEquals(List.of("โอนกำไรจากการขายของเดือน ต.ค. 2569 เข้าสวัสดิการ \"กองทุนจากกำไรขาย\" 40.00 บาท (โอนเมื่อ"
                        + " 1 ธ.ค. 2569 (" + PHONE + "))"
                        + " เกินกำไรของเดือนนั้นที่ระบบคำนวณจากการขายที่ได้รับ 0.00 บาท (ในเครื่องแสดงกำไร 40.00 บาท)"),
                shown.get(ReviewFlags.MARGIN_RUN_ABOVE_MARGIN));
        long margin = yearMargin();
        assertTrue(margin > 0, "the cans were sold above their cost: " + margin);
        assertEquals(List.of("ปันผลปีงบประมาณ 2570 (ต.ค. 2569 – ก.ย. 2570) รวม 1,000.00 บาท" + paid
                        + " เกิน 50% ของกำไรจากการขายทั้งปีที่ระบบคำนวณได้ " + baht(margin) + " บาท ซึ่งปันผลได้ไม่เกิน "
                        + baht(DividendPlan.pool(margin, 5_000)) + " บาท (ในเครื่องแสดงกำไร 2,000.00 บาท)"),
                shown.get(ReviewFlags.DIVIDEND_ABOVE_MARGIN));
        assertEquals(List.of("ปันผลปีงบประมาณ 2570 (ต.ค. 2569 – ก.ย. 2570) รวม 1,000.00 บาท" + paid
                        + " มี 2 รายการไม่ตรงกับการแบ่งตามยอดฝากของสมาชิกในปี ที่ระบบคำนวณจากสมาชิกและยอดฝากที่ได้รับ"),
                shown.get(ReviewFlags.DIVIDEND_MISMATCH));
    }

    @Test
    void theWithdrawalsFlagLinksToTheMembersPassbook() {
        String page = StaffClient.signIn(api(), "ORG", org).get("/web/orgs/" + org + "/review").body();
        Matcher m = FLAG.matcher(page);
        List<String> links = new ArrayList<>();
        while (m.find()) {
            if (m.group(1).equals(ReviewFlags.APPROVERS_NOT_ON_COMMITTEE) && m.group(2).contains("การถอนเงิน")) {
                links.add(m.group(3));
            }
        }
        assertEquals(1, links.size(), page);
        assertTrue(links.get(0).contains("/web/orgs/" + org + "/members/" + member), links.get(0));
    }

    @Test
    void inEnglishEachFlagIsAnEnglishSentenceWithTheSameFigures() {
        Map<String, List<String>> shown = sentences("en");
        for (String kind : NEW_KINDS) {
            assertSentences(kind, shown, "");
            for (String s : shown.get(kind)) {
                for (String thai : List.of("เมื่อ", "บาท", "กก.", "ปีงบประมาณ", "รหัส", "ยืนยัน")) {
                    assertFalse(s.contains(thai), kind + " says \"" + thai + "\" in English: " + s);
                }
            }
        }
        String cans = MaterialCatalogue.find("ALU_CAN").orElseThrow().nameEn();
        assertEquals(List.of("Waste sold to กรีนไลน์ รีไซเคิล on 20 Nov 2026 by สมหญิง เหรัญญิก (" + PHONE
                + ") is more than the stock held: " + cans + ": 12.000 kg sold with 10.000 kg in stock before the sale"),
                shown.get(ReviewFlags.SALE_OVERSOLD));
        assertTrue(shown.get(ReviewFlags.APPROVERS_NOT_ON_COMMITTEE).contains("The withdrawal 20.00 baht by นางสมศรี ใจดี"
                + " on 20 Nov 2026 (" + PHONE + ") was approved by นายสมชาย ประธาน (Chair) and นายเกษียณ พ้นวาระ"
                + " (Committee member), who are not two different committee members in term that day: นายเกษียณ พ้นวาระ"
                + " (Committee member) was not on the committee that day (term 1 Oct 2023 to 30 Sep 2025)"),
                shown.get(ReviewFlags.APPROVERS_NOT_ON_COMMITTEE).toString());
        assertTrue(shown.get(ReviewFlags.MARGIN_RUN_ABOVE_MARGIN).get(0).startsWith("40.00 baht of Oct 2026's sale"
                + " margin was moved into \"กองทุนจากกำไรขาย\" (on 1 Dec 2026 (" + PHONE + "))"), shown.get(ReviewFlags.MARGIN_RUN_ABOVE_MARGIN).toString());
        assertTrue(shown.get(ReviewFlags.DIVIDEND_MISMATCH).get(0).contains(", 1,000.00 baht in all (paid on 1 Dec 2026 (" + PHONE
                + ")), has 2 line(s) that differ from the split"
                + " by each member's deposits in the year"), shown.get(ReviewFlags.DIVIDEND_MISMATCH).toString());
    }

    @Test
    void everyFlagKindHasATitleInEveryBundleAndNoBundleSaysAKeyTwice() throws Exception {
        List<String> kinds = new ArrayList<>();
        for (Field f : ReviewFlags.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                kinds.add((String) f.get(null));
            }
        }
        assertTrue(kinds.containsAll(NEW_KINDS), kinds.toString());
        for (String bundle : List.of("web/messages.properties", "web/messages_th.properties",
                "web/messages_en.properties")) {
            Properties words = new Properties();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
                words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            Set<String> untitled = new TreeSet<>();
            for (String kind : kinds) {
                String title = words.getProperty("review.kind." + kind);
                if (title == null || title.isBlank()) {
                    untitled.add(kind);
                }
            }
            assertEquals(Set.of(), untitled, bundle + " has no title for these flag kinds");
            assertEquals(Map.of(), keysSaidTwice(bundle), bundle);
        }
    }

    /** Keys defined on more than one line of a bundle, with their line numbers (the later one silently wins). */
    private Map<String, List<Integer>> keysSaidTwice(String bundle) throws IOException {
        Map<String, List<Integer>> lines = new HashMap<>();
        try (LineNumberReader in = new LineNumberReader(new InputStreamReader(
                getClass().getClassLoader().getResourceAsStream(bundle), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String s = line.strip();
                int eq = s.indexOf('=');
                if (!s.isEmpty() && !s.startsWith("#") && !s.startsWith("!") && eq > 0) {
                    lines.computeIfAbsent(s.substring(0, eq).strip(), k -> new ArrayList<>()).add(in.getLineNumber());
                }
            }
        }
        Map<String, List<Integer>> twice = new LinkedHashMap<>();
        lines.forEach((key, at) -> {
            if (at.size() > 1) {
                twice.put(key, at);
            }
        });
        return twice;
    }

    /** Every flag's sentence on the org's review page in {@code lang}, by kind, in the page's order. */
    private Map<String, List<String>> sentences(String lang) {
        WebSession.Page page = StaffClient.signIn(api(), "ORG", org).get("/web/orgs/" + org + "/review?lang=" + lang);
        assertEquals(200, page.status());
        Map<String, List<String>> out = new HashMap<>();
        Matcher m = FLAG.matcher(page.body());
        while (m.find()) {
            out.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(unescape(m.group(2)).strip());
        }
        return out;
    }

    /** Shown, a sentence of its own (not the kind's title with a date), with no raw detail or missing word. */
    private static void assertSentences(String kind, Map<String, List<String>> shown, String title) {
        assertTrue(shown.containsKey(kind), kind + " is shown: " + shown.keySet());
        for (String s : shown.get(kind)) {
            assertFalse(s.isBlank(), kind);
            for (String bad : List.of("{", "}", "?", "null", "review.kind", "deviceId", "NOT_ON_COMMITTEE", "UNKNOWN",
                    "SAME_PERSON", "NOT_TWO", "BY_DEPOSITS", "ALU_CAN", "welfare.", "withdrawal.record", "dividend.run")) {
                assertFalse(s.contains(bad), kind + " shows \"" + bad + "\": " + s);
            }
            assertTrue(s.contains("(" + PHONE + ")"), kind + " names the phone: " + s);
            assertFalse(!title.isEmpty() && s.startsWith(title), kind + " is only its title: " + s);
        }
    }

    private static String thaiTitle(String kind) {
        Properties words = new Properties();
        try (InputStream in = ReviewFlagSentencesTest.class.getClassLoader()
                .getResourceAsStream("web/messages_th.properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return words.getProperty("review.kind." + kind, "");
    }

    /** The fiscal year 2570's margin as the server's own sale reads value it. */
    private long yearMargin() {
        return server.getApplicationContext().getBean(SaleReads.class)
                .months(orgId, YearMonth.of(2026, 10), YearMonth.of(2027, 9)).stream()
                .mapToLong(SaleReads.SaleMonth::marginSatang).sum();
    }

    private static String baht(long satang) {
        return Money.formatBaht(satang);
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
