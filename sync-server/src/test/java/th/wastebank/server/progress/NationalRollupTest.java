package th.wastebank.server.progress;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.wastebank.server.org.Geography;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.TestDatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * On the national demo data (one อปท. per sub-district, in a database of its own) with a known
 * pattern of progress, the roll-ups by nation, province and district are exact: they are checked
 * against counts made here from the bundled sub-district list, not from the database.
 */
@MicronautTest(transactional = false)
class NationalRollupTest extends ServerTestBase {
    private static final String SCHEMA = "wastebank_national_rollup";
    private static final int[] EVERY = {0, 2, 3, 5, 7, 11};

    @Inject
    Geography geography;

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

    /** Step s is reached by the org whose code is divisible by EVERY[s]; products and video follow suit. */
    private static boolean reached(long code, int step) {
        return code % EVERY[step] == 0;
    }

    @BeforeAll
    void demoDataWithAKnownPattern() throws Exception {
        geography.createDemoOrgs();
        try (var c = TestDatabase.connect(TestDatabase.freshUrlOf(SCHEMA));
             var st = c.createStatement()) {
            st.executeUpdate("INSERT INTO org_progress (org_id, step1_on, step2_on, step3_on, step4_on, step5_on,"
                    + " products, video_url, video_seconds, last_activity_on) SELECT id,"
                    + " IF(code % 2 = 0, '2026-01-01', NULL), IF(code % 3 = 0, '2026-02-01', NULL),"
                    + " IF(code % 5 = 0, '2026-03-01', NULL), IF(code % 7 = 0, '2026-04-01', NULL),"
                    + " IF(code % 11 = 0, '2026-05-01', NULL), code % 4,"
                    + " IF(code % 7 = 0, CONCAT('https://www.youtube.com/watch?v=', LPAD(code, 11, '0')), NULL),"
                    + " IF(code % 7 = 0, 240, NULL), '2026-05-01' FROM org WHERE demo");
        }
    }

    @Test
    void nationProvinceAndDistrictRollUpsMatchACountMadeFromTheSubDistrictList() throws Exception {
        long[] nation = new long[8];
        Map<String, long[]> provinces = new HashMap<>();
        Map<String, long[]> districts = new HashMap<>();
        try (Reader in = new InputStreamReader(getClass().getResourceAsStream("/geography/sub_districts.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                long code = Long.parseLong(r.get("id"));
                String district = r.get("district_id");
                for (long[] counts : List.of(nation, provinces.computeIfAbsent(district.substring(0, 2), k -> new long[8]),
                        districts.computeIfAbsent(district, k -> new long[8]))) {
                    counts[0]++;
                    for (int s = 1; s <= 5; s++) {
                        counts[s] += reached(code, s) ? 1 : 0;
                    }
                    counts[6] += code % 4 > 0 ? 1 : 0;
                    counts[7] += code % 7 == 0 ? 1 : 0;
                }
            }
        }

        Map<String, Object> whole = api().get("/api/v1/progress", ADMIN_TOKEN).json();
        assertArea(nation, (Map<?, ?>) whole.get("area"));
        assertEquals(7_766, ((Number) ((Map<?, ?>) whole.get("area")).get("target")).intValue());
        List<?> byProvince = (List<?>) whole.get("parts");
        assertEquals(77, byProvince.size());
        for (Object p : byProvince) {
            Map<?, ?> area = (Map<?, ?>) p;
            assertArea(provinces.get((String) area.get("code")), area);
        }
        Map<String, Object> chaiyaphum = api().get("/api/v1/progress/provinces/36", ADMIN_TOKEN).json();
        for (Object d : (List<?>) chaiyaphum.get("parts")) {
            Map<?, ?> area = (Map<?, ?>) d;
            assertArea(districts.get((String) area.get("code")), area);
        }
        Map<String, Object> thepSathit = api().get("/api/v1/progress/districts/3609", ADMIN_TOKEN).json();
        assertArea(districts.get("3609"), (Map<?, ?>) thepSathit.get("area"));
        assertEquals(districts.get("3609")[0], ((List<?>) thepSathit.get("orgs")).size());
    }

    private static void assertArea(long[] expected, Map<?, ?> area) {
        String where = String.valueOf(area.get("code"));
        assertEquals(expected[0], ((Number) area.get("orgs")).longValue(), where + " orgs");
        List<?> steps = (List<?>) area.get("steps");
        for (int s = 1; s <= 5; s++) {
            assertEquals(expected[s], ((Number) ((Map<?, ?>) steps.get(s - 1)).get("orgs")).longValue(),
                    where + " step " + s);
        }
        assertEquals(expected[6], ((Number) area.get("withProduct")).longValue(), where + " with product");
        assertEquals(expected[7], ((Number) area.get("withVideo")).longValue(), where + " with video");
    }
}
