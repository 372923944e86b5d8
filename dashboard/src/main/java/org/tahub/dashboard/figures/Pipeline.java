package org.tahub.dashboard.figures;

import java.util.List;

/** Proposals and engagements by status, engagements over time, and the time from a need to its agreement. */
public record Pipeline(Chart proposals, Table proposalsTable, Chart engagementsOverTime, Table engagementsTable,
                       Table timeToAgreement, Double medianDays, long engagements) {

    public List<Table> tables() {
        return List.of(proposalsTable, engagementsTable, timeToAgreement);
    }
}
