package org.tahub.dashboard.figures;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;
import org.tahub.dashboard.api.ApiCaller;
import org.tahub.dashboard.api.TaHubApi;
import org.tahub.dashboard.session.Session;

/**
 * Where the needs are and what is covered, from the API's counts of current needs ({@code GET /api/v1/needs/counts}),
 * the states and their M49 regions ({@code GET /api/v1/states}), the checklist areas and the coverage report
 * ({@code GET /api/v1/gaps}: needs short of an agreed engagement, the default gap).
 */
@ApplicationScoped
public class OverviewFigures {

    /** How many of the gap list's needs the overview shows, highest priority first. */
    static final int GAPS_SHOWN = 50;

    private final ApiCaller caller;
    private final WorldMap world;

    public OverviewFigures(ApiCaller caller, WorldMap world) {
        this.caller = caller;
        this.world = world;
    }

    public Overview of(Session session, Overview.Filters filters) {
        String auth = ApiCaller.authorization(session);
        TaHubApi api = caller.api();
        CompletionStage<JsonNode> template = api.template(auth);
        CompletionStage<JsonNode> gaps = api.gaps(auth, filters.priority(), null, GAPS_SHOWN);
        CompletionStage<JsonNode> countsAnswer = api.needCounts(auth, filters.priority());
        Regions regions = Regions.of(ApiCaller.list(api.states(auth)));
        List<String> areas = new ArrayList<>();
        Map<String, String> areaTitles = new LinkedHashMap<>();
        ApiCaller.await(template).path("areas").forEach(a -> {
            areas.add(a.path("code").asText());
            areaTitles.put(a.path("code").asText(), a.path("title").asText());
        });
        JsonNode counts = ApiCaller.await(countsAnswer);

        Set<Integer> periods = new TreeSet<>();
        counts.path("byState").forEach(c -> periods.add(c.path("period").asInt()));
        java.util.function.Predicate<JsonNode> kept = c -> (filters.period() == null
                || c.path("period").asInt() == filters.period())
                && (filters.status() == null || c.path("assessmentStatus").asText().equals(filters.status()));

        // Needs per state (each need once), and area x region: how many needs of each area the states of each region
        // expressed (a need of several areas in each).
        Map<String, Long> perState = new TreeMap<>();
        counts.path("byState").forEach(c -> {
            if (kept.test(c)) {
                perState.merge(c.path("state").asText(), c.path("needs").asLong(), Long::sum);
            }
        });
        Map<String, Map<String, Long>> cells = new TreeMap<>();
        counts.path("byStateAndArea").forEach(c -> {
            if (kept.test(c)) {
                cells.computeIfAbsent(regions.of(c.path("state").asText(), filters.subRegions()), r -> new TreeMap<>())
                        .merge(c.path("area").asText(), c.path("needs").asLong(), Long::sum);
            }
        });
        long shownNeeds = perState.values().stream().mapToLong(Long::longValue).sum();
        List<String> regionRows = new ArrayList<>(cells.keySet());
        regionRows.sort((a, b) -> regions.name(a).compareTo(regions.name(b)));
        Table heatTable = Table.of("needs-by-area-and-region", "Needs by checklist area and "
                + (filters.subRegions() ? "M49 sub-region" : "M49 region"), header("Region", areas));
        List<List<Object>> heatCells = new ArrayList<>();
        long max = 0;
        for (int y = 0; y < regionRows.size(); y++) {
            String region = regionRows.get(y);
            List<Object> row = new ArrayList<>();
            row.add(new Table.Link(regions.name(region), "/dashboard/regions/" + region));
            for (int x = 0; x < areas.size(); x++) {
                long count = cells.get(region).getOrDefault(areas.get(x), 0L);
                row.add(count);
                max = Math.max(max, count);
                heatCells.add(List.of(x, y, count));
            }
            heatTable.rows().add(row);
        }
        Chart heatMap = Chart.heatMap("needs-heat-map", "Needs by checklist area (columns) and region (rows): "
                + shownNeeds + " needs of " + perState.size() + " states", areas,
                regionRows.stream().map(regions::name).toList(), heatCells, max);

        // Needs per state, on the world map; the states the map's shapes lack are listed beside it.
        Table byState = Table.of("needs-by-state", "Needs by state", "State", "ISO3", "Region", "Needs",
                "On the map");
        Map<String, String> names = new TreeMap<>();
        List<Map<String, Object>> mapData = new ArrayList<>();
        List<String> offMap = new ArrayList<>();
        long maxPerState = 0;
        for (Map.Entry<String, Long> e : perState.entrySet()) {
            String iso3 = e.getKey();
            String m49 = regions.states().containsKey(iso3) ? regions.states().get(iso3).path("m49").asText() : null;
            boolean drawn = world.draws(m49);
            byState.row(new Table.Link(regions.stateName(iso3), "/dashboard/states/" + iso3), iso3,
                    regions.name(regions.of(iso3, false)), e.getValue(),
                    drawn ? "yes" : "no (too small at this scale)");
            if (drawn) {
                names.put(m49, regions.stateName(iso3));
                mapData.add(Map.of("name", regions.stateName(iso3), "value", e.getValue()));
            } else {
                offMap.add(regions.stateName(iso3) + " (" + e.getValue() + ")");
            }
            maxPerState = Math.max(maxPerState, e.getValue());
        }
        byState.rows().sort((a, b) -> Long.compare((Long) b.get(3), (Long) a.get(3)));
        Chart map = Chart.worldMap("needs-map", "Current needs per state: " + perState.size() + " states",
                WorldMap.URL, names, mapData, maxPerState);

        // Coverage: the gaps report counts, by area and region, the needs short of an agreed engagement.
        JsonNode report = ApiCaller.await(gaps);
        Table byArea = Table.of("coverage-by-area", "Needs with an agreed or active engagement, by area", "Area",
                "Title", "Needs", "Covered", "Share covered (%)");
        List<String> areaLabels = new ArrayList<>();
        List<Double> areaShares = new ArrayList<>();
        for (JsonNode c : report.path("byArea")) {
            long total = c.path("needs").asLong();
            long covered = total - c.path("uncovered").asLong();
            double share = percent(covered, total);
            byArea.row(c.path("key").asText(), areaTitles.getOrDefault(c.path("key").asText(), ""), total, covered,
                    share);
            areaLabels.add(c.path("key").asText());
            areaShares.add(share);
        }
        Table byRegion = Table.of("coverage-by-region", "Needs with an agreed or active engagement, by M49 region",
                "Region", "Needs", "Covered", "Share covered (%)");
        List<String> regionLabels = new ArrayList<>();
        List<Double> regionShares = new ArrayList<>();
        for (JsonNode c : report.path("byRegion")) {
            long total = c.path("needs").asLong();
            long covered = total - c.path("uncovered").asLong();
            double share = percent(covered, total);
            byRegion.row(regions.name(c.path("key").asText()), total, covered, share);
            regionLabels.add(regions.name(c.path("key").asText()));
            regionShares.add(share);
        }
        Table stages = Table.of("needs-by-stage", "How far the current needs have gone", "Stage", "Needs");
        List<String> stageLabels = new ArrayList<>();
        List<Long> stageCounts = new ArrayList<>();
        for (JsonNode s : report.path("byStage")) {
            stages.row(stageLabel(s.path("stage").asText()), s.path("needs").asLong());
            stageLabels.add(stageLabel(s.path("stage").asText()));
            stageCounts.add(s.path("needs").asLong());
        }
        Table gapList = Table.of("gaps", "Needs without an agreed engagement, highest priority first (the first "
                + GAPS_SHOWN + ")", "State", "Region", "Priority", "Areas", "Activities", "Stage", "Need");
        for (JsonNode g : report.path("gaps")) {
            gapList.row(new Table.Link(g.path("stateName").asText(g.path("state").asText()), "/dashboard/states/"
                    + g.path("state").asText()), regions.name(g.path("regionCode")
                            .asText()), g.path("priority").asText(""), strings(g.path("areas")),
                    strings(g.path("activities")), stageLabel(g.path("stage").asText()), g.path("text").asText(""));
        }
        return new Overview(filters, List.copyOf(periods), shownNeeds, perState.size(),
                report.path("uncovered").asLong(), heatMap, heatTable, map, byState, offMap,
                Chart.bars("coverage-by-area-chart", "Share of needs covered by an agreed or active engagement, by "
                        + "area", areaLabels, Map.of("Covered (%)", areaShares), false, true), byArea,
                Chart.bars("coverage-by-region-chart", "Share of needs covered, by region", regionLabels,
                        Map.of("Covered (%)", regionShares), false, true), byRegion,
                Chart.bars("stages-chart", "Current needs by how far they have gone", stageLabels,
                        Map.of("Needs", stageCounts), false, false), stages, gapList);
    }

    static String[] header(String first, List<String> rest) {
        List<String> h = new ArrayList<>();
        h.add(first);
        h.addAll(rest);
        return h.toArray(String[]::new);
    }

    static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    static String stageLabel(String stage) {
        return switch (stage) {
            case "NO_PROPOSAL" -> "No proposal";
            case "PROPOSED" -> "Proposed";
            case "ACCEPTED" -> "Proposal accepted";
            case "AGREED" -> "Engagement agreed";
            case "IN_DELIVERY" -> "In delivery";
            case "DELIVERED" -> "Delivered";
            default -> stage;
        };
    }
}
