package org.tahub.dashboard.figures;

import java.util.List;

/** The overview's figures: the filters applied and the choices for them, totals, charts and their tables. */
public record Overview(Filters filters, List<Integer> periods, long needs, long states, long uncovered,
                       Chart heatMap, Table heatTable, Chart map, Table byState, List<String> offMap, Chart coverageByArea, Table coverageByAreaTable,
                       Chart coverageByRegion, Table coverageByRegionTable, Chart stages, Table stagesTable,
                       Table gaps) {

    /** What the user filtered on; null means all. {@code subRegions}: the heat map's rows are sub-regions. */
    public record Filters(String priority, Integer period, String status, boolean subRegions) {

        /** The filters as query parameters (without the leading '?'), for links that keep them. */
        public String params() {
            StringBuilder q = new StringBuilder();
            if (priority != null) {
                q.append("&priority=").append(priority);
            }
            if (period != null) {
                q.append("&period=").append(period);
            }
            if (status != null) {
                q.append("&status=").append(status);
            }
            if (subRegions) {
                q.append("&level=subregion");
            }
            return q.length() == 0 ? "" : q.substring(1);
        }
    }

    public List<Table> tables() {
        return List.of(heatTable, byState, coverageByAreaTable, coverageByRegionTable, stagesTable, gaps);
    }
}
