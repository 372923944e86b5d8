package org.tahub.dashboard.session;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every page but the sign-in page needs a session: without a valid cookie the browser is sent to sign in, and comes
 * back to the page it asked for once signed in.
 */
public class SessionFilter {

    static final String SIGN_IN = "/dashboard/sign-in";

    private final SessionCookie cookies;
    private final SignedIn signedIn;

    public SessionFilter(SessionCookie cookies, SignedIn signedIn) {
        this.cookies = cookies;
        this.signedIn = signedIn;
    }

    @ServerRequestFilter
    public Optional<Response> requireSession(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(SessionCookie.NAME);
        Optional<Session> session = cookie == null ? Optional.empty() : cookies.open(cookie.getValue());
        session.ifPresent(signedIn::set);
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (session.isPresent() || path.equals(SIGN_IN) || path.equals("/dashboard/sign-out")) {
            return Optional.empty();
        }
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String next = query == null ? path : path + "?" + query;
        // Resolved against the application's root (/dashboard), so named under it.
        Response.ResponseBuilder redirect = Response.seeOther(UriBuilder.fromPath("/sign-in").queryParam("next", next)
                .build());
        if (cookie != null) {
            redirect.cookie(cookies.cleared());
        }
        return Optional.of(redirect.build());
    }
}
