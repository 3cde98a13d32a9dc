package th.wastebank.server.publicpage;

import java.util.HashMap;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.WebSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public pages are limited per client address, as sign-in and pairing are (ADR 0023): past the
 * address's budget of pages a minute the Thai "too many" page, while another address is still served.
 * The budget is 3 a minute here (one page back every 20 s), so the four requests never refill it.
 */
@MicronautTest(transactional = false)
class PublicPagesBudgetTest extends ServerTestBase {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(trustingLoopback(super.getProperties()));
        p.put("wb.public-requests-per-minute", "3");
        return p;
    }

    @Test
    void anAddressPastItsBudgetGetsTheThaiTooManyPageAndAnotherAddressIsStillServed() {
        WebSession busy = new WebSession(server.getURI().toString()).header("X-Forwarded-For", "203.0.113.7");
        for (int i = 0; i < 3; i++) {
            assertEquals(404, busy.get("/p/W999999").status(), "request " + (i + 1) + " is within the budget");
        }
        WebSession.Page refused = busy.get("/p/province/36");
        assertEquals(429, refused.status());
        assertTrue(refused.body().contains("มีการเปิดหน้าเว็บถี่เกินไป"), refused.body());
        WebSession other = new WebSession(server.getURI().toString()).header("X-Forwarded-For", "198.51.100.9");
        assertEquals(404, other.get("/p/W999999").status(), "another address has its own budget");
    }
}
