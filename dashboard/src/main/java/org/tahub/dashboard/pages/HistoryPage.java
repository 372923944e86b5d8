package org.tahub.dashboard.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tahub.dashboard.figures.History2004;
import org.tahub.dashboard.session.Session;
import org.tahub.dashboard.session.SignedIn;

/** The 2004 requests to the CTC, by state and area, marked as history. */
@Path("/history/2004")
@Produces(MediaType.TEXT_HTML)
public class HistoryPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance history(Session session, History2004.Synopsis synopsis);
    }

    private final History2004 figures;
    private final SignedIn signedIn;

    public HistoryPage(History2004 figures, SignedIn signedIn) {
        this.figures = figures;
        this.signedIn = signedIn;
    }

    @GET
    @Produces({MediaType.TEXT_HTML, Downloads.CSV})
    public Response synopsis(@QueryParam("download") String download) {
        Session session = signedIn.get();
        History2004.Synopsis synopsis = figures.of(session);
        if (download != null) {
            return Downloads.csv(synopsis.tables(), download, "tahub-");
        }
        return Response.ok(Templates.history(session, synopsis), MediaType.TEXT_HTML_TYPE).build();
    }
}
