package org.tahub.dashboard.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tahub.dashboard.api.ApiRefusal;
import org.tahub.dashboard.figures.StateFigures;
import org.tahub.dashboard.figures.StateReport;
import org.tahub.dashboard.session.Session;
import org.tahub.dashboard.session.SignedIn;

/** A state's page, printable as its report: history, progress, needs with their proposals, engagements. */
@Path("/states/{iso3}")
@Produces(MediaType.TEXT_HTML)
public class StatePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance state(Session session, StateReport report);
    }

    private final StateFigures figures;
    private final SignedIn signedIn;

    public StatePage(StateFigures figures, SignedIn signedIn) {
        this.figures = figures;
        this.signedIn = signedIn;
    }

    @GET
    @Produces({MediaType.TEXT_HTML, Downloads.CSV})
    public Response state(@PathParam("iso3") String iso3, @QueryParam("download") String download) {
        if (iso3 == null || !iso3.matches("^[A-Z]{3}$")) {
            throw new ApiRefusal(404, "'" + iso3 + "' is not an ISO 3166-1 alpha-3 code");
        }
        Session session = signedIn.get();
        StateReport report = figures.of(session, iso3);
        if (download != null) {
            return Downloads.csv(report.tables(), download, "tahub-" + iso3 + "-");
        }
        return Response.ok(Templates.state(session, report), MediaType.TEXT_HTML_TYPE).build();
    }
}
