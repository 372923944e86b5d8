package org.tahub.matching.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.tahub.edge.parameters.CodeParameters;
import org.tahub.edge.parameters.QueryParameters;
import org.tahub.edge.problem.ProblemException;
import org.tahub.matching.domain.CoverageStage;

/** The filters of the gaps (their JSON and their CSV), declared once and read one way. */
public class GapsFilters {

    private static final Set<String> KNOWN = Set.of("gap", "area", "region", "priority", "limit");

    @Parameter(description = "Which gap: the needs that have not reached its stage", example = "no-agreed-engagement",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"no-proposal", "no-accepted-proposal",
                    "no-agreed-engagement", "no-delivery"}, defaultValue = "no-agreed-engagement"))
    @QueryParam("gap")
    @DefaultValue("no-agreed-engagement")
    String gap;

    @Parameter(description = "Checklist area", example = "IX", schema = @Schema(type = SchemaType.STRING,
            enumeration = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"}))
    @QueryParam("area")
    String area;

    @Parameter(description = "UN M49 region or sub-region", example = "002", schema = @Schema(type = SchemaType.STRING,
            pattern = CodeParameters.M49))
    @QueryParam("region")
    String region;

    @Parameter(description = "HIGH, MEDIUM or LOW", example = "HIGH", schema = @Schema(type = SchemaType.STRING,
            enumeration = {"HIGH", "MEDIUM", "LOW"}))
    @QueryParam("priority")
    String priority;

    @Parameter(description = "How many uncovered needs to list, 0 to 1000 (the counts cover all)", example = "100",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "1000", defaultValue = "100"))
    @QueryParam("limit")
    @DefaultValue("100")
    String limit;

    @Context
    UriInfo uri;

    /** The filters as read: unknown parameters refused first, then each value. */
    Read read() {
        QueryParameters.allowOnly(uri, KNOWN);
        int n = QueryParameters.limit(limit, 100, 0, 1000);
        QueryParameters.oneOf("priority", priority, Set.of("HIGH", "MEDIUM", "LOW"));
        CodeParameters.m49("region", region);
        CoverageStage.Gap which = CoverageStage.Gap.ofCode(gap).orElseThrow(() -> ProblemException.badRequest(
                "query.gap", "'" + gap + "' is not one of no-proposal, no-accepted-proposal, no-agreed-engagement, "
                        + "no-delivery"));
        return new Read(which, CodeParameters.area("area", area), region, priority, n);
    }

    record Read(CoverageStage.Gap gap, String area, String region, String priority, int limit) {
    }
}
