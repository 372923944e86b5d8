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
import org.tahub.dashboard.figures.ProviderFigures;
import org.tahub.dashboard.figures.ProviderReport;
import org.tahub.dashboard.session.Session;
import org.tahub.dashboard.session.SignedIn;

/** A provider's page: its offers, the proposals that name it by status, its engagements. */
@Path("/providers/{id}")
@Produces(MediaType.TEXT_HTML)
public class ProviderPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance provider(Session session, ProviderReport report);
    }

    private final ProviderFigures figures;
    private final SignedIn signedIn;

    public ProviderPage(ProviderFigures figures, SignedIn signedIn) {
        this.figures = figures;
        this.signedIn = signedIn;
    }

    @GET
    @Produces({MediaType.TEXT_HTML, Downloads.CSV})
    public Response provider(@PathParam("id") String id, @QueryParam("download") String download) {
        if (id == null || !id.matches("^[a-z0-9][a-z0-9-]{0,63}$")) {
            throw new ApiRefusal(404, "'" + id + "' is not a provider id");
        }
        Session session = signedIn.get();
        ProviderReport report = figures.of(session, id);
        if (download != null) {
            return Downloads.csv(report.tables(), download, "tahub-" + id + "-");
        }
        return Response.ok(Templates.provider(session, report), MediaType.TEXT_HTML_TYPE).build();
    }
}
