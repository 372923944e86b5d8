package org.tahub.matching.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.matching.service.MatchQueries;

/** How many proposals were made each month, by their status now. */
public record MatchCountsView(
        @Schema(description = "Proposals counted, withdrawn ones included") long total,
        @Schema(description = "By the month they were made (UTC) and their status now, oldest month first")
        List<Month> byMonth) {

    public record Month(
            @Schema(description = "Year and month (UTC)", examples = "2026-11", pattern = "^[0-9]{4}-[0-9]{2}$")
            String month,
            @Schema(enumeration = {"PROPOSED", "ACCEPTED", "DECLINED", "AGREED", "WITHDRAWN"}, examples = "PROPOSED")
            String status,
            @Schema(examples = "5") long proposals) {
    }

    static MatchCountsView of(List<MatchQueries.MonthCount> counts) {
        return new MatchCountsView(counts.stream().mapToLong(MatchQueries.MonthCount::proposals).sum(),
                counts.stream().map(c -> new Month(c.month(), c.status(), c.proposals())).toList());
    }
}
