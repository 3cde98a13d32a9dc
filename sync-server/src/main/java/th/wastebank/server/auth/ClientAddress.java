package th.wastebank.server.auth;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;

import io.micronaut.context.annotation.Context;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import th.wastebank.server.config.WbSettings;

/**
 * The one place that decides who is calling: every request gets its client's real address (and
 * whether the browser used HTTPS) here, through the {@link TrustedProxies}, before any controller
 * runs. Every limiter and the audit log read them with {@link #of} and {@link #limiterKey}; a
 * request this filter did not see falls back to the socket's peer, never to a header. Made at
 * start-up, so that a malformed {@code WB_TRUSTED_PROXIES} stops the server there.
 */
@Context
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class ClientAddress {
    private static final String ADDRESS = ClientAddress.class.getName() + ".address";
    private static final String HTTPS = ClientAddress.class.getName() + ".https";
    private final TrustedProxies proxies;

    public ClientAddress(WbSettings settings) {
        this.proxies = TrustedProxies.parse(settings.getTrustedProxies());
    }

    @RequestFilter
    public void resolve(HttpRequest<?> request) {
        InetAddress peer = peer(request);
        InetAddress client = proxies.client(peer, request.getHeaders().getAll("X-Forwarded-For"));
        request.setAttribute(ADDRESS, client);
        request.setAttribute(HTTPS, proxies.overHttps(request.isSecure(), peer,
                request.getHeaders().getAll("X-Forwarded-Proto")));
    }

    /** The client's address as text, for the audit log. */
    public static String of(HttpRequest<?> request) {
        return address(request).getHostAddress();
    }

    /**
     * What the limiters count by: the address, or for IPv6 its /64 (one subscriber's network, in
     * which anyone can pick a new address for each request).
     */
    public static String limiterKey(HttpRequest<?> request) {
        InetAddress address = address(request);
        if (address instanceof Inet6Address) {
            byte[] bytes = address.getAddress();
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                key.append(Integer.toHexString((bytes[i] & 0xFF) << 8 | bytes[i + 1] & 0xFF)).append(':');
            }
            return key.append(":/64").toString();
        }
        return address.getHostAddress();
    }

    /** Whether the browser reached us over HTTPS, directly or through a trusted proxy that says so. */
    public static boolean overHttps(HttpRequest<?> request) {
        return request.getAttribute(HTTPS, Boolean.class).orElseGet(request::isSecure);
    }

    private static InetAddress address(HttpRequest<?> request) {
        return request.getAttribute(ADDRESS, InetAddress.class).orElseGet(() -> peer(request));
    }

    private static InetAddress peer(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote.getAddress() != null ? remote.getAddress() : InetAddress.getLoopbackAddress();
    }
}
