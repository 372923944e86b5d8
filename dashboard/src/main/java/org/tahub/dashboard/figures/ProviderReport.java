package org.tahub.dashboard.figures;

import java.util.List;

/** A provider's page: who it is, its offers, its proposals by status and its engagements. */
public record ProviderReport(String id, String name, String kind, Table offers, Chart proposals,
                             Table proposalsTable, Table engagements) {

    public List<Table> tables() {
        return List.of(offers, proposalsTable, engagements);
    }
}
