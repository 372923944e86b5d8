package org.tahub.assessments.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.assessments.service.NeedsQuery;
import org.tahub.edge.parameters.CodeParameters;

/** How many current needs there are, by state, period, priority and assessment status, and by checklist area too. */
public record NeedCountsView(
        @Schema(description = "Needs counted, each once") long total,
        @Schema(description = "Needs by state, period, priority and the status of the assessment they come from")
        List<Cell> byState,
        @Schema(description = "The same by checklist area as well: a need of several areas counts once in each")
        List<Cell> byStateAndArea) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cell(
            @Schema(description = "ISO 3166-1 alpha-3", examples = "KEN", pattern = CodeParameters.ISO3) String state,
            @Schema(description = "Checklist area (in byStateAndArea only)", nullable = true, examples = "V") String area,
            @Schema(description = "The assessment's period", examples = "2026") int period,
            @Schema(description = "The priority the state gave; null for a need without one", nullable = true,
                    enumeration = {"HIGH", "MEDIUM", "LOW"}, examples = "HIGH") String priority,
            @Schema(description = "The status of the assessment the needs come from",
                    enumeration = {"SUBMITTED", "VALIDATED", "RETURNED"}, examples = "SUBMITTED") String assessmentStatus,
            @Schema(description = "How many needs", examples = "3") long needs) {
    }

    static NeedCountsView of(NeedsQuery.Counts counts) {
        return new NeedCountsView(counts.total(), cells(counts.byState()), cells(counts.byStateAndArea()));
    }

    private static List<Cell> cells(List<NeedsQuery.Count> counts) {
        return counts.stream().map(c -> new Cell(c.state(), c.area(), c.period(), c.priority(), c.assessmentStatus(),
                c.needs())).toList();
    }
}
