package org.tahub.gateway.security;

import org.tahub.identity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which role may call what, by method and resource: the gateway's coarse rules (docs/security.md has the same
 * matrix, and a test checks that they agree). Object-level rules (a state's own assessments, a provider's own
 * offers) are the owning service's.
 */
@ApplicationScoped
public class AccessPolicy {

    /** Methods that only read. */
    public static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    /** One line of the matrix: reads or writes of a resource (first path segment under /api/v1, or a longer prefix). */
    public record Rule(String resource, boolean write, Set<Role> roles) {

        boolean covers(String rest) {
            return rest.startsWith(resource) && (rest.length() == resource.length()
                    || rest.charAt(resource.length()) == '/');
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("areas", false, EVERYONE),
            new Rule("activities", false, EVERYONE),
            new Rule("activities", true, EnumSet.of(Role.CURATOR, Role.ADMIN)),
            new Rule("instruments", false, EVERYONE),
            new Rule("instruments", true, EnumSet.of(Role.CURATOR, Role.ADMIN)),
            new Rule("tools", false, EVERYONE),
            new Rule("tools", true, EnumSet.of(Role.CURATOR, Role.ADMIN)),
            new Rule("states", false, EVERYONE),
            new Rule("assessments/template", false, EVERYONE),
            new Rule("assessments", false, EnumSet.of(Role.STATE, Role.PROVIDER, Role.ANALYST, Role.ADMIN)),
            new Rule("assessments", true, EnumSet.of(Role.STATE, Role.ANALYST, Role.ADMIN)),
            new Rule("needs", false, EnumSet.of(Role.STATE, Role.PROVIDER, Role.ANALYST, Role.ADMIN)),
            new Rule("providers", false, EVERYONE),
            new Rule("providers", true, EnumSet.of(Role.PROVIDER, Role.ADMIN)),
            new Rule("offers", false, EVERYONE),
            new Rule("offers", true, EnumSet.of(Role.PROVIDER, Role.ADMIN)),
            new Rule("matches", false, EnumSet.of(Role.STATE, Role.PROVIDER, Role.ANALYST, Role.ADMIN)),
            new Rule("matches", true, EnumSet.of(Role.STATE, Role.PROVIDER, Role.ADMIN)),
            new Rule("engagements", false, EnumSet.of(Role.STATE, Role.PROVIDER, Role.ANALYST, Role.ADMIN)),
            new Rule("engagements", true, EnumSet.of(Role.STATE, Role.PROVIDER, Role.ADMIN)),
            new Rule("classify", true, EVERYONE),
            new Rule("coordination", false, EnumSet.of(Role.PROVIDER, Role.ANALYST, Role.ADMIN)),
            new Rule("gaps", false, EnumSet.of(Role.PROVIDER, Role.ANALYST, Role.ADMIN)),
            new Rule("impact", false, EnumSet.of(Role.PROVIDER, Role.ANALYST, Role.ADMIN)),
            new Rule("admin", false, EnumSet.of(Role.ADMIN)),
            new Rule("admin", true, EnumSet.of(Role.ADMIN)));

    public List<Rule> rules() {
        return RULES;
    }

    /** What the policy says of one call. */
    public enum Decision {
        ALLOWED,
        /** Some role may make this kind of call here, not this one: 403. */
        FORBIDDEN,
        /** No role may make this kind of call (read or write) here: the method is not allowed, 405. */
        METHOD_NOT_ALLOWED
    }

    /** True when {@code role} may call {@code method} on {@code path} (a path under /api/v1/). */
    public boolean allows(Role role, String method, String path) {
        return decide(role, method, path) == Decision.ALLOWED;
    }

    public Decision decide(Role role, String method, String path) {
        String rest = path.startsWith("/api/v1/") ? path.substring("/api/v1/".length()) : path;
        boolean write = !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"));
        Rule best = null;
        for (Rule rule : RULES) {
            if (rule.write() == write && rule.covers(rest)
                    && (best == null || rule.resource().length() > best.resource().length())) {
                best = rule;
            }
        }
        if (best == null) {
            return Decision.METHOD_NOT_ALLOWED;
        }
        return best.roles().contains(role) ? Decision.ALLOWED : Decision.FORBIDDEN;
    }
}
