package org.tahub.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.OptionalLong;
import org.tahub.gateway.config.GatewayConfig;

/**
 * Rate limits (resilience4j), so that no client can exhaust the suite for the others: {@code tahub.gateway.rate-limit}
 * requests per {@code rate-limit-period} for each verified identity, and {@code address-rate-limit} for each client
 * address on whatever is not verified yet (anonymous calls, keys the cache does not know). A limit is checked before
 * any work: a client sending random keys is slowed down by its address before any key is looked up. Limiters live in
 * a bounded cache (Caffeine) and are dropped when unused, so no sequence of requests makes the memory grow.
 */
@ApplicationScoped
public class RateLimits {

    static final int TRACKED_CLIENTS = 100_000;

    private final RateLimiterConfig perIdentity;
    private final RateLimiterConfig perAddress;
    private final Cache<Object, RateLimiter> limiters;

    public RateLimits(GatewayConfig config) {
        perIdentity = config(config.rateLimit(), config.rateLimitPeriod());
        perAddress = config(config.addressRateLimit().orElse(config.rateLimit()), config.rateLimitPeriod());
        limiters = Caffeine.newBuilder().maximumSize(TRACKED_CLIENTS)
                .expireAfterAccess(config.rateLimitPeriod().multipliedBy(2)).build();
    }

    private static RateLimiterConfig config(int limit, Duration period) {
        return RateLimiterConfig.custom().limitForPeriod(limit).limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO).build();
    }

    /** Empty when the verified identity may go on; otherwise how many seconds to wait (for Retry-After). */
    public OptionalLong forIdentity(Identity who) {
        return take(limiters.get(who, w -> RateLimiter.of("identity:" + who.role().code() + ":" + who.subject(),
                perIdentity)));
    }

    /** The same for a call not verified yet, by the address it comes from. */
    public OptionalLong forAddress(String address) {
        return take(limiters.get(address, a -> RateLimiter.of("address:" + a, perAddress)));
    }

    private static OptionalLong take(RateLimiter limiter) {
        if (limiter.acquirePermission()) {
            return OptionalLong.empty();
        }
        long wait = limiter instanceof AtomicRateLimiter atomic
                ? atomic.getDetailedMetrics().getNanosToWait()
                : limiter.getRateLimiterConfig().getLimitRefreshPeriod().toNanos();
        return OptionalLong.of(Math.max(1, (long) Math.ceil(wait / 1e9)));
    }
}
