package th.wastebank.server.auth;


import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import th.wastebank.server.support.Api;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.TestOrgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In a context of its own: the limiter counts every wrong code from this test's address. */
@MicronautTest(transactional = false)
class PairingRateLimitTest extends ServerTestBase {

    @Test
    void guessingCodesIsSlowedDownButNotTheRightCode() {
        String org = TestOrgs.create("อบต.เดารหัส");
        assertEquals(200, api().pairWith(api().pairingCode(org), "ก่อนเดา").status());
        for (int i = 0; i < 20; i++) {
            assertEquals(404, api().pairWith("AAAA-AAA" + (i % 10), "เดา").status());
        }
        Api.Response r = api().pairWith("AAAA-AAAA", "เดา");
        assertEquals(429, r.status());
        assertEquals("too-many-pairing-attempts", r.json().get("code"));
        assertTrue(r.raw().headers().firstValue("Retry-After").isPresent());
        assertEquals(429, api().pairWith(api().pairingCode(org), "หลังเดา").status(), "the address waits out the window");
    }
}
