package th.wastebank.server.auth;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.StaffClient;
import th.wastebank.server.support.WebSession;
import th.wastebank.server.support.TestOrgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In a context of its own with small budgets (5 requests a minute per device and per staff account):
 * a device or an officer past its budget is answered 429 with Retry-After and writes nothing, while
 * others go on.
 */
@MicronautTest(transactional = false)
class RequestRateLimitTest extends ServerTestBase {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("wb.device-requests-per-minute", "5");
        p.put("wb.staff-requests-per-minute", "5");
        return p;
    }

    @Test
    void aDevicePastItsBudgetIsAskedToWaitAndNothingItSendsIsWritten() {
        String org = TestOrgs.create("อบต.ส่งถี่");
        Api.Device runaway = api().pair(org);
        Api.Device other = api().pair(org);
        for (int i = 0; i < 5; i++) {
            assertEquals(200, api().pull(runaway, "0", 10).status(), "request " + (i + 1));
        }

        Api.Response refused = api().push(runaway, List.of(new Ops().member(Ops.newId(), "นายส่งถี่")));
        assertEquals(429, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertEquals("too-many-requests", refused.json().get("code"));
        assertTrue(((String) refused.json().get("detailTh")).contains("ถี่เกินไป"), refused.body());
        long retryAfter = Long.parseLong(refused.raw().headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 12, "about one request's refill at 5 a minute: " + retryAfter);
        assertEquals(0, Db.opRows(org), "the refused push wrote nothing");

        assertEquals(List.of("APPLIED"), api().pushStatuses(other, List.of(new Ops().member(Ops.newId(), "นางรอได้"))),
                "the org's other phone is not held up");
    }

    @Test
    void anOfficerPastTheBudgetGetsAPageInThaiAskingToWait() {
        StaffClient officer = StaffClient.signIn(api(), "NATIONAL", null);
        for (int i = 0; i < 5; i++) {
            assertEquals(200, officer.get("/web/nation").status(), "page " + (i + 1));
        }
        WebSession.Page refused = officer.get("/web/nation");
        assertEquals(429, refused.status());
        assertTrue(refused.body().contains("มีการเปิดหน้าเว็บถี่เกินไป"), refused.body());

        StaffClient colleague = StaffClient.signIn(api(), "NATIONAL", null);
        assertEquals(200, colleague.get("/web/nation").status(), "another officer is not held up");
    }
}
