package th.wastebank.server.dashboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.wastebank.server.db.Jdbc;
import th.wastebank.server.org.Geography;
import th.wastebank.server.progress.ProgressQueries;
import th.wastebank.server.progress.ReportingRounds;
import th.wastebank.server.rollup.MonthlyTotals;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.StaffClient;
import th.wastebank.server.support.WebSession;
import th.wastebank.server.support.TestDatabase;
import th.wastebank.validation.Dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The national page's queries on the national demo data (7,451 orgs, in a database of its own):
 * the monthly totals add up every org's roll-up rows and are read from the month index alone, and
 * a reporting round's counts agree with who is expected, as worked out here from the org codes,
 * while a page only reads the names when there are few.
 */
@MicronautTest(transactional = false)
class NationalDashboardQueriesTest extends ServerTestBase {
    private static final String SCHEMA = "wastebank_national_dashboard";
    private static final ReportingRounds.Schedule DAYS = ReportingRounds.DEPARTMENT;
    /** Reported on the last round's due day, one second before midnight in Thailand. */
    private static final String LATE_EVENING = "360903";
    /** Reported at the first second of the current round, Thai time. */
    private static final String FIRST_SECOND = "360901";

    @Inject
    Geography geography;
    @Inject
    MonthlyTotals queries;
    @Inject
    ProgressQueries progress;

    private final YearMonth thisMonth = YearMonth.now(Dates.THAI);
    private final ReportingRounds.Round now = ReportingRounds.current(DAYS, LocalDate.now(Dates.THAI));
    private final ReportingRounds.Round last = ReportingRounds.previous(DAYS, LocalDate.now(Dates.THAI)).orElseThrow();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        try {
            p.put("datasources.default.url", TestDatabase.freshSchemaUrl(SCHEMA));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    /**
     * Every org: in the month m months ago (m = 0..12), m + 1 deposits of a kilogram for 10 baht each
     * and one 5-baht payout; step 5 (no longer expected to report) where the code divides by 11;
     * a report in this round where it divides by 13, in the last round where it divides by 17.
     */
    @BeforeAll
    void nationalDataWithMonthsAndReports() throws SQLException {
        geography.createDemoOrgs();
        try (Connection c = connect(); Statement st = c.createStatement()) {
            // every org judged by the department's days here (Tak's own days are another test's)
            st.executeUpdate("DELETE FROM reporting_schedule");
            for (int m = 0; m <= 12; m++) {
                st.executeUpdate("INSERT INTO org_month_stats (org_id, month, deposit_count, deposit_grams, deposit_satang,"
                        + " withdrawal_count, withdrawal_satang) SELECT id, '" + thisMonth.minusMonths(m).atDay(1) + "', "
                        + (m + 1) + ", " + (m + 1) * 1000 + ", " + (m + 1) * 1000 + ", 1, 500 FROM org");
            }
            st.executeUpdate("INSERT INTO org_progress (org_id, step1_on, step5_on) SELECT id, '2026-01-01',"
                    + " IF(code % 11 = 0, '2026-05-01', NULL) FROM org");
            milestones(c, "code % 13 = 0", Instant.now());
            milestones(c, "code % 17 = 0", thai(last.opensOn(), LocalTime.NOON));
            milestones(c, "code = '" + LATE_EVENING + "'", thai(last.dueOn(), LocalTime.of(23, 59, 59)));
            milestones(c, "code = '" + FIRST_SECOND + "'", thai(now.opensOn(), LocalTime.MIDNIGHT));
        }
    }

    @Test
    void theNationsMonthlyTotalsAddUpEveryOrgsRollUpRowsOfTheLastTwelveMonths() throws SQLException {
        long orgs = count("SELECT COUNT(*) FROM org");
        long inChaiyaphum = count("SELECT COUNT(*) FROM org WHERE province_code = '36'");
        for (String area : new String[] {null, "36"}) {
            long n = area == null ? orgs : inChaiyaphum;
            List<MonthlyTotals.Month> months = queries.months(area, thisMonth.minusMonths(11));
            assertEquals(12, months.size(), "the thirteenth month back is not shown");
            for (int i = 0; i < 12; i++) {
                int m = 11 - i;
                MonthlyTotals.Month month = months.get(i);
                assertEquals(thisMonth.minusMonths(m), month.month());
                assertEquals((m + 1) * 1000L * n, month.grams());
                assertEquals((m + 1) * 1000L * n, month.satang());
                assertEquals((m + 1) * n, month.deposits());
                assertEquals(500L * n, month.withdrawalSatang());
            }
        }
    }

    @Test
    void theNationsMonthlyTotalsAreReadFromTheMonthIndexAloneInMonthOrder() throws SQLException {
        try (Connection c = connect();
             PreparedStatement ps = c.prepareStatement("EXPLAIN " + MonthlyTotals.monthsSql(null))) {
            ps.setObject(1, thisMonth.minusMonths(11).atDay(1));
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                String plan = rs.getString("key") + " / " + rs.getString("Extra");
                assertEquals("ix_month_stats_month", rs.getString("key"), plan);
                assertTrue(rs.getString("Extra").contains("Using index"), plan);
                assertFalse(rs.getString("Extra").contains("temporary"), plan);
                assertFalse(rs.getString("Extra").contains("filesort"), plan);
                assertFalse(rs.next(), "one table");
            }
        }
    }

    @Test
    void aRoundsCountsAreThoseOfItsFullListsAndOnlyFewNamesAreRead() throws SQLException {
        List<String> expectedNotReported = new ArrayList<>();
        List<String> expectedLate = new ArrayList<>();
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery("SELECT code FROM org ORDER BY code")) {
            while (rs.next()) {
                String code = rs.getString(1);
                long n = Long.parseLong(code);
                if (n % 11 != 0 && n % 13 != 0 && !code.equals(FIRST_SECOND)) {
                    expectedNotReported.add(code);
                }
                if (n % 11 != 0 && n % 17 != 0 && !code.equals(LATE_EVENING)) {
                    expectedLate.add(code);
                }
            }
        }

        ProgressQueries.RoundReport full = progress.rounds(null);
        ProgressQueries.RoundSummary page = progress.roundSummary(null, 300);
        assertEquals(expectedNotReported, codes(full.notReported()));
        assertEquals(expectedLate, codes(full.late()));
        assertEquals(expectedNotReported.size(), page.notReportedCount());
        assertEquals(expectedLate.size(), page.lateCount());
        assertEquals(List.of(), page.notReported(), "thousands of names are not read for the nation");
        assertEquals(now.dueOn(), page.dueOn());

        ProgressQueries.RoundSummary chaiyaphum = progress.roundSummary("36", 300);
        List<String> in36 = expectedNotReported.stream().filter(code -> code.startsWith("36")).toList();
        assertEquals(in36.size(), chaiyaphum.notReportedCount());
        assertEquals(in36, codes(chaiyaphum.notReported()), "a province's few are named");
        assertEquals(expectedLate.stream().filter(code -> code.startsWith("36")).count(), chaiyaphum.lateCount());
    }

    @Test
    void theNationalPageCountsWhoHasNotReportedAndPointsToTheLateListInsteadOfThousandsOfNames() {
        long notReported = progress.roundSummary(null, AreaPagesController.ROUND_LIST_LIMIT).notReportedCount();
        assertTrue(notReported > AreaPagesController.ROUND_LIST_LIMIT, "thousands: " + notReported);

        WebSession.Page page = StaffClient.signIn(api(), "NATIONAL", null).get("/web/nation");
        assertEquals(200, page.status());
        String html = page.body();
        assertTrue(html.contains("ยังไม่รายงานในรอบนี้ (" + String.format(Locale.ROOT, "%,d", notReported) + ")"), "the count");
        assertTrue(html.contains("id=\"round-many\"") && html.contains("href=\"/web/reports/late\""),
                "a link to the late list instead of the names");
        assertFalse(html.contains("href=\"/web/orgs/"), "no org is named on the nation's page");
    }

    @Test
    void aReportCountsForTheRoundOfItsThaiDayRightUpToMidnight() {
        ProgressQueries.RoundReport thepSathit = progress.rounds("3609");
        assertTrue(codes(thepSathit.notReported()).contains(LATE_EVENING), "23:59:59 on the last due day is not now");
        assertFalse(codes(thepSathit.late()).contains(LATE_EVENING), "... but it made the last round");
        assertFalse(codes(thepSathit.notReported()).contains(FIRST_SECOND), "00:00:00 of the first day counts now");
        assertTrue(codes(thepSathit.late()).contains(FIRST_SECOND), "... and not for the round before");
    }

    private static List<String> codes(List<ProgressQueries.OrgProgress> orgs) {
        return orgs.stream().map(ProgressQueries.OrgProgress::code).toList();
    }

    private static Instant thai(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(Dates.THAI).toInstant();
    }

    private static void milestones(Connection c, String where, Instant recordedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO milestone (id, org_id, step, done_on, evidence, op_seq,"
                + " recorded_at, received_at) SELECT UNHEX(MD5(CONCAT(?, id))), id, 1, ?, '{}', 1, ?, ? FROM org WHERE "
                + where)) {
            LocalDateTime utc = Jdbc.utc(recordedAt);
            ps.setString(1, where + recordedAt);
            ps.setObject(2, LocalDate.ofInstant(recordedAt, Dates.THAI));
            ps.setObject(3, utc);
            ps.setObject(4, utc);
            ps.executeUpdate();
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection connect() throws SQLException {
        return TestDatabase.connect(TestDatabase.freshUrlOf(SCHEMA));
    }
}
