package org.tahub.gateway.security;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.OptionalLong;
import org.tahub.gateway.config.GatewayConfig;

/**
 * One rate limiter per client (resilience4j): {@code tahub.gateway.rate-limit} requests per
 * {@code rate-limit-period}, so that no client can exhaust the suite for the others.
 */
@ApplicationScoped
public class RateLimits {

    private final RateLimiterRegistry registry;

    public RateLimits(GatewayConfig config) {
        registry = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(config.rateLimit())
                .limitRefreshPeriod(config.rateLimitPeriod())
                .timeoutDuration(Duration.ZERO)
                .build());
    }

    /** Empty when the client may go on; otherwise how many seconds to wait (for Retry-After). */
    public OptionalLong waitSeconds(String client) {
        RateLimiter limiter = registry.rateLimiter(client);
        if (limiter.acquirePermission()) {
            return OptionalLong.empty();
        }
        long wait = limiter instanceof AtomicRateLimiter atomic
                ? atomic.getDetailedMetrics().getNanosToWait()
                : limiter.getRateLimiterConfig().getLimitRefreshPeriod().toNanos();
        return OptionalLong.of(Math.max(1, (long) Math.ceil(wait / 1e9)));
    }
}
