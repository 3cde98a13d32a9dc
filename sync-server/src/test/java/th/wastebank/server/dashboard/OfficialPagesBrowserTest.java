package th.wastebank.server.dashboard;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

import th.wastebank.deposit.DepositLine;
import th.wastebank.member.MemberUpsert;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Browser;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.TestDatabase;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.server.web.Texts;
import th.wastebank.validation.Dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.wastebank.server.dashboard.DashboardFixture.DISTRICT_3609;
import static th.wastebank.server.dashboard.DashboardFixture.NATIONAL;
import static th.wastebank.server.dashboard.DashboardFixture.PASSWORD;
import static th.wastebank.server.dashboard.DashboardFixture.PROVINCE_36;

/**
 * The pages as Thai officials read them, on pages with data: a waste bank with a long Thai name that
 * deposited in each of the last twelve months, 1,200 more อปท. in อำเภอเมืองชัยภูมิ (so counts run
 * into thousands and the progress report is long) and one in Bangkok, whose district is a เขต. Full
 * breadcrumbs, place names written without a space, right-aligned numbers under right-aligned
 * headers, thousands separators, a twelve-month chart whose legend hides nothing, line height and
 * underlines for Thai, and reports that never scroll the page sideways.
 */
@MicronautTest(transactional = false)
class OfficialPagesBrowserTest extends DashboardBrowserTestBase {
    static final String LONG_NAME = "องค์การบริหารส่วนตำบลบ้านไร่หนองบัวแดงพัฒนาสิ่งแวดล้อมและธนาคารขยะชุมชนยั่งยืน";
    static final String LONG = "W360904";
    static final String BANGKOK = "W100101";
    static final int MANY = 1_200;
    /** Each month's deposit of the long-named bank: month i (0 = eleven months ago) is (i + 1) kg at 10 baht a kg. */
    static final long KG_PER_STEP = 1_000;

    @Override
    String schema() {
        return "wastebank_web_official";
    }

    @BeforeAll
    void twelveMonthsManyOrgsAndBangkok() throws SQLException {
        if (!Browser.installed()) {
            return;
        }
        TestOrgs.createIn(country.jdbcUrl, LONG, LONG_NAME, "360904");
        TestOrgs.createIn(country.jdbcUrl, BANGKOK, "แขวงพระบรมมหาราชวังทดสอบ", "100101");
        try (Connection c = TestDatabase.connect(country.jdbcUrl)) {
            c.setAutoCommit(false);
            for (int i = 0; i < MANY; i++) {
                TestOrgs.insert(c, "M" + String.format("%05d", i), "เทศบาลตำบลทดสอบลำดับที่ " + (i + 1) + " บ้านโนนสะอาดพัฒนา",
                        "360101");
            }
            c.commit();
        }
        Api.Device phone = api().pair(LONG);
        YearMonth thisMonth = YearMonth.now(Dates.THAI);
        UUID member = Ops.newId();
        ZonedDateTime first = thisMonth.minusMonths(11).atDay(2).atTime(10, 0).atZone(Dates.THAI);
        expect(api().pushStatuses(phone, List.of(new Ops(first.toInstant()).op(member,
                new MemberUpsert("นางสาวประภาพรรณ ศรีสุขสวัสดิ์", "1", "หมู่ 9", null, first.toLocalDate(), 1)))));
        for (int i = 0; i < 12; i++) {
            Instant at = i == 11 ? Instant.now() : thisMonth.minusMonths(11 - i).atDay(15).atTime(10, 0)
                    .atZone(Dates.THAI).toInstant();
            expect(api().pushStatuses(phone, List.of(new Ops(at).deposit(member,
                    DepositLine.priced("CARDBOARD", (i + 1) * KG_PER_STEP, 1_000)))));
        }
    }

    @AfterEach
    void desktop() {
        if (browser != null) {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void aDistrictsBreadcrumbNamesTheNationTheProvinceAndTheDistrictAsThaiWritesThem() {
        browser.signIn(NATIONAL, PASSWORD);
        browser.go("/web/districts/3609");
        assertEquals("ทั้งประเทศ › จังหวัดชัยภูมิ › อำเภอเทพสถิต", browser.text("#crumbs"));
        assertEquals("อำเภอเทพสถิต", browser.text("#area-title"));
        browser.go("/web/provinces/36");
        assertEquals("ทั้งประเทศ › จังหวัดชัยภูมิ", browser.text("#crumbs"));
        assertEquals("จังหวัดชัยภูมิ", browser.text("#area-title"));
        browser.go("/web/orgs/" + LONG);
        assertEquals("ทั้งประเทศ › จังหวัดชัยภูมิ › อำเภอเทพสถิต", browser.text("#crumbs"));

        // Bangkok is not a จังหวัด, and its districts are เขต
        browser.go("/web/districts/1001");
        assertEquals("ทั้งประเทศ › กรุงเทพมหานคร › เขตพระนคร", browser.text("#crumbs"));
        assertEquals("เขตพระนคร", browser.text("#area-title"));
        browser.go("/web/provinces/10");
        assertEquals("กรุงเทพมหานคร", browser.text("#area-title"));

        // a district officer sees the nation and the province as words, his own district too
        browser.forgetCookies();
        browser.signIn(DISTRICT_3609, PASSWORD);
        assertEquals("ทั้งประเทศ › จังหวัดชัยภูมิ › อำเภอเทพสถิต", browser.text("#crumbs"));
    }

    @Test
    void numericColumnsAndTheirHeadersAreRightAlignedAndLineUp() {
        browser.signIn(NATIONAL, PASSWORD);
        for (String page : List.of("/web/nation", "/web/provinces/36")) {
            browser.go(page);
            assertNumbersLineUpUnderTheirHeaders(page, "#parts");
            assertNumbersLineUpUnderTheirHeaders(page, "#welfare table");
        }
        browser.go("/web/reports/progress?area=36");
        assertNumbersLineUpUnderTheirHeaders("progress report", "#pr-rows");
    }

    @Test
    void everyCountHasThousandsSeparators() {
        browser.signIn(NATIONAL, PASSWORD);
        browser.go("/web/nation");
        assertTrue(browser.text("#parts").contains("ชัยภูมิ 2 1 1 0 0 1,204"), browser.text("#parts"));
        assertTrue(browser.text("#steps ~ p").startsWith("1,206 อปท."), browser.text("#steps ~ p"));
        browser.go("/web/provinces/36");
        assertTrue(browser.text("#parts").contains("เมืองชัยภูมิ 1 0 0 0 0 1,201"), browser.text("#parts"));
        String round = browser.text("#round");
        assertTrue(Pattern.compile("\\(1,2[0-9]{2}\\)").matcher(round).find(), round);
        assertNoBareThousands("/web/provinces/36 round", round);
        browser.go("/web/reports/progress?area=36");
        assertNoBareThousands("progress counts", browser.text("#pr-counts") + " " + browser.text("main > p.small"));
        assertTrue(browser.text("#pr-counts").contains("1,20"), browser.text("#pr-counts"));
        browser.go("/web/reports/late?area=36");
        assertTrue(Pattern.compile("\\(1,2[0-9]{2}\\)").matcher(browser.text("#not-reported h2")).find(),
                browser.text("#not-reported h2"));
    }

    @Test
    void theMonthlyChartShowsTwelveMonthsWithEmptyOnesAsZeroAndItsLegendHidesNoPoint() {
        browser.signIn(NATIONAL, PASSWORD);
        browser.go("/web/districts/3609");
        List<?> labels = (List<?>) browser.js("return window.wbMonthly.labels");
        assertEquals(12, labels.size(), labels.toString());
        assertEquals(Texts.thai().month(YearMonth.now(Dates.THAI)), labels.get(11));
        assertEquals(12L, ((Number) browser.js("return window.wbChart.scales.x.ticks.length")).longValue(),
                "every month's label is drawn");
        assertFalse(((List<?>) browser.js("return window.wbMonthly.kg")).contains(0L), "the long-named bank deposits monthly");

        browser.go("/web/orgs/" + DashboardFixture.HUAI);
        List<?> kg = (List<?>) browser.js("return window.wbMonthly.kg");
        assertEquals(12, kg.size(), kg.toString());
        assertEquals(11, kg.stream().filter(v -> ((Number) v).doubleValue() == 0).count(), "one month with a deposit: " + kg);

        browser.go("/web/districts/3609");
        @SuppressWarnings("unchecked")
        Map<String, Object> chart = (Map<String, Object>) browser.js("var c = window.wbChart, b = c.getDatasetMeta(1).data;"
                + "var top = Math.min.apply(null, b.map(function (p) { return p.y - p.options.radius; }));"
                + "return {legendTop: c.legend.top, legendBottom: c.legend.bottom, areaTop: c.chartArea.top,"
                + " areaBottom: c.chartArea.bottom, highestPoint: top};");
        double highest = ((Number) chart.get("highestPoint")).doubleValue();
        assertTrue(((Number) chart.get("legendTop")).doubleValue() >= ((Number) chart.get("areaBottom")).doubleValue(),
                "the legend is below the chart: " + chart);
        assertTrue(highest >= 0 && highest >= ((Number) chart.get("areaTop")).doubleValue() - 1,
                "the highest baht point is inside the chart: " + chart);
    }

    @Test
    void emptySectionsAreLeftOffAnAreaPage() {
        browser.signIn(NATIONAL, PASSWORD);
        browser.go("/web/provinces/63");
        assertTrue(browser.all("#monthly-card").isEmpty(), "Tak deposited nothing: no empty chart");
        assertTrue(browser.all("#welfare").isEmpty(), "no welfare scheme anywhere: no empty welfare section");
        assertTrue(browser.all("#monthly").isEmpty());
        browser.go("/web/districts/3609");
        assertFalse(browser.all("#monthly-card").isEmpty(), "Thep Sathit has twelve months of deposits");
    }

    @Test
    void thaiTextHasRoomForToneMarksAndUnderlinesClearBelowVowelsAtEverySize() {
        browser.signIn(NATIONAL, PASSWORD);
        for (int width : new int[] {1280, 390}) {
            browser.driver().manage().window().setSize(new Dimension(width, 900));
            browser.go("/web/districts/3609");
            for (String css : List.of("main p", "#steps th", "#orgs td", ".small", "#round h3", "#crumbs", "#area-title")) {
                double ratio = ((Number) browser.js("var e = document.querySelector(arguments[0]), s = getComputedStyle(e);"
                        + "return parseFloat(s.lineHeight) / parseFloat(s.fontSize);", css)).doubleValue();
                assertTrue(ratio >= 1.45 && (css.startsWith("#area") || ratio >= 1.59),
                        css + " at " + width + " px has line height " + ratio + " × its font size");
            }
            double offset = ((Number) browser.js("var s = getComputedStyle(document.querySelector('#orgs a'));"
                    + "return parseFloat(s.textUnderlineOffset) / parseFloat(s.fontSize);")).doubleValue();
            assertTrue(offset >= 0.3, "a link's underline is " + offset + " em below the baseline at " + width + " px");
        }
    }

    @Test
    void theProgressReportOfManyOrgsWithLongNamesFitsTheScreenAndScrollsInItsOwnBox() {
        browser.signIn(PROVINCE_36, PASSWORD);
        for (int width : new int[] {1280, 390}) {
            browser.driver().manage().window().setSize(new Dimension(width, 900));
            for (String page : List.of("/web/reports/progress?area=36", "/web/reports/progress?area=3609",
                    "/web/reports/late?area=36", "/web/provinces/36", "/web/districts/3609", "/web/orgs/" + LONG)) {
                browser.go(page);
                Browser.Widths widths = browser.widths();
                assertTrue(widths.fit(), widths.describe(page));
            }
            browser.go("/web/reports/progress?area=3609");
            assertTrue(browser.text("#pr-rows").contains(LONG_NAME), "the long name is in the report");
            assertEquals("sticky", browser.js("return getComputedStyle(document.querySelector('#pr-rows td.name')).position"),
                    "the อปท. stays in view while the report scrolls sideways");
            assertEquals("auto", browser.js("return getComputedStyle(document.getElementById('pr-box')).overflowX"));
        }
    }

    /** Every column whose cells are right-aligned numbers has a right-aligned header whose text ends where theirs do. */
    private void assertNumbersLineUpUnderTheirHeaders(String page, String table) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> columns = (List<Map<String, Object>>) browser.js(
                "var t = document.querySelector(arguments[0]); if (!t) return [];"
                + "var rows = t.querySelectorAll('tr'), out = [];"
                + "function textRight(cell) { var r = document.createRange(); r.selectNodeContents(cell);"
                + "  var b = r.getBoundingClientRect(); return b.width ? b.right : null; }"
                + "for (var i = 0; i < rows[0].cells.length; i++) {"
                + "  var head = rows[0].cells[i], nums = [], blanks = 0;"
                + "  for (var j = 1; j < rows.length; j++) { var c = rows[j].cells[i], x = c ? c.textContent.trim() : '';"
                + "    if (/^[0-9][0-9,.:%]*$/.test(x)) nums.push(c); else if (/^[-–·]?$/.test(x)) blanks++; }"
                // a cell with nothing to show (the progress report leaves a video's length empty where an
                // อปท. has no video) keeps the column a column of numbers; no other class's data reaches
                // this page (the class has a schema of its own)
                + "  if (nums.length + blanks < rows.length - 1 || !nums.length) continue;"
                + "  out.push({column: i, head: head.textContent.trim(), headAlign: getComputedStyle(head).textAlign,"
                + "    cellAlign: getComputedStyle(nums[0]).textAlign, headRight: textRight(head), cellRight: textRight(nums[0]),"
                + "    padding: parseFloat(getComputedStyle(head).paddingRight) - parseFloat(getComputedStyle(nums[0]).paddingRight)});"
                + "} return out;", table);
        if (!table.startsWith("#welfare")) {
            assertFalse(columns.isEmpty(), page + " " + table + " has numeric columns");
        }
        List<String> wrong = new ArrayList<>();
        for (Map<String, Object> c : columns) {
            double headRight = ((Number) c.get("headRight")).doubleValue();
            double cellRight = ((Number) c.get("cellRight")).doubleValue();
            if (!"right".equals(c.get("headAlign")) || !"right".equals(c.get("cellAlign"))
                    || Math.abs(headRight - cellRight) > 1.5) {
                wrong.add(c.toString());
            }
        }
        assertTrue(wrong.isEmpty(), page + " " + table + ": headers not over their numbers: " + wrong);
    }

    private static final Pattern BARE_THOUSANDS = Pattern.compile("(?<![0-9,/.])[0-9]{4,}(?![0-9/])");

    private static void assertNoBareThousands(String where, String text) {
        String withoutYears = text.replaceAll("25[0-9]{2}", "");
        assertFalse(BARE_THOUSANDS.matcher(withoutYears).find(), where + " writes a number without separators: " + text);
    }

    private static void expect(List<String> statuses) {
        assertTrue(statuses.stream().allMatch("APPLIED"::equals), statuses.toString());
    }
}
