package th.wastebank.server.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;

import th.wastebank.server.support.TestDatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * No connection of ours asks for OpenTelemetry: where its API is on the class path (a test's,
 * through Selenium) Connector/J looked up the global instance on the first connection, and the
 * lookup logged an INFO line at start.
 */
class ConnectorOptionsTest {

    @Test
    void theServersPoolTheEmbeddedServersUrlsAndTheTestsConnectionsLeaveOpenTelemetryOff() throws SQLException {
        EmbeddedMariaDb db = TestDatabase.server();
        Properties pool = new Properties();
        ConnectorTuning.PROPERTIES.forEach(pool::setProperty);
        pool.setProperty("user", TestDatabase.username());
        pool.setProperty("password", TestDatabase.password());
        try (Connection viaPoolSettings = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + db.port() + "/?sslMode=DISABLED", pool);
             Connection schema = TestDatabase.connect();
             Connection server = DriverManager.getConnection(EmbeddedMariaDb.serverUrl(db.port()),
                     TestDatabase.username(), TestDatabase.password())) {
            for (Connection c : new Connection[] {viaPoolSettings, schema, server}) {
                assertEquals("DISABLED", c.unwrap(JdbcConnection.class).getPropertySet()
                        .getProperty(PropertyKey.openTelemetry).getStringValue(), c.getMetaData().getURL());
            }
        }
    }
}
