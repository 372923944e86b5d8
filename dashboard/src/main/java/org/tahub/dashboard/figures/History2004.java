package org.tahub.dashboard.figures;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.tahub.dashboard.api.ApiCaller;
import org.tahub.dashboard.api.TaHubApi;
import org.tahub.dashboard.session.Session;

/**
 * The 2004 requests: the synopsis of the requests states had made to the Counter-Terrorism Committee by 2004, as the
 * Cape Town report appends it (loaded as each of those states' 2004 assessment, origin {@code ctc-synopsis-2004}).
 * Historical: shown by state and area as they were asked, whether or not a state has assessed itself since.
 */
@ApplicationScoped
public class History2004 {

    public static final String ORIGIN = "ctc-synopsis-2004";
    /** Versions whose needs are read at once. */
    private static final int PARALLEL = 8;

    /** The synopsis' figures: requests by area (chart and table), by state and area, and the requests themselves. */
    public record Synopsis(long states, long requests, Chart byArea, Table byAreaTable, Table byStateAndArea,
                           Table requestList) {

        public List<Table> tables() {
            return List.of(byAreaTable, byStateAndArea, requestList);
        }
    }

    private final ApiCaller caller;

    public History2004(ApiCaller caller) {
        this.caller = caller;
    }

    public Synopsis of(Session session) {
        String auth = ApiCaller.authorization(session);
        TaHubApi api = caller.api();
        CompletionStage<JsonNode> template = api.template(auth);
        List<JsonNode> versions = ApiCaller.allItems(p -> api.assessments(auth, ORIGIN, p, ApiCaller.PAGE), 1000);
        List<JsonNode> requests = new ArrayList<>();
        for (int from = 0; from < versions.size(); from += PARALLEL) {
            List<CompletableFuture<JsonNode>> batch = versions.subList(from, Math.min(versions.size(), from + PARALLEL))
                    .stream().map(v -> api.needsOf(auth, v.path("id").asText()).toCompletableFuture()).toList();
            batch.forEach(answer -> ApiCaller.await(answer).forEach(requests::add));
        }
        List<String> areas = new ArrayList<>();
        Map<String, String> titles = new LinkedHashMap<>();
        ApiCaller.await(template).path("areas").forEach(a -> {
            areas.add(a.path("code").asText());
            titles.put(a.path("code").asText(), a.path("title").asText());
        });

        Map<String, Long> perArea = new LinkedHashMap<>();
        areas.forEach(a -> perArea.put(a, 0L));
        Map<String, Map<String, Long>> perState = new TreeMap<>();
        Map<String, String> stateNames = new TreeMap<>();
        Table list = Table.of("requests-2004", "The requests of the 2004 synopsis (historical)", "State", "Areas",
                "Request");
        for (JsonNode r : requests) {
            String state = r.path("state").asText();
            stateNames.put(state, r.path("stateName").asText(state));
            for (JsonNode a : r.path("areas")) {
                perArea.merge(a.asText(), 1L, Long::sum);
                perState.computeIfAbsent(state, s -> new TreeMap<>()).merge(a.asText(), 1L, Long::sum);
            }
            list.row(r.path("stateName").asText(state), OverviewFigures.strings(r.path("areas")),
                    r.path("text").asText(""));
        }
        Table byArea = Table.of("requests-2004-by-area", "Requests of 2004 by checklist area (historical)", "Area",
                "Title", "Requests");
        perArea.forEach((a, n) -> byArea.row(a, titles.getOrDefault(a, ""), n));
        Table byStateAndArea = Table.of("requests-2004-by-state", "Requests of 2004 by state and area (historical)",
                OverviewFigures.header("State", areas));
        perState.forEach((state, counts) -> {
            List<Object> row = new ArrayList<>(List.of(stateNames.get(state)));
            areas.forEach(a -> row.add(counts.getOrDefault(a, 0L)));
            byStateAndArea.rows().add(row);
        });
        byStateAndArea.rows().sort((a, b) -> String.valueOf(a.get(0)).compareTo(String.valueOf(b.get(0))));
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        series.put("Requests", new ArrayList<>(perArea.values()));
        Chart chart = Chart.bars("requests-2004-chart", "Requests of 2004 by checklist area (historical)",
                new ArrayList<>(perArea.keySet()), series, false, false);
        return new Synopsis(perState.size(), requests.size(), chart, byArea, byStateAndArea, list);
    }
}
