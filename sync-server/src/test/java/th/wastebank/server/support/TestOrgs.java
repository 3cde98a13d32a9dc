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
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO org (code, name_th, kind, sub_district_code,"
                    + " district_code, province_code, demo, created_at)"
                    + " VALUES (?, ?, 'SAO', ?, ?, ?, FALSE, UTC_TIMESTAMP(3))")) {
                ps.setString(1, code);
                ps.setString(2, nameTh);
                ps.setString(3, subDistrictCode);
                ps.setString(4, subDistrictCode.substring(0, 4));
                ps.setString(5, subDistrictCode.substring(0, 2));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO sync_state (org_id) SELECT id FROM org WHERE code = ?")) {
                ps.setString(1, code);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return code;
    }
}
