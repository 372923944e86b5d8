package org.tahub.dashboard.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.tahub.dashboard.api.ApiRefusal;
import org.tahub.dashboard.session.Session;
import org.tahub.dashboard.session.SessionCookie;
import org.tahub.dashboard.session.SignedIn;

/**
 * What a person sees when the API refuses a page: signed out when the credential stopped working, otherwise a page
 * that says what was refused and why (the API's own words), with the API's status; never a stack trace.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Session session, int status, String title, String detail);
    }

    private final SessionCookie cookies;
    private final SignedIn signedIn;

    public ErrorPages(SessionCookie cookies, SignedIn signedIn) {
        this.cookies = cookies;
        this.signedIn = signedIn;
    }

    @ServerExceptionMapper
    public Response refused(ApiRefusal refusal) {
        if (refusal.status() == 401) {
            return Response.seeOther(URI.create("/sign-in")).cookie(cookies.cleared()).build();
        }
        String title = switch (refusal.status()) {
            case 403 -> "Not for your role";
            case 404 -> "Not found";
            case 429 -> "Too many requests";
            default -> "TA Hub is not answering";
        };
        int status = refusal.status() >= 400 && refusal.status() < 600 ? refusal.status() : 502;
        if (status >= 500) {
            LOG.warnf("a page could not be made: %s", refusal.getMessage());
        }
        return page(status, title, refusal.detail());
    }

    /** A failure of the dashboard itself: logged with an id the page shows, never a stack trace to the browser. */
    @ServerExceptionMapper
    public Response failed(RuntimeException failure) {
        if (failure instanceof jakarta.ws.rs.WebApplicationException web && web.getResponse() != null
                && web.getResponse().getStatus() < 500) {
            return page(web.getResponse().getStatus(), web.getResponse().getStatus() == 404 ? "Not found"
                    : "Not possible", "The dashboard has no such page, or cannot do this here.");
        }
        String id = java.util.UUID.randomUUID().toString();
        LOG.errorf(failure, "page failed (error id %s)", id);
        return page(500, "Something went wrong", "The dashboard could not make this page. If it happens again, "
                + "give this error id to the TA Hub team: " + id + ".");
    }

    private Response page(int status, String title, String detail) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(signedIn.present() ? signedIn.get() : null, status, title, detail)).build();
    }
}
