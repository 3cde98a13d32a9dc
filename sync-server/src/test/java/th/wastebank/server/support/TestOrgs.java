package th.wastebank.server.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/** Creates organisations of a test's own (by default in sub-district 360903) so tests never share data. */
public final class TestOrgs {
    private TestOrgs() {
    }

    public static String create(String nameTh) {
        return create(nameTh, "360903");
    }

    /** An organisation in another sub-district (so in its district and province), e.g. {@code 360101}. */
    public static String create(String nameTh, String subDistrictCode) {
        String code = "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36).toUpperCase();
        try (Connection c = TestDatabase.connect()) {
            return insert(c, code, nameTh, subDistrictCode);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An org with a chosen code and name in a given sub-district, in the database at {@code jdbcUrl}
     * (a test's own schema).
     */
    public static String createIn(String jdbcUrl, String code, String nameTh, String subDistrictCode) {
        try (Connection c = TestDatabase.connect(jdbcUrl)) {
            return insert(c, code, nameTh, subDistrictCode);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The org and its sync state, on a connection of the caller's (a database of a test's own);
     * its district and province follow from the sub-district.
     */
    public static String insert(Connection c, String code, String nameTh, String subDistrictCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO org (code, name_th, kind, sub_district_code,"
                + " district_code, province_code, demo, created_at) SELECT ?, ?, 'SAO', s.code, s.district_code,"
                + " d.province_code, FALSE, UTC_TIMESTAMP(3) FROM sub_district s"
                + " JOIN district d ON d.code = s.district_code WHERE s.code = ?")) {
            ps.setString(1, code);
            ps.setString(2, nameTh);
            ps.setString(3, subDistrictCode);
            if (ps.executeUpdate() != 1) {
                throw new IllegalArgumentException("no sub-district " + subDistrictCode);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_state (org_id) SELECT id FROM org WHERE code = ?")) {
            ps.setString(1, code);
            ps.executeUpdate();
        }
        return code;
    }
}
