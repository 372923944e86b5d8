package org.tahub.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.tahub.gateway.config.GatewayConfig;
import org.tahub.gateway.security.AccessRules;

/**
 * The gateway is ready once it knows the access rules of every service, read from their OpenAPI documents. With
 * {@code tahub.gateway.ready-with-services=false} (on Kubernetes) it is ready without them: a service whose rules are
 * not known yet answers 503 through it, the others answer.
 */
@Readiness
@ApplicationScoped
public class AccessRulesReadiness implements HealthCheck {

    private final AccessRules rules;
    private final GatewayConfig config;

    public AccessRulesReadiness(AccessRules rules, GatewayConfig config) {
        this.rules = rules;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        Set<String> unknown = rules.unknown();
        return HealthCheckResponse.named("access-rules").status(unknown.isEmpty() || !config.readyWithServices())
                .withData("unknown", String.join(",", unknown)).build();
    }
}
