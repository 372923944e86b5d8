package org.tahub.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * One circuit breaker per service (resilience4j): when half of the last ten calls to a service failed (unreachable,
 * timed out or 5xx), the gateway stops sending it requests for ten seconds and answers 503 at once, so that a failing
 * service is not buried under retries and clients are not kept waiting; then a few calls probe it again.
 */
@ApplicationScoped
public class ServiceBreakers {

    static final Duration OPEN_FOR = Duration.ofSeconds(10);

    /** Why a call is refused without trying: the breaker is open. */
    public record Refusal(long retryAfterSeconds) {
    }

    private final CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
            .slidingWindowSize(10)
            .minimumNumberOfCalls(5)
            .failureRateThreshold(50)
            .waitDurationInOpenState(OPEN_FOR)
            .permittedNumberOfCallsInHalfOpenState(2)
            .automaticTransitionFromOpenToHalfOpenEnabled(true)
            .build());

    public CircuitBreaker of(String service) {
        return registry.circuitBreaker(service);
    }

    /** Null when a call to the service may go ahead (the breaker took its permission), else the refusal. */
    public Refusal refuse(String service) {
        return of(service).tryAcquirePermission() ? null : new Refusal(OPEN_FOR.toSeconds());
    }
}
