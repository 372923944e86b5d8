package org.tahub.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The breaker protects a failing route class and lets it back in, and nothing but the service's failures count. */
class ServiceBreakersTest {

    private final ServiceBreakers breakers = new ServiceBreakers();

    private static void fail(CircuitBreaker breaker, int times) {
        for (int i = 0; i < times; i++) {
            ServiceBreakers.Call call = ServiceBreakers.acquire(breaker);
            if (call != null) {
                call.failed(new IllegalStateException("HTTP 500"));
            }
        }
    }

    @Test
    void aBurstBelowTheMinimumNumberOfCallsDoesNotOpenIt() {
        CircuitBreaker breaker = breakers.of("matching", "offers", false);
        fail(breaker, ServiceBreakers.MINIMUM_CALLS - 1);
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void callsThatAreReleasedNeitherSucceedNorFail() {
        CircuitBreaker breaker = breakers.of("matching", "offers", false);
        for (int i = 0; i < 100; i++) {
            ServiceBreakers.acquire(breaker).released();
        }
        fail(breaker, ServiceBreakers.MINIMUM_CALLS - 1);
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfBufferedCalls()).isEqualTo(ServiceBreakers.MINIMUM_CALLS - 1);
    }

    @Test
    void eachRouteClassHasItsOwnBreaker() {
        fail(breakers.of("matching", "engagements", false), 40);
        assertThat(breakers.of("matching", "engagements", false).getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breakers.of("matching", "engagements", true).getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breakers.of("matching", "offers", false).getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void itClosesAgainWhenProbesSucceedUnderContinuousLoad() {
        CircuitBreaker breaker = breakers.of("instruments", "activities", false);
        fail(breaker, 40);
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        // Continuous load: callers keep asking; every third call is abandoned by its client mid-way (released).
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        await().atMost(Duration.ofSeconds(3L * ServiceBreakers.OPEN_SECONDS)).pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    ServiceBreakers.Call call = ServiceBreakers.acquire(breaker);
                    if (call != null) {
                        if (calls.incrementAndGet() % 3 == 0) {
                            call.released();
                        } else {
                            call.succeeded();
                        }
                    }
                    return breaker.getState() == CircuitBreaker.State.CLOSED;
                });
    }

    @Test
    void aCallIsSettledOnce() {
        CircuitBreaker breaker = breakers.of("assessments", "needs", false);
        ServiceBreakers.Call call = ServiceBreakers.acquire(breaker);
        call.succeeded();
        call.failed(new IllegalStateException());
        call.released();
        assertThat(breaker.getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(1);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
    }
}
