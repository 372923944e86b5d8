package org.tahub.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/** Records every refused request (401, 403, 429) in the audit log, and in the service log. */
@ApplicationScoped
public class AccessAudit {

    private static final Logger LOG = Logger.getLogger(AccessAudit.class);

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
