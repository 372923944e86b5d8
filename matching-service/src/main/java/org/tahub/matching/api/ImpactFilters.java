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
import org.tahub.matching.rules.FilterValues;

/** The filters of the impact report (its JSON and its CSV), declared once and read one way. */
public class ImpactFilters {

    private static final Set<String> KNOWN = Set.of("state", "provider");

    @Parameter(description = "ISO3", example = "KEN", schema = @Schema(type = SchemaType.STRING,
            pattern = CodeParameters.ISO3))
    @QueryParam("state")
    String state;

    @Parameter(description = "Provider id", example = "egmont-group", schema = @Schema(type = SchemaType.STRING,
            pattern = FilterValues.PROVIDER, maxLength = FilterValues.PROVIDER_MAX))
    @QueryParam("provider")
    String provider;

    @Context
    UriInfo uri;

    /** The filters as read: unknown parameters refused first, then each value. */
    Read read() {
        QueryParameters.allowOnly(uri, KNOWN);
        return new Read(CodeParameters.iso3("state", state), FilterValues.provider(provider));
    }

    record Read(String state, String provider) {
    }
}
