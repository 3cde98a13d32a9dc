package th.wastebank.server.ops;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;

import th.wastebank.server.auth.Operator;

/** {@code GET /api/v1/admin/runtime}: this node's heap now and at its peak, for operators and benchmarks. */
@Controller("/api/v1/admin/runtime")
public class RuntimeController {
    @Serdeable
    public record RuntimeInfo(long heapUsedBytes, long heapPeakBytes, long heapMaxBytes, int processors) {
    }

    @Get
    public RuntimeInfo runtime(Operator operator) {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return new RuntimeInfo(heap.getUsed(), peak, heap.getMax(), Runtime.getRuntime().availableProcessors());
    }
}
