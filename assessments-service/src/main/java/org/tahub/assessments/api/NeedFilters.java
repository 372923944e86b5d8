package org.tahub.assessments.api;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.tahub.assessments.service.NeedsQuery;
import org.tahub.edge.paging.PageRequest;
import org.tahub.edge.parameters.CodeParameters;
import org.tahub.edge.parameters.QueryParameters;

/**
 * The filters of the needs (their list, its CSV and its counts), declared once: each endpoint takes them as a
 * {@code @BeanParam}, and they are read into the query's criteria the same way for all three.
 */
public class NeedFilters {

    static final Set<String> NAMES = Set.of("state", "area", "activity", "priority", "region", "kind");

    @Parameter(description = "ISO3 of the state", example = "KEN", schema = @Schema(type = SchemaType.STRING, pattern = CodeParameters.ISO3))
    @QueryParam("state")
    String state;

    @Parameter(description = "Checklist area", example = "V", schema = @Schema(type = SchemaType.STRING, enumeration = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"}))
    @QueryParam("area")
    String area;

    @Parameter(description = "Checklist activity", example = "V.4", schema = @Schema(type = SchemaType.STRING, maxLength = 20))
    @QueryParam("activity")
    String activity;

    @Parameter(description = "Priority the state gave", example = "HIGH", schema = @Schema(type = SchemaType.STRING, enumeration = {"HIGH", "MEDIUM", "LOW"}))
    @QueryParam("priority")
    String priority;

    @Parameter(description = "UN M49 region, sub-region or intermediate region code", example = "002", schema = @Schema(type = SchemaType.STRING, pattern = CodeParameters.M49))
    @QueryParam("region")
    String region;

    @Parameter(description = "A checklist activity or a statement in the state's words", example = "activity", schema = @Schema(type = SchemaType.STRING, enumeration = {"activity", "statement"}))
    @QueryParam("kind")
    String kind;

    @Context
    UriInfo uri;

    /**
     * The criteria for one page: the filters and {@code also} (the endpoint's paging parameters) are the only
     * parameters known, none may be empty, and then each value is read (the paging last).
     */
    NeedsQuery.Criteria criteria(Supplier<PageRequest> paging, Set<String> also) {
        Set<String> known = new HashSet<>(NAMES);
        known.addAll(also);
        QueryParameters.allowOnly(uri, known);
        QueryParameters.requireValues(uri);
        return new NeedsQuery.Criteria(CodeParameters.iso3("state", state), CodeParameters.area("area", area),
                CodeParameters.activity("activity", activity), ListParameters.priority(priority),
                CodeParameters.m49("region", region), ListParameters.kind(kind), paging.get());
    }
}
