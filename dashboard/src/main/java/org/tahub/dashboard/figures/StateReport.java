package org.tahub.dashboard.figures;

import java.util.List;

/** A state's page: who it is, its assessment history and progress, its needs with what answers them. */
public record StateReport(String iso3, String name, String region, String subRegion, Table history,
                          Chart progress, Table progressTable, Table needs, Table engagements, long needCount,
                          long proposalCount, long engagementCount) {

    /** Whether any period has a share to draw (the 2004 requests, for one, answer no activity). */
    public boolean hasProgress() {
        return progress.option().get("series") instanceof List<?> series && series.stream()
                .anyMatch(s -> s instanceof java.util.Map<?, ?> m && m.get("data") instanceof List<?> data
                        && data.stream().anyMatch(java.util.Objects::nonNull));
    }

    public List<Table> tables() {
        return List.of(history, progressTable, needs, engagements);
    }
}
