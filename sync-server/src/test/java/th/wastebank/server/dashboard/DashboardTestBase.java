package th.wastebank.server.dashboard;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.TestDatabase;

/**
 * The real server on a schema of the test class's own, so the dashboard's counts and sums are
 * exactly those of the {@link DashboardFixture} country the class builds in it.
 */
abstract class DashboardTestBase extends ServerTestBase {

    /** The schema this class's server uses (dropped and created afresh). */
    abstract String schema();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        try {
            p.put("datasources.default.url", TestDatabase.freshSchemaUrl(schema()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    /** Builds the fixture country in this class's schema through the running server. */
    DashboardFixture buildCountry() {
        return DashboardFixture.build(api(), TestDatabase.freshUrlOf(schema()));
    }

    String base() {
        return server.getURI().toString();
    }
}
