package th.wastebank.server.auth;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import th.wastebank.json.CanonicalJson;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.server.support.WebSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With no trusted proxy (the default), forwarding headers are anyone's to write and are ignored:
 * a guesser cannot escape the limits, nor put someone else's address in the audit log, nor make
 * the server think it is behind HTTPS. In a context of its own: the limiter counts every wrong
 * code from this test's address.
 */
@MicronautTest(transactional = false)
class ForwardedHeadersTest extends ServerTestBase {

    static Api.Response pairFrom(Api api, String forwardedFor, String code) {
        return api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/devices/pair"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(CanonicalJson.write(Map.of("code", code,
                        "deviceName", "เดา")), StandardCharsets.UTF_8)), null);
    }

    @Test
    void wrongCodesWithADifferentForwardedForEachAreStillCountedAgainstTheRealAddress() {
        String org = TestOrgs.create("อบต.ปลอมที่อยู่");
        for (int i = 0; i < 20; i++) {
            assertEquals(404, pairFrom(api(), "198.51.100." + i, "AAAA-AAA" + (i % 10)).status());
        }
        Api.Response r = pairFrom(api(), "198.51.100.200", api().pairingCode(org));
        assertEquals(429, r.status());
        assertEquals("too-many-pairing-attempts", r.json().get("code"));
    }

    @Test
    void anUntrustedPeersForwardedHeadersNeitherSecureTheCookiesNorReachTheAuditLog() {
        api().createStaff("spoof.xff", "ปลอมที่อยู่", "the-right-password-2569", "NATIONAL", null);
        WebSession web = new WebSession(server.getURI().toString()).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "203.0.113.66");
        String loginToken = web.get("/login").setCookie("wb_login_csrf");
        String session = web.signInOk("spoof.xff", "the-right-password-2569").setCookie("wb_session");

        assertFalse(loginToken.toLowerCase(Locale.ROOT).contains("; secure"), loginToken);
        assertFalse(session.toLowerCase(Locale.ROOT).contains("; secure"), session);
        String ip = Db.string("SELECT ip FROM audit_log WHERE username = 'spoof.xff' AND action = 'SIGN_IN'");
        assertTrue(ip.equals("127.0.0.1") || ip.equals("0:0:0:0:0:0:0:1"), ip);
    }
}
