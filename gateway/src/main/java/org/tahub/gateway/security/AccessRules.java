package org.tahub.gateway.security;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.tahub.gateway.config.GatewayConfig;
import org.tahub.gateway.upstream.Upstreams;
import org.tahub.identity.Role;

/**
 * Who may call what, as each service declares it: every operation of a service names the roles it admits
 * ({@code @RolesAllowed}, or {@code @Authenticated} for every role), and its OpenAPI document carries them as the
 * security requirement of the operation. The gateway reads each service's document at start (and again every
 * {@value #REFRESH_SECONDS} s, so a redeployed service's rules follow), keeps the operations of the resources it
 * routes to that service, and checks each call against them before forwarding it: there is no second copy of the
 * rules to keep in step. A path no operation has is a 404, a method no operation of the path has a 405, a role the
 * operation does not name a 403; until a service's rules are known, its calls are a 503.
 */
@ApplicationScoped
public class AccessRules {

    static final int REFRESH_SECONDS = 60;
    static final int RETRY_SECONDS = 1;
    /** The security scheme under which the services declare their roles. */
    public static final String SCHEME = "gatewayIdentity";
    private static final Logger LOG = Logger.getLogger(AccessRules.class);

    /** What the rules say of one call. */
    public enum Decision {
        ALLOWED, FORBIDDEN, METHOD_NOT_ALLOWED, NOT_FOUND, UNKNOWN
    }

    /** One operation: a path template split in segments ({@code null} for a parameter), its method, its roles. */
    record Operation(String[] segments, int literals, String method, Set<Role> roles) {

        boolean matches(String[] path) {
            if (path.length != segments.length) {
                return false;
            }
            for (int i = 0; i < path.length; i++) {
                if (segments[i] != null && !segments[i].equals(path[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    private final GatewayConfig config;
    private final Upstreams upstreams;
    /** The operations of each resource (first segment under /api/v1), once its service's document is read. */
    private final Map<String, List<Operation>> byResource = new ConcurrentHashMap<>();
    private final Map<String, String> serviceOfResource = new HashMap<>();
    private Vertx vertx;
    private long timer = -1;

    @jakarta.inject.Inject
    public AccessRules(GatewayConfig config, Upstreams upstreams) {
        this.config = config;
        this.upstreams = upstreams;
        config.services().forEach((service, upstream) -> upstream.resources()
                .forEach(resource -> serviceOfResource.put(resource, service)));
    }

    /** Rules for services that own the given resources, filled by {@link #apply} (for tests of the rules alone). */
    AccessRules(Map<String, List<String>> resourcesByService) {
        this.config = null;
        this.upstreams = null;
        resourcesByService.forEach((service, resources) -> resources
                .forEach(resource -> serviceOfResource.put(resource, service)));
    }

    void start(@Observes StartupEvent start, Vertx vertx) {
        this.vertx = vertx;
        config.services().keySet().forEach(this::load);
    }

    void stop(@Observes ShutdownEvent stop) {
        if (vertx != null && timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void load(String service) {
        upstreams.get(service, "/q/openapi?format=json").onComplete(reply -> {
            boolean loaded = reply.succeeded() && reply.result().status() == 200 && apply(service,
                    reply.result().body().toJsonObject());
            if (!loaded) {
                LOG.infof("the access rules of %s are not known yet (%s); retrying in %d s", service,
                        reply.failed() ? reply.cause().getMessage() : "HTTP " + reply.result().status(),
                        RETRY_SECONDS);
            }
            vertx.setTimer((loaded ? REFRESH_SECONDS : RETRY_SECONDS) * 1000L, t -> load(service));
        });
    }

    /** Reads the operations of a service's document; false when it declares none for the resources routed to it. */
    boolean apply(String service, JsonObject document) {
        Map<String, List<Operation>> read = rulesOf(service, document);
        if (read.isEmpty()) {
            return false;
        }
        read.forEach(byResource::put);
        return true;
    }

    /** The operations of {@code document} for the resources routed to {@code service}, by resource. */
    Map<String, List<Operation>> rulesOf(String service, JsonObject document) {
        Map<String, List<Operation>> read = new HashMap<>();
        JsonObject paths = document.getJsonObject("paths", new JsonObject());
        for (String path : paths.fieldNames()) {
            if (!path.startsWith("/api/v1/")) {
                continue;
            }
            String[] segments = segments(path);
            if (segments.length == 0 || !service.equals(serviceOfResource.get(segments[0]))) {
                continue;
            }
            int literals = 0;
            for (int i = 0; i < segments.length; i++) {
                if (segments[i].startsWith("{")) {
                    segments[i] = null;
                } else {
                    literals++;
                }
            }
            JsonObject item = paths.getJsonObject(path);
            for (String method : item.fieldNames()) {
                if (!(item.getValue(method) instanceof JsonObject operation) || !operation.containsKey("responses")) {
                    continue;
                }
                read.computeIfAbsent(segments[0], r -> new ArrayList<>()).add(new Operation(segments, literals,
                        method.toUpperCase(), roles(operation.getJsonArray("security"))));
            }
        }
        return read;
    }

    /** The roles of an operation's security requirement; none when it declares none (nobody may call it). */
    private static Set<Role> roles(JsonArray security) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (security == null) {
            return roles;
        }
        for (Object requirement : security) {
            JsonArray named = requirement instanceof JsonObject r ? r.getJsonArray(SCHEME) : null;
            if (named == null) {
                continue;
            }
            if (named.isEmpty()) {
                return EnumSet.allOf(Role.class);
            }
            named.forEach(code -> Role.of(String.valueOf(code)).ifPresent(roles::add));
        }
        return roles;
    }

    /** The segments of a path under /api/v1/ ({@code /api/v1/assessments/x/submit}: assessments, x, submit). */
    static String[] segments(String path) {
        String rest = path.substring("/api/v1/".length());
        return rest.isEmpty() ? new String[0] : rest.split("/", -1);
    }

    /** What the rules say of {@code role} calling {@code method} on {@code path} (under /api/v1/). */
    public Decision decide(Role role, String method, String path) {
        String[] segments = segments(path);
        if (segments.length == 0) {
            return Decision.NOT_FOUND;
        }
        List<Operation> operations = byResource.get(segments[0]);
        if (operations == null) {
            return serviceOfResource.containsKey(segments[0]) ? Decision.UNKNOWN : Decision.NOT_FOUND;
        }
        String asked = method.equals("HEAD") ? "GET" : method;
        Operation best = null;
        boolean pathKnown = false;
        int bestLiterals = -1;
        for (Operation operation : operations) {
            if (!operation.matches(segments)) {
                continue;
            }
            pathKnown = true;
            if (operation.method().equals(asked) && operation.literals() > bestLiterals) {
                best = operation;
                bestLiterals = operation.literals();
            }
        }
        if (best != null) {
            // A more literal path of another method wins over a template of this one (GET assessments/template).
            for (Operation operation : operations) {
                if (operation.matches(segments) && operation.literals() > bestLiterals) {
                    return Decision.METHOD_NOT_ALLOWED;
                }
            }
            return best.roles().contains(role) ? Decision.ALLOWED : Decision.FORBIDDEN;
        }
        return pathKnown ? Decision.METHOD_NOT_ALLOWED : Decision.NOT_FOUND;
    }

    /** The services whose rules are not known yet (the gateway is not ready while there is one). */
    public Set<String> unknown() {
        Set<String> unknown = new TreeSet<>();
        serviceOfResource.forEach((resource, service) -> {
            if (!byResource.containsKey(resource)) {
                unknown.add(service);
            }
        });
        return unknown;
    }

    /** The methods some operation of {@code path} answers (for the Allow header of a 405). */
    public Set<String> methodsOf(String path) {
        Set<String> methods = new TreeSet<>();
        String[] segments = segments(path);
        if (segments.length > 0) {
            for (Operation operation : byResource.getOrDefault(segments[0], List.of())) {
                if (operation.matches(segments)) {
                    methods.add(operation.method());
                }
            }
        }
        return methods;
    }

    /** Every operation known, as "METHOD /api/v1/path roles", for the docs check and for operators. */
    public Map<String, Set<Role>> table() {
        Map<String, Set<Role>> table = new java.util.TreeMap<>();
        byResource.values().forEach(list -> list.forEach(o -> {
            StringBuilder path = new StringBuilder("/api/v1");
            for (String s : o.segments()) {
                path.append('/').append(s == null ? "{}" : s);
            }
            table.put(o.method() + " " + path, o.roles());
        }));
        return table;
    }
}
