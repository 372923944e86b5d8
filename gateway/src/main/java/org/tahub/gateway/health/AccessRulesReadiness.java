package org.tahub.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.tahub.gateway.security.AccessRules;

/** The gateway is ready once it knows the access rules of every service, read from their OpenAPI documents. */
@Readiness
@ApplicationScoped
public class AccessRulesReadiness implements HealthCheck {

    private final AccessRules rules;

    public AccessRulesReadiness(AccessRules rules) {
        this.rules = rules;
    }

    @Override
    public HealthCheckResponse call() {
        Set<String> unknown = rules.unknown();
        return HealthCheckResponse.named("access-rules").status(unknown.isEmpty())
                .withData("unknown", String.join(",", unknown)).build();
    }
}
