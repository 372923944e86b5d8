package org.tahub.dashboard.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import org.tahub.dashboard.api.ApiRefusal;
import org.tahub.dashboard.figures.Overview;
import org.tahub.dashboard.figures.OverviewFigures;
import org.tahub.dashboard.session.Session;
import org.tahub.dashboard.session.SignedIn;

/**
 * The first view. Analysts, curators and administrators see where the needs are (area x region), what share is
 * covered and the gap list; a state's focal point is taken to its state's page, a provider to its own page.
 * (Redirects name paths under the application's root, /dashboard: Quarkus REST resolves them against it.)
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class OverviewPage {

    private static final Set<String> PRIORITIES = Set.of("HIGH", "MEDIUM", "LOW");
    private static final Set<String> STATUSES = Set.of("SUBMITTED", "VALIDATED", "RETURNED");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Session session, Overview figures);
    }

    private final OverviewFigures figures;
    private final SignedIn signedIn;

    public OverviewPage(OverviewFigures figures, SignedIn signedIn) {
        this.figures = figures;
        this.signedIn = signedIn;
    }

    @GET
    @Produces({MediaType.TEXT_HTML, Downloads.CSV})
    public Response overview(@QueryParam("priority") String priority, @QueryParam("period") String period,
                             @QueryParam("status") String status, @QueryParam("level") String level,
                             @QueryParam("download") String download) {
        Session session = signedIn.get();
        if (session.sees("state")) {
            return Response.seeOther(URI.create("/states/" + session.state())).build();
        }
        if (session.sees("provider")) {
            return Response.seeOther(URI.create("/providers/" + session.provider())).build();
        }
        if (!session.seesEveryone()) {
            throw new ApiRefusal(403, "The dashboard shows needs and the assistance that answers them, which the "
                    + session.role() + " role does not read; curators keep the catalogue through the API "
                    + "(/api/v1/instruments, /api/v1/activities, /api/v1/tools).");
        }
        // A filter value the page does not offer is ignored, as an empty one is: the page shows everything.
        Overview.Filters filters = new Overview.Filters(priority != null && PRIORITIES.contains(priority) ? priority
                : null, period != null && period.matches("^[0-9]{4}$") ? Integer.valueOf(period) : null,
                status != null && STATUSES.contains(status) ? status : null, "subregion".equals(level));
        Overview overview = figures.of(session, filters);
        if (download != null) {
            return Downloads.csv(overview.tables(), download, "tahub-");
        }
        return Response.ok(Templates.overview(session, overview), MediaType.TEXT_HTML_TYPE).build();
    }
}
