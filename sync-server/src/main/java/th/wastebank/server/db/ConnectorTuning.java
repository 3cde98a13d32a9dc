package th.wastebank.server.db;

import java.util.Map;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Connector/J settings the sync path depends on, set on every pool whatever the URL says. They
 * are set here rather than under {@code data-source-properties} in YAML because Micronaut
 * normalises those keys (rewriteBatchedStatements becomes rewrite-batched-statements) and the
 * driver then silently ignores them: batched inserts ran one row per round trip, ten times slower.
 */
@Singleton
public class ConnectorTuning implements BeanCreatedEventListener<DatasourceConfiguration> {
    static final Map<String, String> PROPERTIES = Map.ofEntries(
            Map.entry("rewriteBatchedStatements", "true"),
            Map.entry("cachePrepStmts", "true"),
            Map.entry("prepStmtCacheSize", "250"),
            Map.entry("prepStmtCacheSqlLimit", "2048"),
            Map.entry("useServerPrepStmts", "false"),
            Map.entry("useLocalSessionState", "true"),
            Map.entry("elideSetAutoCommits", "true"),
            Map.entry("maintainTimeStats", "false"),
            Map.entry("characterEncoding", "UTF-8"),
            Map.entry("connectionTimeZone", "UTC"),
            Map.entry("forceConnectionTimeZoneToSession", "true"),
            Map.entry("allowPublicKeyRetrieval", "true"),
            // the driver would look up a global OpenTelemetry on every connection where the API is on the
            // class path (a test's, through Selenium), which logs an INFO line at start; nothing here traces
            Map.entry("openTelemetry", "DISABLED"));

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        String url = config.getUrl() == null ? "" : config.getUrl();
        PROPERTIES.forEach((key, value) -> {
            if (!url.contains(key + "=")) {
                config.addDataSourceProperty(key, value);
            }
        });
        return config;
    }
}
