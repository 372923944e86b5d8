package org.tahub.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tahub.gateway.config.GatewayConfig;

/** Which service owns which resource: the first path segment after {@code /api/v1/} names it. */
@ApplicationScoped
public class Routes {

    public static final String API_PREFIX = "/api/v1/";

    private final Map<String, String> serviceByResource = new HashMap<>();

    public Routes(GatewayConfig config) {
        config.services().forEach((service, upstream) -> upstream.resources().forEach(resource -> {
            String previous = serviceByResource.put(resource, service);
            if (previous != null) {
                throw new IllegalStateException("resource '" + resource + "' is routed to both " + previous
                        + " and " + service);
            }
        }));
    }

    /** The service owning {@code path}, if any. */
    public Optional<String> serviceFor(String path) {
        return Optional.ofNullable(resourceOf(path)).map(serviceByResource::get);
    }

    /** The resource a path names: its first segment under {@code /api/v1/}, or null. */
    public static String resourceOf(String path) {
        if (path == null || !path.startsWith(API_PREFIX)) {
            return null;
        }
        String rest = path.substring(API_PREFIX.length());
        int end = indexOfAny(rest);
        return end < 0 ? rest : rest.substring(0, end);
    }

    private static int indexOfAny(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '/' || c == '?') {
                return i;
            }
        }
        return -1;
    }
}
