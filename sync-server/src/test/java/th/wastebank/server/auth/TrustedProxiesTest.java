package th.wastebank.server.auth;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which peers are our proxies, and who the client is once their headers are read. */
class TrustedProxiesTest {
    private static final TrustedProxies PROXIES = TrustedProxies.parse(" 10.0.0.0/8, 192.0.2.1 ,fd00:ab::/32, ::1");

    private static InetAddress ip(String literal) {
        return TrustedProxies.literal(literal);
    }

    @Test
    void addressesAndCidrsOfBothFamiliesAreTrustedAndNothingElse() {
        assertTrue(PROXIES.trusts(ip("10.200.3.4")));
        assertTrue(PROXIES.trusts(ip("192.0.2.1")));
        assertFalse(PROXIES.trusts(ip("192.0.2.2")));
        assertFalse(PROXIES.trusts(ip("11.0.0.1")));
        assertTrue(PROXIES.trusts(ip("fd00:ab:1::9")));
        assertFalse(PROXIES.trusts(ip("fd00:ac::9")));
        assertTrue(PROXIES.trusts(ip("::1")));
        assertTrue(PROXIES.trusts(ip("::ffff:10.1.1.1")), "an IPv4-mapped address is its IPv4 address");
        assertTrue(TrustedProxies.parse("").isEmpty());
        assertFalse(TrustedProxies.parse("").trusts(ip("127.0.0.1")), "by default nobody is trusted");
        assertTrue(TrustedProxies.parse("172.16.0.0/12").trusts(ip("172.31.255.255")));
        assertFalse(TrustedProxies.parse("172.16.0.0/12").trusts(ip("172.32.0.0")));
    }

    @Test
    void aMalformedEntryStopsTheServerWithTheEntryNamed() {
        for (String bad : List.of("10.0.0.0/33", "proxy.example", "10.0.0", "::1/129", "10.0.0.0/x", "1.2.3.4.5")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse(bad));
            assertTrue(e.getMessage().contains(bad), e.getMessage());
        }
    }

    @Test
    void theClientIsTheRightMostAddressThatIsNotOneOfOurProxies() {
        InetAddress proxy = ip("10.0.0.5");
        assertEquals(ip("203.0.113.9"), PROXIES.client(proxy, List.of("203.0.113.9")));
        assertEquals(ip("203.0.113.9"), PROXIES.client(proxy, List.of("6.6.6.6, 203.0.113.9")),
                "what the client wrote itself, left of it, is not believed");
        assertEquals(ip("203.0.113.9"), PROXIES.client(proxy, List.of("6.6.6.6", "203.0.113.9, 10.1.1.1")),
                "through two of our proxies, over two header lines");
        assertEquals(ip("2001:db8::7"), PROXIES.client(proxy, List.of("[2001:db8::7]")));
        assertEquals(ip("203.0.113.9"), PROXIES.client(proxy, List.of("203.0.113.9:41234")));
        assertEquals(ip("10.1.1.1"), PROXIES.client(proxy, List.of("10.1.1.1")), "all ours: the left-most");
        assertEquals(proxy, PROXIES.client(proxy, List.of()), "no header: the proxy itself");
    }

    @Test
    void anUntrustedPeersHeadersAndNamesInHeadersAreNeverBelieved() {
        InetAddress stranger = ip("198.51.100.3");
        assertEquals(stranger, PROXIES.client(stranger, List.of("10.0.0.1")));
        assertFalse(PROXIES.overHttps(false, stranger, List.of("https")));
        assertTrue(PROXIES.overHttps(false, ip("10.0.0.5"), List.of("https")));
        assertFalse(PROXIES.overHttps(false, ip("10.0.0.5"), List.of("https, http")), "the nearest proxy's word");
        assertTrue(PROXIES.overHttps(true, stranger, List.of()));

        assertEquals(ip("10.1.1.1"), PROXIES.client(ip("10.0.0.5"), List.of("localhost, 10.1.1.1")),
                "a name ends the walk at the last address");
        assertEquals(ip("10.0.0.5"), PROXIES.client(ip("10.0.0.5"), List.of("unknown")));
        assertNull(TrustedProxies.literal("localhost"));
        assertNull(TrustedProxies.literal("1:2"));
        assertNull(TrustedProxies.literal("999.1.1.1"));
    }
}
