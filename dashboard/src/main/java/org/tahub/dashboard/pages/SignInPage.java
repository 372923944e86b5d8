package org.tahub.dashboard.pages;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.regex.Pattern;
import org.tahub.dashboard.api.ApiCaller;
import org.tahub.dashboard.api.ApiRefusal;
import org.tahub.dashboard.session.Session;
import org.tahub.dashboard.session.SessionCookie;

/**
 * Signing in with an API key or a bearer token: the gateway says what it proves ({@code GET /api/v1/me}), and the
 * dashboard keeps it in a sealed, HttpOnly, SameSite=Strict cookie. Both forms carry a CSRF token.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInPage {

    /** Where a sign-in may lead back to: a page of the dashboard, nothing else (no open redirect). */
    private static final Pattern NEXT = Pattern.compile("^/dashboard(/[A-Za-z0-9._~%/-]*)?(\\?[A-Za-z0-9._~%&=-]*)?$");
    private static final Pattern JWT = Pattern.compile("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(String next, String error);
    }

    private final ApiCaller caller;
    private final SessionCookie cookies;

    public SignInPage(ApiCaller caller, SessionCookie cookies) {
        this.caller = caller;
        this.cookies = cookies;
    }

    @GET
    @Path("sign-in")
    public TemplateInstance form(@QueryParam("next") String next) {
        return Templates.signIn(safeNext(next), null);
    }

    @POST
    @Path("sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("credential") String credential, @FormParam("next") String next) {
        String target = safeNext(next);
        String secret = credential == null ? "" : credential.strip();
        if (secret.isEmpty() || secret.length() > 4096) {
            return Response.status(422).entity(Templates.signIn(target, "Enter an API key or a bearer token."))
                    .build();
        }
        Session.Credential kind = JWT.matcher(secret).matches() ? Session.Credential.BEARER
                : Session.Credential.API_KEY;
        JsonNode me;
        try {
            me = caller.api().me(ApiCaller.authorization(kind, secret));
        } catch (RuntimeException e) {
            ApiRefusal refusal = ApiRefusal.of(e);
            int status = refusal.status() == 401 ? 401 : refusal.status() == 429 ? 429 : 502;
            String message = switch (status) {
                case 401 -> "This key or token is unknown, expired or revoked.";
                case 429 -> "Too many attempts from this address; wait a minute and try again.";
                default -> "TA Hub cannot check credentials right now; try again shortly.";
            };
            return Response.status(status).entity(Templates.signIn(target, message)).build();
        }
        Session session = new Session(kind, secret, me.path("subject").asText(), me.path("role").asText(),
                me.path("state").asText(null), me.path("provider").asText(null), cookies.expiryOfNewSession());
        // Redirects are resolved against the application's root (/dashboard): name the path under it.
        return Response.seeOther(URI.create(target.substring("/dashboard".length()))).cookie(cookies.issue(session))
                .build();
    }

    @POST
    @Path("sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut() {
        return Response.seeOther(URI.create("/sign-in")).cookie(cookies.cleared()).build();
    }

    static String safeNext(String next) {
        return next != null && NEXT.matcher(next).matches() && !next.contains("//") && !next.contains("..")
                ? (next.equals("/dashboard") ? "/dashboard/" : next) : "/dashboard/";
    }
}
