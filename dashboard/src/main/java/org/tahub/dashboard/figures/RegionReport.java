package org.tahub.dashboard.figures;

import java.util.List;

/** A region's report: its needs by area, its states, what is covered, its gaps. */
public record RegionReport(String code, String name, long needs, long states, Chart byArea, Table byAreaTable,
                           Table byState, Table gaps) {

    public List<Table> tables() {
        return List.of(byAreaTable, byState, gaps);
    }
}
