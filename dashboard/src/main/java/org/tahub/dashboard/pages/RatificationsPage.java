package org.tahub.dashboard.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.tahub.dashboard.figures.RatificationFigures;
import org.tahub.dashboard.session.Session;
import org.tahub.dashboard.session.SignedIn;

/** The ratification matrix: states x universal instruments, as the states reported their standing. */
@Path("/ratifications")
@Produces(MediaType.TEXT_HTML)
public class RatificationsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ratifications(Session session, RatificationFigures.Matrix matrix);
    }

    private final RatificationFigures figures;
    private final SignedIn signedIn;

    public RatificationsPage(RatificationFigures figures, SignedIn signedIn) {
        this.figures = figures;
        this.signedIn = signedIn;
    }

    @GET
    @Produces({MediaType.TEXT_HTML, Downloads.CSV})
    public Response matrix(@QueryParam("download") String download) {
        Session session = signedIn.get();
        RatificationFigures.Matrix matrix = figures.of(session);
        if (download != null) {
            return Downloads.csv(List.of(matrix.table()), download, "tahub-");
        }
        return Response.ok(Templates.ratifications(session, matrix), MediaType.TEXT_HTML_TYPE).build();
    }
}
