package th.wastebank.server.member;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import th.wastebank.server.auth.DeviceCaller;

/**
 * {@code GET /api/v1/members/numbers}: the number of every member of the device's org, as
 * {@code {"numbers": {memberId: number}}}. A phone asks once when it holds synced members without a
 * number: those it pulled before numbers existed (ADR 0014), whose logged registrations carry none.
 */
@Controller("/api/v1/members")
@ExecuteOn(TaskExecutors.BLOCKING)
public class MemberNumberController {
    private final MemberNumbers numbers;

    public MemberNumberController(MemberNumbers numbers) {
        this.numbers = numbers;
    }

    @Get("/numbers")
    public Map<String, Object> numbers(DeviceCaller caller) {
        Map<String, Object> byId = new LinkedHashMap<>();
        numbers.of(caller.orgId()).forEach(m -> byId.put(m.memberId().toString(), m.number()));
        return Map.of("numbers", byId);
    }
}
