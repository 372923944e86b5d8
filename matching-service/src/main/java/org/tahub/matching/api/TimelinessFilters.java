package org.tahub.matching.api;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.tahub.edge.parameters.CodeParameters;
import org.tahub.edge.parameters.QueryParameters;

/** The filters of the timeliness report (its JSON and its CSV), declared once and read one way. */
public class TimelinessFilters {

    private static final Set<String> KNOWN = Set.of("area", "region");

    @Parameter(description = "Checklist area: only the needs of that area", example = "V", schema = @Schema(
            type = SchemaType.STRING, enumeration = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"}))
    @QueryParam("area")
    String area;

    @Parameter(description = "UN M49 region or sub-region of the state", example = "002", schema = @Schema(
            type = SchemaType.STRING, pattern = CodeParameters.M49))
    @QueryParam("region")
    String region;

    @Context
    UriInfo uri;

    /** The filters as read: unknown or empty parameters refused first, then each value. */
    Read read() {
        QueryParameters.allowOnly(uri, KNOWN);
        QueryParameters.requireValues(uri);
        return new Read(CodeParameters.area("area", area), CodeParameters.m49("region", region));
    }

    record Read(String area, String region) {
    }
}
