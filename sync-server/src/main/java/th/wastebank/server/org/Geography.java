package th.wastebank.server.org;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.wastebank.server.db.Database;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.db.Tx;

/**
 * Loads the bundled provinces, districts and sub-districts (MIT data, see
 * {@code geography/README.md}) into an empty database, and creates the demo อปท. when asked.
 * Both steps are idempotent, so several server nodes may start at once.
 */
@Singleton
public class Geography {
    private static final Logger LOG = LoggerFactory.getLogger(Geography.class);
    private final DataSource dataSource;

    public Geography(Database database) {
        this.dataSource = database.pool();
    }

    /** Loads the CSVs unless the sub-district table is already full. */
    public void loadIfEmpty() {
        try (Connection c = dataSource.getConnection()) {
            if (count(c, "sub_district") > 0) {
                return;
            }
            List<CSVRecord> districts = read("districts.csv");
            Map<String, String> provinceCodeById = new HashMap<>();
            for (CSVRecord d : districts) {
                provinceCodeById.put(d.get("province_id"), d.get("id").substring(0, 2));
            }
            List<Object[]> provinces = new ArrayList<>();
            for (CSVRecord p : read("provinces.csv")) {
                String code = provinceCodeById.get(p.get("id"));
                if (code != null) {
                    provinces.add(new Object[] {code, p.get("name_th"), p.get("name_en")});
                }
            }
            List<Object[]> districtRows = new ArrayList<>();
            for (CSVRecord d : districts) {
                districtRows.add(new Object[] {d.get("id"), d.get("id").substring(0, 2), d.get("name_th"), d.get("name_en")});
            }
            List<Object[]> subDistricts = new ArrayList<>();
            for (CSVRecord s : read("sub_districts.csv")) {
                subDistricts.add(new Object[] {s.get("id"), s.get("district_id"), s.get("name_th"), s.get("name_en"),
                        blankToNull(s.get("zip_code")), decimal(s.get("lat")), decimal(s.get("long"))});
            }
            Tx.write(dataSource, w -> {
                Jdbc.batch(w, "INSERT IGNORE INTO province (code, name_th, name_en) VALUES (?,?,?)", provinces);
                Jdbc.batch(w, "INSERT IGNORE INTO district (code, province_code, name_th, name_en) VALUES (?,?,?,?)",
                        districtRows);
                Jdbc.batch(w, "INSERT IGNORE INTO sub_district (code, district_code, name_th, name_en, zip_code, lat,"
                        + " lng) VALUES (?,?,?,?,?,?,?)", subDistricts);
            });
            LOG.info("Loaded {} provinces, {} districts and {} sub-districts", provinces.size(), districtRows.size(),
                    subDistricts.size());
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not load the geography data: " + e.getMessage(), e);
        }
    }

    /**
     * One demo อปท. per sub-district, its code the 6-digit sub-district code (360903 is
     * อบต.นายางกลัก, อ.เทพสถิต, จ.ชัยภูมิ). Existing orgs are left alone.
     *
     * @return how many demo orgs exist afterwards
     */
    public long createDemoOrgs() {
        try (Connection c = dataSource.getConnection()) {
            Tx.write(dataSource, w -> {
                try (Statement st = w.createStatement()) {
                    st.executeUpdate("INSERT IGNORE INTO org (code, name_th, kind, sub_district_code, district_code,"
                            + " province_code, demo, created_at)"
                            + " SELECT s.code, CONCAT(CASE WHEN d.province_code = '10' THEN 'แขวง' ELSE 'อบต.' END,"
                            + " s.name_th), CASE WHEN d.province_code = '10' THEN 'SPECIAL' ELSE 'SAO' END,"
                            + " s.code, s.district_code, d.province_code, TRUE, UTC_TIMESTAMP(3)"
                            + " FROM sub_district s JOIN district d ON d.code = s.district_code");
                    st.executeUpdate("INSERT IGNORE INTO sync_state (org_id) SELECT id FROM org");
                }
            });
            return count(c, "org WHERE demo");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the demo organisations: " + e.getMessage(), e);
        }
    }

    private static long count(Connection c, String from) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + from)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<CSVRecord> read(String file) throws IOException {
        try (InputStream in = Geography.class.getResourceAsStream("/geography/" + file)) {
            if (in == null) {
                throw new IOException("missing resource /geography/" + file);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static BigDecimal decimal(String s) {
        return s == null || s.isBlank() ? null : new BigDecimal(s.strip());
    }
}
