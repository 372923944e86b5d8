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
import org.tahub.dashboard.figures.RegionFigures;
import org.tahub.dashboard.figures.RegionReport;
import org.tahub.dashboard.session.Session;
import org.tahub.dashboard.session.SignedIn;

/** A region's printable report: needs by area with what is covered, its states, its gaps. */
@Path("/regions/{code}")
@Produces(MediaType.TEXT_HTML)
public class RegionPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance region(Session session, RegionReport report);
    }

    private final RegionFigures figures;
    private final SignedIn signedIn;

    public RegionPage(RegionFigures figures, SignedIn signedIn) {
        this.figures = figures;
        this.signedIn = signedIn;
    }

    @GET
    @Produces({MediaType.TEXT_HTML, Downloads.CSV})
    public Response region(@PathParam("code") String code, @QueryParam("download") String download) {
        if (code == null || !code.matches("^[0-9]{3}$")) {
            throw new ApiRefusal(404, "'" + code + "' is not a UN M49 region code");
        }
        Session session = signedIn.get();
        RegionReport report = figures.of(session, code);
        if (download != null) {
            return Downloads.csv(report.tables(), download, "tahub-region-" + code + "-");
        }
        return Response.ok(Templates.region(session, report), MediaType.TEXT_HTML_TYPE).build();
    }
}
