package th.wastebank.server.sync;

import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;

import th.wastebank.server.api.ApiProblem;
import th.wastebank.server.db.DatabaseUnavailable;
import th.wastebank.sync.OpResult;
import th.wastebank.sync.PushResponse;

/**
 * What pushes did, for the operators' metrics: {@code wb_sync_pushes_total} by result ({@code ok},
 * {@code refused} with the problem's code, {@code unavailable} when the database could not be reached,
 * {@code failed} for anything else), {@code wb_sync_ops_total} by op status (APPLIED, DUPLICATE,
 * REJECTED) and {@code wb_sync_push_seconds}, the time from the body read to the answer (the wait for
 * the org's turn included: it is what the phone waits).
 */
@Singleton
public class PushMetrics {
    private static final String NO_CODE = "none";

    private final MeterRegistry registry;
    private final Timer latency;

    public PushMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder("wb.sync.push").description("Time to answer a push")
                .publishPercentileHistogram().register(registry);
    }

    PushResponse record(Supplier<PushResponse> push) {
        Timer.Sample sample = Timer.start(registry);
        try {
            PushResponse response = push.get();
            pushes("ok", NO_CODE).increment();
            for (OpResult result : response.results()) {
                Counter.builder("wb.sync.ops").description("Ops received in pushes, by result")
                        .tag("result", result.status().name()).register(registry).increment();
            }
            return response;
        } catch (ApiProblem refused) {
            pushes("refused", refused.code()).increment();
            throw refused;
        } catch (RuntimeException failure) {
            pushes(DatabaseUnavailable.isCause(failure) ? "unavailable" : "failed", NO_CODE).increment();
            throw failure;
        } finally {
            sample.stop(latency);
        }
    }

    private Counter pushes(String result, String code) {
        return Counter.builder("wb.sync.pushes").description("Pushes answered, by result")
                .tag("result", result).tag("code", code).register(registry);
    }
}
