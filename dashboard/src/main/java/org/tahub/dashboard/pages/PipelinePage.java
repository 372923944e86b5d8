package org.tahub.dashboard.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tahub.dashboard.figures.Pipeline;
import org.tahub.dashboard.figures.PipelineFigures;
import org.tahub.dashboard.session.Session;
import org.tahub.dashboard.session.SignedIn;

/** The pipeline: proposals and engagements by status, engagements over time, time from need to agreement. */
@Path("/pipeline")
@Produces(MediaType.TEXT_HTML)
public class PipelinePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pipeline(Session session, Pipeline pipeline);
    }

    private final PipelineFigures figures;
    private final SignedIn signedIn;

    public PipelinePage(PipelineFigures figures, SignedIn signedIn) {
        this.figures = figures;
        this.signedIn = signedIn;
    }

    @GET
    @Produces({MediaType.TEXT_HTML, Downloads.CSV})
    public Response pipeline(@QueryParam("download") String download) {
        Session session = signedIn.get();
        Pipeline pipeline = figures.of(session);
        if (download != null) {
            return Downloads.csv(pipeline.tables(), download, "tahub-");
        }
        return Response.ok(Templates.pipeline(session, pipeline), MediaType.TEXT_HTML_TYPE).build();
    }
}
