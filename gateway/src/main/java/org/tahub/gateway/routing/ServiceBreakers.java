package org.tahub.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Circuit breakers (resilience4j), one per service and route class (the resource and whether the call reads or
 * writes), so that calls that fail on one resource cannot close the others, let alone the whole API.
 *
 * <p>A breaker counts only what the service did: a connection refused, a timeout, a 5xx answer. A client's 4xx is a
 * success of the service, and a client that disconnects, or a pooled connection reset before the service saw the
 * request (retried once on a fresh one), is not counted at all. It opens when, over the last {@value #WINDOW_SECONDS}
 * seconds and at least {@value #MINIMUM_CALLS} calls, half failed; then it answers 503 at once for
 * {@value #OPEN_SECONDS} s, lets {@value #PROBES} probes through, and closes again when they succeed, under
 * continuous load too (every permission taken is given back, so probes cannot leak).
 */
@ApplicationScoped
public class ServiceBreakers {

    static final int WINDOW_SECONDS = 20;
    static final int MINIMUM_CALLS = 20;
    static final int OPEN_SECONDS = 5;
    static final int PROBES = 5;

    /** Why a call is refused without trying: the breaker is open. */
    public record Refusal(long retryAfterSeconds) {
    }

    private final CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(config());
    private final java.util.concurrent.ConcurrentHashMap<String, CircuitBreaker[]> byResource =
            new java.util.concurrent.ConcurrentHashMap<>();

    static CircuitBreakerConfig config() {
        return CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.TIME_BASED)
                .slidingWindowSize(WINDOW_SECONDS)
                // Every proxied call records here, from every event loop: no lock on that path.
                .slidingWindowSynchronizationStrategy(
                        CircuitBreakerConfig.SlidingWindowSynchronizationStrategy.LOCK_FREE)
                .minimumNumberOfCalls(MINIMUM_CALLS)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(OPEN_SECONDS))
                .permittedNumberOfCallsInHalfOpenState(PROBES)
                // A probe whose answer never comes back does not keep the breaker half-open for ever.
                .maxWaitDurationInHalfOpenState(Duration.ofSeconds(2L * OPEN_SECONDS))
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .build();
    }

    /** The breaker of one route class: {@code service}, its {@code resource}, reads or writes. */
    public CircuitBreaker of(String service, String resource, boolean write) {
        CircuitBreaker[] pair = byResource.computeIfAbsent(resource, r -> new CircuitBreaker[] {
                registry.circuitBreaker(service + ":" + r + ":read"),
                registry.circuitBreaker(service + ":" + r + ":write")});
        return pair[write ? 1 : 0];
    }

    /** Permission for one call, or the refusal when the breaker is open. */
    public static Call acquire(CircuitBreaker breaker) {
        return breaker.tryAcquirePermission() ? new Call(breaker) : null;
    }

    public static Refusal refusal() {
        return new Refusal(OPEN_SECONDS);
    }

    /**
     * One permitted call: settled exactly once, as a success, a failure of the service, or neither (the client went
     * away, or the call never reached the service).
     */
    public static final class Call {

        private final CircuitBreaker breaker;
        private final long start = System.nanoTime();
        private boolean settled;

        Call(CircuitBreaker breaker) {
            this.breaker = breaker;
        }

        public void succeeded() {
            if (!settled) {
                settled = true;
                breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            }
        }

        public void failed(Throwable cause) {
            if (!settled) {
                settled = true;
                breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, cause);
            }
        }

        /** Neither a success nor a failure of the service: the permission is given back uncounted. */
        public void released() {
            if (!settled) {
                settled = true;
                breaker.releasePermission();
            }
        }
    }
}
