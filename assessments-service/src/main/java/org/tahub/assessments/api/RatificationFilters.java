package org.tahub.assessments.api;

import static org.tahub.assessments.command.InputLimits.MAX_SLUG;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.tahub.assessments.service.RatificationsQuery;
import org.tahub.edge.paging.PageRequest;
import org.tahub.edge.parameters.CodeParameters;
import org.tahub.edge.parameters.QueryParameters;

/** The filters of the reported standings (their list and its CSV), declared once and read one way. */
public class RatificationFilters {

    private static final Set<String> KNOWN = Set.of("state", "instrument", "page", "size");

    @Parameter(description = "ISO3 of the state", example = "KEN", schema = @Schema(type = SchemaType.STRING, pattern = CodeParameters.ISO3))
    @QueryParam("state")
    String state;

    @Parameter(description = "Instrument slug, as in GET /api/v1/assessments/template: only the standings towards it", example = "terrorist-financing-convention-1999", schema = @Schema(type = SchemaType.STRING, pattern = CodeParameters.SLUG, maxLength = MAX_SLUG))
    @QueryParam("instrument")
    String instrument;

    @Context
    UriInfo uri;

    /** The criteria for one page: unknown or empty parameters refused first, then each value read (the paging last). */
    RatificationsQuery.Criteria criteria(Supplier<PageRequest> paging) {
        QueryParameters.allowOnly(uri, KNOWN);
        QueryParameters.requireValues(uri);
        return new RatificationsQuery.Criteria(CodeParameters.iso3("state", state),
                CodeParameters.slug("instrument", instrument, MAX_SLUG), paging.get());
    }
}
