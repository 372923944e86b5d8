package org.tahub.gateway.routing;

import io.vertx.core.http.HttpServerRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The client's address on the front door, where Quarkus's forwarding support does not run: the connection's peer,
 * unless that peer is a proxy the configuration trusts (an ingress controller), in which case the address it appended
 * last to {@code X-Forwarded-For}. A client that writes the header itself gains nothing: only a trusted peer's word is
 * taken, and only its last entry.
 */
final class TrustedProxies {

    private record Range(byte[] network, int prefix) {
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
            return rest == 0 || ((address[full] ^ network[full]) & (0xFF << (8 - rest)) & 0xFF) == 0;
        }
    }

    private final List<Range> ranges;

    /** {@code cidrs}: addresses or ranges such as {@code 10.0.0.0/8}, {@code 127.0.0.1}, {@code fd00::/8}. */
    TrustedProxies(List<String> cidrs) {
        this.ranges = cidrs.stream().map(String::trim).filter(c -> !c.isEmpty()).map(TrustedProxies::range).toList();
    }

    private static Range range(String cidr) {
        int slash = cidr.indexOf('/');
        try {
            byte[] network = InetAddress.getByName(slash < 0 ? cidr : cidr.substring(0, slash)).getAddress();
            int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("'" + cidr + "': the prefix must be 0 to " + network.length * 8);
            }
            return new Range(network, prefix);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + cidr + "' is not an IP address or CIDR range", e);
        }
    }

    String clientAddress(HttpServerRequest request) {
        return clientAddress(request.remoteAddress() == null ? null : request.remoteAddress().hostAddress(),
                request.getHeader("X-Forwarded-For"));
    }

    /** The client's address, from the connection's {@code peer} and the {@code forwarded} header (or null). */
    String clientAddress(String peer, String forwarded) {
        if (peer == null) {
            return "unknown";
        }
        if (forwarded == null || ranges.isEmpty() || !trusted(peer)) {
            return peer;
        }
        String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).trim();
        return last.isEmpty() ? peer : last;
    }

    private boolean trusted(String peer) {
        try {
            byte[] address = InetAddress.getByName(peer).getAddress();
            return ranges.stream().anyMatch(r -> r.contains(address));
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
