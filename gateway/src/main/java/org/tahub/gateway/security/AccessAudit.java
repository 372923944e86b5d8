package org.tahub.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.LongAdder;
import org.jboss.logging.Logger;

/**
 * Records refused requests in the audit log, and in the service log: every 401 and 403; of the 429s, the first a
 * client gets in a minute, the others counted and logged as one line when the minute is over (a client past its limit
 * must not make the gateway write for every request it refuses).
 */
@ApplicationScoped
public class AccessAudit {

    private static final Logger LOG = Logger.getLogger(AccessAudit.class);
    static final Duration RATE_LIMIT_WINDOW = Duration.ofMinutes(1);

    /** Clients refused with a 429 in the last minute (an identity's subject, or an address), with the 429s since. */
    private final Cache<String, LongAdder> rateLimited = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(RATE_LIMIT_WINDOW)
            .<String, LongAdder>removalListener((client, further, cause) -> {
                long n = further == null ? 0 : further.sum();
                if (n > 0) {
                    LOG.infof("%d further 429 answers to %s within a minute of the one recorded", n, client);
                }
            })
            .build();

    /** Whether a 429 to this client is the first of its minute (to record); if not, it is counted only. */
    public boolean firstRateLimitRefusal(String client) {
        LongAdder earlier = rateLimited.asMap().putIfAbsent(client, new LongAdder());
        if (earlier == null) {
            return true;
        }
        earlier.increment();
        return false;
    }

    @Transactional
    public void denied(String requestId, Identity who, String method, String path, int status, String reason) {
        AccessDenial d = new AccessDenial();
        d.at = OffsetDateTime.now(ZoneOffset.UTC);
        d.requestId = requestId;
        d.subject = who == null ? null : who.subject();
        d.role = who == null ? null : who.role().code();
        d.method = method;
        d.path = path.length() > 2000 ? path.substring(0, 2000) : path;
        d.status = status;
        d.reason = reason;
        d.persist();
        LOG.infof("denied %s %s to %s (%s): %d %s", method, d.path, d.subject == null ? "anonymous" : d.subject,
                d.role, status, reason);
    }
}
