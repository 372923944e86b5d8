package org.tahub.dashboard.figures;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;
import org.tahub.dashboard.api.ApiCaller;
import org.tahub.dashboard.api.TaHubApi;
import org.tahub.dashboard.session.Session;

/**
 * One state's page, from {@code GET /api/v1/states/{iso3}}, its progress across assessment versions
 * ({@code /states/{iso3}/progress}), its current needs ({@code /needs?state=}), the proposals made for them
 * ({@code /matches?state=}) and its engagements ({@code /engagements?state=}), each as the caller may see them.
 */
@ApplicationScoped
public class StateFigures {

    /** Proposal statuses from the furthest along: a need shows the furthest its proposals went. */
    private static final List<String> PROPOSAL_ORDER = List.of("AGREED", "ACCEPTED", "PROPOSED", "DECLINED",
            "WITHDRAWN");

    private final ApiCaller caller;

    public StateFigures(ApiCaller caller) {
        this.caller = caller;
    }

    public StateReport of(Session session, String iso3) {
        String auth = ApiCaller.authorization(session);
        TaHubApi api = caller.api();
        CompletionStage<JsonNode> stateAnswer = api.state(auth, iso3);
        CompletionStage<JsonNode> progressAnswer = api.progress(auth, iso3);
        CompletionStage<JsonNode> engagementsAnswer = api.engagements(auth, iso3, null, null);
        List<JsonNode> needs = ApiCaller.allItems(p -> api.needs(auth, iso3, null, p, ApiCaller.PAGE), 5000);
        List<JsonNode> proposals = ApiCaller.allItems(p -> api.matches(auth, iso3, null, null, p, ApiCaller.PAGE),
                20000);
        JsonNode state = ApiCaller.await(stateAnswer);
        JsonNode progress = ApiCaller.await(progressAnswer);
        JsonNode engagements = ApiCaller.await(engagementsAnswer);

        Table history = Table.of("assessments", "Assessment versions, oldest first", "Period", "Revision", "Status",
                "Origin", "Submitted", "Activities answered");
        for (JsonNode a : progress.path("assessments")) {
            history.row(a.path("period").asInt(), a.path("revision").asInt(), a.path("status").asText(),
                    a.path("origin").asText(""), a.path("submittedAt").asText(""), a.path("activitiesAnswered").asInt());
        }

        TreeSet<Integer> periods = new TreeSet<>();
        progress.path("areas").forEach(area -> area.path("shares").forEach(s -> periods.add(s.path("period").asInt())));
        List<String> periodLabels = periods.stream().map(String::valueOf).toList();
        List<String> header = new ArrayList<>(List.of("Area", "Title"));
        header.addAll(periodLabels);
        Table progressTable = Table.of("progress", "Share of applicable activities implemented (%), by area and "
                + "period", header.toArray(String[]::new));
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        for (JsonNode area : progress.path("areas")) {
            Map<Integer, Double> byPeriod = new HashMap<>();
            area.path("shares").forEach(s -> {
                if (s.hasNonNull("shareImplemented")) {
                    byPeriod.put(s.path("period").asInt(), Math.round(s.path("shareImplemented").asDouble() * 1000)
                            / 10.0);
                }
            });
            List<Object> row = new ArrayList<>(List.of(area.path("code").asText(), area.path("title").asText()));
            List<Double> values = new ArrayList<>();
            for (int p : periods) {
                row.add(byPeriod.get(p));
                values.add(byPeriod.get(p));
            }
            progressTable.rows().add(row);
            series.put(area.path("code").asText(), values);
        }
        Chart chart = Chart.lines("progress-chart", "Share of applicable activities implemented, by area, across "
                + "the assessment periods " + String.join(", ", periodLabels), periodLabels, series);

        Map<String, List<JsonNode>> proposalsByNeed = new HashMap<>();
        for (JsonNode p : proposals) {
            proposalsByNeed.computeIfAbsent(p.path("assessmentId").asText() + "/" + p.path("needId").asText(),
                    k -> new ArrayList<>()).add(p);
        }
        Map<String, String> engagementByNeed = new HashMap<>();
        engagements.forEach(e -> engagementByNeed.merge(e.path("assessmentId").asText() + "/"
                + e.path("needId").asText(), e.path("status").asText(), (a, b) -> a + ", " + b));
        Table needTable = Table.of("needs", "Current needs, highest priority first, with the proposals made for "
                + "them and their engagements", "Need", "Areas", "Activities", "Priority", "Period", "Proposals",
                "Furthest proposal", "Engagement");
        for (JsonNode n : needs) {
            String key = n.path("assessmentId").asText() + "/" + n.path("id").asText();
            List<JsonNode> made = proposalsByNeed.getOrDefault(key, List.of());
            String furthest = made.stream().map(p -> p.path("status").asText())
                    .min((a, b) -> Integer.compare(rank(a), rank(b))).orElse("");
            needTable.row(n.path("text").asText(n.path("id").asText()), OverviewFigures.strings(n.path("areas")),
                    OverviewFigures.strings(n.path("activities")), n.path("priority").asText(""),
                    n.path("period").asInt(), made.size(), furthest, engagementByNeed.getOrDefault(key, ""));
        }
        Table engagementTable = Table.of("engagements", "Engagements: agreed assistance and its measured impact",
                "Provider", "Offer", "Activities", "Status", "Agreed", "Baseline", "After", "Impact");
        engagements.forEach(e -> engagementTable.row(e.path("providerId").asText(), e.path("offerId").asText(),
                OverviewFigures.strings(e.path("activities")), e.path("status").asText(),
                e.path("agreedAt").asText(""), e.path("baselineStatus").asText(""), e.path("afterStatus").asText(""),
                e.path("impact").asText("")));
        return new StateReport(iso3, state.path("name").asText(iso3), state.path("region").path("name").asText(""),
                state.path("subRegion").path("name").asText(""), history, chart, progressTable, needTable,
                engagementTable, needs.size(), proposals.size(), engagements.size());
    }

    private static int rank(String status) {
        int i = PROPOSAL_ORDER.indexOf(status);
        return i < 0 ? PROPOSAL_ORDER.size() : i;
    }
}
