package org.tahub.dashboard.figures;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import org.tahub.dashboard.api.ApiCaller;
import org.tahub.dashboard.api.TaHubApi;
import org.tahub.dashboard.session.Session;

/**
 * One M49 region's (or sub-region's) report, printable: its current needs by area ({@code GET /api/v1/needs?region=})
 * with what is covered ({@code GET /api/v1/gaps?region=}), its states, and its gap list.
 */
@ApplicationScoped
public class RegionFigures {

    private final ApiCaller caller;

    public RegionFigures(ApiCaller caller) {
        this.caller = caller;
    }

    public RegionReport of(Session session, String code) {
        String auth = ApiCaller.authorization(session);
        TaHubApi api = caller.api();
        CompletionStage<JsonNode> template = api.template(auth);
        CompletionStage<JsonNode> gapsAnswer = api.gaps(auth, null, code, 100);
        Regions regions = Regions.of(ApiCaller.list(api.states(auth)));
        List<JsonNode> needs = ApiCaller.allItems(p -> api.needs(auth, null, code, p, ApiCaller.PAGE), 20000);
        JsonNode gaps = ApiCaller.await(gapsAnswer);
        Map<String, String> titles = new LinkedHashMap<>();
        ApiCaller.await(template).path("areas").forEach(a -> titles.put(a.path("code").asText(),
                a.path("title").asText()));

        Map<String, long[]> coverage = new LinkedHashMap<>();
        titles.keySet().forEach(a -> coverage.put(a, new long[2]));
        gaps.path("byArea").forEach(c -> coverage.put(c.path("key").asText(), new long[] {c.path("needs").asLong(),
                c.path("needs").asLong() - c.path("uncovered").asLong()}));
        Table byArea = Table.of("region-needs-by-area", "Needs and covered needs by checklist area", "Area", "Title",
                "Needs", "Covered", "Share covered (%)");
        List<Long> needCounts = new ArrayList<>();
        List<Long> coveredCounts = new ArrayList<>();
        coverage.forEach((area, c) -> {
            byArea.row(area, titles.getOrDefault(area, ""), c[0], c[1], OverviewFigures.percent(c[1], c[0]));
            needCounts.add(c[0] - c[1]);
            coveredCounts.add(c[1]);
        });
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        series.put("Covered", coveredCounts);
        series.put("Not covered", needCounts);
        Chart chart = Chart.bars("region-needs-chart", "Needs by checklist area, covered and not covered",
                new ArrayList<>(coverage.keySet()), series, true, false);

        Map<String, Long> perState = new TreeMap<>();
        needs.forEach(n -> perState.merge(n.path("state").asText(), 1L, Long::sum));
        Table byState = Table.of("region-needs-by-state", "Needs by state", "State", "ISO3", "Needs");
        perState.forEach((iso3, n) -> byState.row(new Table.Link(regions.stateName(iso3), "/dashboard/states/" + iso3),
                iso3, n));
        Table gapList = Table.of("region-gaps", "Needs without an agreed engagement, highest priority first",
                "State", "Priority", "Areas", "Stage", "Need");
        gaps.path("gaps").forEach(g -> gapList.row(g.path("stateName").asText(), g.path("priority").asText(""),
                OverviewFigures.strings(g.path("areas")), OverviewFigures.stageLabel(g.path("stage").asText()),
                g.path("text").asText("")));
        return new RegionReport(code, regions.name(code), needs.size(), perState.size(), chart, byArea, byState,
                gapList);
    }
}
