package th.wastebank.server.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose forwarding headers are believed ({@code WB_TRUSTED_PROXIES}: addresses
 * or CIDRs, IPv4 and IPv6), and the client address and scheme a request has once they are taken
 * into account. Anyone can send {@code X-Forwarded-For}; only a proxy we run appends to it truthfully,
 * so the list is read from the right, through our own proxies, to the first address that is not one
 * of them. Only literal addresses are read: a name in a header is never looked up.
 */
public final class TrustedProxies {
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");
    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = blocks;
    }

    /** Parses the comma-separated setting; a malformed entry stops the server with the entry named. */
    public static TrustedProxies parse(String setting) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : setting == null ? new String[0] : setting.split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            int slash = e.indexOf('/');
            InetAddress address = literal(slash < 0 ? e : e.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("WB_TRUSTED_PROXIES: '" + e + "' is not an address or CIDR");
            }
            int bits = address.getAddress().length * 8;
            int prefix = bits;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(e.substring(slash + 1));
                } catch (NumberFormatException notANumber) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > bits) {
                    throw new IllegalArgumentException("WB_TRUSTED_PROXIES: '" + e + "' has no valid prefix length");
                }
            }
            blocks.add(new Block(address.getAddress(), prefix));
        }
        return new TrustedProxies(List.copyOf(blocks));
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    public boolean trusts(InetAddress address) {
        byte[] bytes = address.getAddress();
        return blocks.stream().anyMatch(b -> b.contains(bytes));
    }

    /**
     * The client's address: the peer itself unless it is a trusted proxy; then the right-most
     * address of {@code X-Forwarded-For} (all its lines, in order) that is not a trusted proxy, or
     * the left-most one when all are. An entry that is not an address ends the walk at the last one
     * that was.
     */
    public InetAddress client(InetAddress peer, List<String> forwardedFor) {
        if (!trusts(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String line : forwardedFor) {
            for (String hop : line.split(",")) {
                hops.add(hop);
            }
        }
        InetAddress client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = literal(hops.get(i));
            if (hop == null) {
                break;
            }
            client = hop;
            if (!trusts(hop)) {
                break;
            }
        }
        return client;
    }

    /** Whether the browser came over HTTPS: directly, or by a trusted proxy's right-most {@code X-Forwarded-Proto}. */
    public boolean overHttps(boolean secureChannel, InetAddress peer, List<String> forwardedProto) {
        if (secureChannel) {
            return true;
        }
        if (forwardedProto.isEmpty() || !trusts(peer)) {
            return false;
        }
        String[] last = forwardedProto.get(forwardedProto.size() - 1).split(",");
        return "https".equalsIgnoreCase(last[last.length - 1].strip());
    }

    /**
     * A literal IPv4 or IPv6 address (with or without brackets, an IPv4 one with or without a port),
     * or null: never a name lookup.
     */
    static InetAddress literal(String text) {
        String t = text.strip();
        if (t.startsWith("[")) {
            int end = t.indexOf(']');
            if (end < 0) {
                return null;
            }
            t = t.substring(1, end);
        } else if (t.indexOf(':') >= 0 && t.indexOf(':') == t.lastIndexOf(':') && t.indexOf('.') >= 0) {
            t = t.substring(0, t.indexOf(':'));
        }
        try {
            if (IPV4.matcher(t).matches()) {
                return InetAddress.getByName(t);
            }
            if (t.indexOf(':') >= 0 && IPV6_CHARS.matcher(t).matches()) {
                // in brackets, the JDK parses it as an IPv6 literal or refuses it; it never asks DNS
                return InetAddress.getByName("[" + t + "]");
            }
        } catch (UnknownHostException notAnAddress) {
            return null;
        }
        return null;
    }

    private record Block(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }
}
