package th.wastebank.server.ops;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.DefaultHealthAggregator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.runtime.ApplicationConfiguration;
import jakarta.inject.Singleton;

/**
 * {@code GET /health} as load balancers know it (200 {@code UP}, 503 {@code DOWN} when the database is
 * unreachable) plus the build's version and commit, so an operator sees which jar each node runs. The
 * indicators' own details (database product, disk) stay hidden from the anonymous caller.
 */
@Singleton
@Replaces(DefaultHealthAggregator.class)
public class VersionedHealth extends DefaultHealthAggregator {
    public VersionedHealth(ApplicationConfiguration applicationConfiguration) {
        super(applicationConfiguration);
    }

    @Override
    protected HealthResult buildResult(HealthStatus status, Object details, HealthLevelOfDetail level) {
        if (level != HealthLevelOfDetail.STATUS) {
            return super.buildResult(status, details, level);
        }
        Map<String, String> build = new LinkedHashMap<>();
        build.put("version", BuildInfo.current().version());
        build.put("commit", BuildInfo.current().commit());
        return HealthResult.builder(null, status).details(build).build();
    }
}
