package th.wastebank.server.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import th.wastebank.server.auth.Operator;

/**
 * {@code GET /api/v1/admin/metrics}: this node's meters in Prometheus' text format, behind the operator
 * token (a scraper sends it as {@code authorization: {credentials: ...}}). Micronaut's own
 * {@code /prometheus} endpoint is switched off: it would need a security module to be guarded.
 */
@Controller("/api/v1/admin/metrics")
@ExecuteOn(TaskExecutors.BLOCKING)
public class MetricsController {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;

    public MetricsController(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @Get
    public HttpResponse<String> scrape(Operator operator) {
        return HttpResponse.ok(registry.scrape()).contentType(CONTENT_TYPE);
    }
}
