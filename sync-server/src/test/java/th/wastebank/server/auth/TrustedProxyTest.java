package th.wastebank.server.auth;

import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import th.wastebank.server.support.Api;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.TestOrgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static th.wastebank.server.auth.ForwardedHeadersTest.pairFrom;

/**
 * Behind a trusted reverse proxy (the test's loopback, {@code WB_TRUSTED_PROXIES}) every phone
 * arrives from the proxy's address; its {@code X-Forwarded-For} tells them apart, so one guesser
 * does not block pairing for everyone behind it. In a context of its own, for its limiter.
 */
@MicronautTest(transactional = false)
class TrustedProxyTest extends ServerTestBase {

    @Override
    public Map<String, String> getProperties() {
        return trustingLoopback(super.getProperties());
    }

    @Test
    void twentyWrongCodesFromOneClientBehindTheProxyDoNotBlockAnotherClientBehindIt() {
        String org = TestOrgs.create("อบต.หลังพร็อกซี");
        for (int i = 0; i < 20; i++) {
            assertEquals(404, pairFrom(api(), "203.0.113.1", "AAAA-AAA" + (i % 10)).status());
        }
        Api.Response guesser = pairFrom(api(), "203.0.113.1", api().pairingCode(org));
        assertEquals(429, guesser.status());
        assertEquals(429, pairFrom(api(), "10.9.9.9, 203.0.113.1", api().pairingCode(org)).status(),
                "writing another address left of its own does not help the guesser");

        assertEquals(200, pairFrom(api(), "203.0.113.2", api().pairingCode(org)).status(), "the committee next door");
    }
}
